import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createContextInner } from "@zorgpact/api/context";
import { appRouter, createCaller } from "@zorgpact/api/root";
import type { Db } from "@zorgpact/db/database";
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";

/** The part of apps/public/src/entry-server.tsx this server uses (the app is not a dependency here). */
type ProcedureResult = { ok: true; data: unknown } | { ok: false; code: string; httpStatus: number; message: string };
/** Vite's build manifest (dist/.vite/manifest.json), as entry-server.tsx reads it. */
type ViteManifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>;
type RenderResult = { kind: "page"; status: number; html: string } | { kind: "redirect"; status: number; location: string };
interface PublicServerEntry {
  render(
    request: Request,
    options: {
      template: string;
      origin: { protocol: string; host: string };
      callProcedure: (path: string, input: unknown) => Promise<ProcedureResult>;
      manifest?: ViteManifest | null;
    },
  ): Promise<RenderResult>;
}

export interface PublicSsrOptions {
  /** The browser build (its index.html is the page template). */
  publicDist: string;
  /** The server build of the public app; by default dist-server/entry-server.js beside publicDist. */
  serverEntry?: string | undefined;
  db: Db;
  production: boolean;
  log: FastifyBaseLogger;
}

export interface PublicSsr {
  send(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
}

// tRPC keeps a flat map of every procedure by its dotted path beside the nested record.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } } | undefined>;

/** The timestamps in the embedded cache change on every render; the ETag is about the content. */
function etagOf(status: number, html: string): string {
  const content = html.replace(/"(?:dataUpdatedAt|errorUpdatedAt|dehydratedAt)":\d+/g, "");
  return `W/"${createHash("sha256").update(`${status}\n${content}`).digest("base64url").slice(0, 27)}"`;
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** The manifest links each page's own CSS and chunks; without one (or unreadable) pages get none, never a failure. */
function readManifest(path: string, log: FastifyBaseLogger): ViteManifest | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ViteManifest;
  } catch (error) {
    log.warn({ err: error, path }, "Server rendering: unreadable build manifest, pages link no route assets");
    return null;
  }
}

/**
 * Server rendering of the public site: every page request is rendered per request with current
 * data (a publication shows at once), answered with `Cache-Control: no-cache` and an ETag so a
 * browser revalidates cheaply. Null when the public app's server build is missing: the caller then
 * serves index.html and the browser renders.
 */
export async function loadPublicSsr(options: PublicSsrOptions): Promise<PublicSsr | null> {
  const entryPath = options.serverEntry ?? join(options.publicDist, "..", "dist-server", "entry-server.js");
  const templatePath = join(options.publicDist, "index.html");
  if (!existsSync(entryPath) || !existsSync(templatePath)) return null;
  const entry = (await import(pathToFileURL(entryPath).href)) as PublicServerEntry;
  const template = readFileSync(templatePath, "utf8");
  const manifest = readManifest(join(options.publicDist, ".vite", "manifest.json"), options.log);

  return {
    async send(request, reply) {
      // Anonymous: the public site shows published data only, the same for everyone.
      const context = await createContextInner({ db: options.db, ip: request.ip });
      const caller = createCaller(context) as unknown as Record<string, unknown>;
      const callProcedure = async (path: string, input: unknown): Promise<ProcedureResult> => {
        if (procedures[path]?._def.type !== "query") return { ok: false, code: "NOT_FOUND", httpStatus: 404, message: "Onbekende procedure" };
        try {
          const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
          // Through JSON, as over HTTP: the page gets exactly the values the browser would.
          return { ok: true, data: JSON.parse(JSON.stringify((await call(input)) ?? null)) as unknown };
        } catch (cause) {
          const error = cause instanceof TRPCError ? cause : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause });
          if (error.code === "INTERNAL_SERVER_ERROR") options.log.error({ err: cause, path }, "Server rendering: query failed");
          const hide = options.production && error.code === "INTERNAL_SERVER_ERROR";
          return { ok: false, code: error.code, httpStatus: getHTTPStatusCodeFromError(error), message: hide ? "Interne fout" : error.message };
        }
      };

      const host = request.host || "localhost";
      const protocol = `${request.protocol}:`;
      let result: RenderResult;
      try {
        const url = new URL(request.url, `${request.protocol}://${host}`);
        result = await entry.render(new Request(url), { template, origin: { protocol, host }, callProcedure, manifest });
      } catch (error) {
        // Rendering itself broke: the browser may still manage with the bare page.
        options.log.error({ err: error, url: request.url }, "Server rendering failed");
        return reply.code(500).type("text/html; charset=utf-8").header("Cache-Control", "no-cache").send(template);
      }
      if (result.kind === "redirect") return reply.redirect(result.location, result.status);

      const etag = etagOf(result.status, result.html);
      reply.code(result.status).type("text/html; charset=utf-8").header("Cache-Control", "no-cache").header("ETag", etag);
      if (result.status === 200 && matchesEtag(request.headers["if-none-match"], etag)) return reply.code(304).send();
      return reply.send(request.method === "HEAD" ? "" : result.html);
    },
  };
}
