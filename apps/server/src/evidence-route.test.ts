import { createTestUser, signIn } from "@zorgpact/api/test/caller";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertMeasurementIn, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { memoryStorage } from "@zorgpact/storage/memory-storage";
import type { FastifyInstance } from "fastify";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;
const storage = memoryStorage();
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
let publicFile: string;
let hiddenFile: string;
let draftPactFile: string;
let editorCookie: string;
let otherEditorCookie: string;

async function fileOn(measurementId: string, fileName: string): Promise<string> {
  const storageKey = `evidence/${crypto.randomUUID()}`;
  await storage.put(storageKey, PNG, "image/png");
  const row = await handle.db
    .insertInto("evidence")
    .values({ measurementId, kind: "file", fileName, contentType: "image/png", sizeBytes: PNG.byteLength, sha256: "0".repeat(64), storageKey })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function cookieOf(pactIds: string[]): Promise<string> {
  const user = await createTestUser(handle.db, "regional_editor", pactIds);
  return `zorgpact_sessie=${await signIn(handle.db, user.email)}`;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const published = await insertPact(handle.db, { name: "Openbaar bewijspact", publicationStatus: "published" });
  const draft = await insertPact(handle.db, { name: "Concept bewijspact", publicationStatus: "draft" });
  publicFile = await fileOn(await insertMeasurementIn(handle.db, published, true), "Monitor 2017 – één.png");
  hiddenFile = await fileOn(await insertMeasurementIn(handle.db, published, false), "concept.png");
  draftPactFile = await fileOn(await insertMeasurementIn(handle.db, draft, true), "concept-pact.png");
  editorCookie = await cookieOf([published, draft]);
  otherEditorCookie = await cookieOf([]);
  app = await buildApp({ db: handle.db, evidenceStorage: storage, publicationCache: false });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe("GET /bewijs/:id", () => {
  it("serves a public measurement's file to anyone, as a download that is never sniffed", async () => {
    const response = await app.inject({ method: "GET", url: `/bewijs/${publicFile}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/png");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="Monitor 2017  een.png"; filename*=UTF-8''Monitor%202017%20%E2%80%93%20%C3%A9%C3%A9n.png`,
    );
    expect(response.rawPayload.equals(PNG)).toBe(true);
  });

  it("answers 404 to the public for an unapproved measurement or an unpublished pact, as for an unknown id", async () => {
    for (const id of [hiddenFile, draftPactFile, crypto.randomUUID(), "..%2F..%2Fetc%2Fpasswd"]) {
      const response = await app.inject({ method: "GET", url: `/bewijs/${id}` });
      expect(response.statusCode, id).toBe(404);
      expect(response.body).toBe("Dit bewijsstuk bestaat niet of is niet openbaar.");
    }
  });

  it("serves non-public files to an editor of the pact, and not to an editor of another pact", async () => {
    for (const id of [hiddenFile, draftPactFile]) {
      const editor = await app.inject({ method: "GET", url: `/bewijs/${id}`, headers: { cookie: editorCookie } });
      expect(editor.statusCode).toBe(200);
      expect(editor.headers["cache-control"]).toBe("private, no-cache");
      const other = await app.inject({ method: "GET", url: `/bewijs/${id}`, headers: { cookie: otherEditorCookie } });
      expect(other.statusCode).toBe(404);
    }
  });
});

describe("body limit of uploads", () => {
  const bigBody = JSON.stringify({ contentBase64: "A".repeat(5 * 1024 * 1024) });
  const post = (path: string) =>
    app.inject({
      method: "POST",
      url: `/trpc/${path}`,
      headers: { "content-type": "application/json", origin: "https://zorgpact.example", host: "zorgpact.example" },
      payload: bigBody,
    });

  it("lets an evidence upload past the server's normal 4 MB limit, and no other procedure", async () => {
    expect((await post("measurement.previewImport")).statusCode).toBe(413);
    // Past the limit, the procedure itself answers: here, that nobody is signed in.
    expect((await post("evidence.attachFile")).statusCode).toBe(401);
  });

  it("holds a body without Content-Length (chunked) to the normal limit too", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/trpc/measurement.previewImport",
      headers: { "content-type": "application/json", origin: "https://zorgpact.example", host: "zorgpact.example" },
      payload: Readable.from([Buffer.from(bigBody)]),
    });
    expect(response.statusCode).toBe(413);
  });
});
