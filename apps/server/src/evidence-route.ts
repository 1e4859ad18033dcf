import { createContextInner } from "@zorgpact/api/context";
import { fromDatabaseError } from "@zorgpact/api/errors";
import { evidenceForDownload } from "@zorgpact/api/services/evidence.service";
import type { Db } from "@zorgpact/db/database";
import { asciiFileName } from "@zorgpact/domain/evidence";
import type { ObjectStorage } from "@zorgpact/storage/object-storage";
import type { FastifyInstance } from "fastify";
import { Transform } from "node:stream";
import { readSessionToken, sessionCookieJar } from "./session-cookie.ts";

export const EVIDENCE_PATH = "/bewijs/:id";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = "Dit bewijsstuk bestaat niet of is niet openbaar.";

/**
 * GET /bewijs/:id — an evidence file, always as a download (`attachment`, `nosniff`, a sandboxing
 * CSP), so an uploaded file never runs as a page of this site. Public only where its measurement
 * is public (published pact, approved value); otherwise only for editors of the pact and the
 * national team, through the same session cookie as the API. Anyone else gets the same 404 as for
 * an id that does not exist, so the route does not tell which non-public files exist.
 */
export async function evidenceRoutes(app: FastifyInstance, options: { db: Db; storage: ObjectStorage; secureCookies: boolean }): Promise<void> {
  app.get(EVIDENCE_PATH, async (request, reply) => {
    const { id } = request.params as { id: string };
    reply.header("Cache-Control", "private, no-cache");
    if (!UUID.test(id)) return reply.code(404).type("text/plain; charset=utf-8").send(NOT_FOUND);
    let download;
    try {
      const ctx = await createContextInner({
        db: options.db,
        sessionToken: readSessionToken(request, options.secureCookies),
        ip: request.ip,
        cookies: sessionCookieJar(reply, options.secureCookies),
        evidenceStorage: options.storage,
      });
      download = await evidenceForDownload(ctx, id);
    } catch (error) {
      throw fromDatabaseError(error);
    }
    if (!download) return reply.code(404).type("text/plain; charset=utf-8").send(NOT_FOUND);
    return reply
      .type(download.contentType)
      .header("Content-Disposition", contentDisposition(download.fileName))
      .header("X-Content-Type-Options", "nosniff")
      .header("Content-Length", String(download.object.bytes.byteLength))
      .send(Buffer.from(download.object.bytes.buffer, download.object.bytes.byteOffset, download.object.bytes.byteLength));
  });
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

// ─── The body limit of uploads ───────────────────────────────────────────────────────────

/** A 10 MB file as base64 in JSON is ~13.4 MB. */
export const EVIDENCE_UPLOAD_BODY_LIMIT = 15 * 1024 * 1024;
const UPLOAD_PROCEDURE = "evidence.attachFile";

/**
 * tRPC has one route for every procedure (`/trpc/:path`), so the larger body limit is set on that
 * route and every other procedure is held to the server's normal limit here: by Content-Length
 * before the body is read, and by counting bytes when a body comes without one (chunked).
 * Call before the tRPC plugin is registered (the `onRoute` hook sees routes added afterwards).
 */
export function allowEvidenceUploads(app: FastifyInstance, normalLimit: number): void {
  app.addHook("onRoute", (route) => {
    if (route.url === "/trpc/:path") route.bodyLimit = EVIDENCE_UPLOAD_BODY_LIMIT;
  });
  const isTrpc = (url: string | undefined) => url === "/trpc/:path";
  const isUpload = (params: unknown) => (params as { path?: string } | undefined)?.path === UPLOAD_PROCEDURE;

  app.addHook("onRequest", async (request, reply) => {
    if (!isTrpc(request.routeOptions.url) || isUpload(request.params)) return;
    const length = Number(request.headers["content-length"]);
    if (length > normalLimit) return reply.code(413).send({ error: "Payload Too Large", message: "Het verzoek is te groot.", statusCode: 413 });
  });
  app.addHook("preParsing", async (request, _reply, payload) => {
    if (!isTrpc(request.routeOptions.url) || isUpload(request.params) || request.headers["content-length"] !== undefined) return payload;
    let seen = 0;
    return payload.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          seen += chunk.byteLength;
          if (seen > normalLimit) done(Object.assign(new Error("Het verzoek is te groot."), { statusCode: 413 }));
          else done(null, chunk);
        },
      }),
    );
  });
}
