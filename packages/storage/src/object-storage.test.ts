import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderStorage } from "./folder-storage.ts";
import { memoryStorage } from "./memory-storage.ts";
import { ObjectNotFound, type ObjectStorage } from "./object-storage.ts";
import { s3Storage } from "./s3-storage.ts";

/**
 * One contract, two backends: the folder backend in a temporary folder and the S3 backend
 * against s3rver (a local S3-compatible server) on a free port, storing in a temporary folder.
 */
interface Backend {
  storage: ObjectStorage;
  close(): Promise<void>;
}

async function folderBackend(): Promise<Backend> {
  const root = await mkdtemp(join(tmpdir(), "zorgpact-folder-"));
  return { storage: folderStorage(root), close: () => rm(root, { recursive: true, force: true }) };
}

async function s3Backend(): Promise<Backend> {
  const directory = await mkdtemp(join(tmpdir(), "zorgpact-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: "bewijs" }] });
  const { port } = await server.run();
  const storage = s3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "bewijs",
    region: "eu-central-1",
    // s3rver's fixed development credentials.
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
  return {
    storage,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31 + 7) % 256);

describe.each([
  ["folder", folderBackend],
  ["s3 (s3rver)", s3Backend],
  ["memory (tests)", async () => ({ storage: memoryStorage(), close: async () => {} })],
] as const)("object storage contract: %s", (_name, open) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await open();
  });
  afterAll(async () => {
    await backend?.close();
  });

  it("returns exactly the bytes and the content type it stored", async () => {
    await backend.storage.put("bewijs/rondje", binary, "image/png");
    const stored = await backend.storage.get("bewijs/rondje");
    expect(stored.contentType).toBe("image/png");
    expect(Buffer.from(stored.bytes).equals(Buffer.from(binary))).toBe(true);
    expect(await backend.storage.exists("bewijs/rondje")).toBe(true);
  });

  it("replaces an object written again under the same key", async () => {
    await backend.storage.put("bewijs/overschrijven", binary, "image/png");
    await backend.storage.put("bewijs/overschrijven", pdf, "application/pdf");
    const stored = await backend.storage.get("bewijs/overschrijven");
    expect(stored.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode(stored.bytes)).toBe(new TextDecoder().decode(pdf));
  });

  it("forgets a deleted object, and deleting it again is no error", async () => {
    await backend.storage.put("bewijs/weg", pdf, "application/pdf");
    await backend.storage.delete("bewijs/weg");
    expect(await backend.storage.exists("bewijs/weg")).toBe(false);
    await expect(backend.storage.get("bewijs/weg")).rejects.toBeInstanceOf(ObjectNotFound);
    await expect(backend.storage.delete("bewijs/weg")).resolves.toBeUndefined();
  });

  it("answers a key that was never stored with ObjectNotFound", async () => {
    await expect(backend.storage.get("bewijs/nooit-opgeslagen")).rejects.toBeInstanceOf(ObjectNotFound);
    expect(await backend.storage.exists("bewijs/nooit-opgeslagen")).toBe(false);
  });

  it("stores an empty object", async () => {
    await backend.storage.put("bewijs/leeg", new Uint8Array(), "text/csv");
    expect((await backend.storage.get("bewijs/leeg")).bytes.byteLength).toBe(0);
  });

  it.each(["../buiten", "bewijs/../../etc/passwd", "/absoluut", "Bewijs/Hoofdletters", "bewijs\\win", "naam.pdf", ""])(
    "refuses the key %j before touching storage",
    async (key) => {
      await expect(backend.storage.put(key, pdf, "application/pdf")).rejects.toThrow(/Ongeldige opslagsleutel/);
      await expect(backend.storage.get(key)).rejects.toThrow(/Ongeldige opslagsleutel/);
    },
  );
});

describe("folder storage", () => {
  it("leaves no temporary files behind after an overwrite", async () => {
    const root = await mkdtemp(join(tmpdir(), "zorgpact-folder-"));
    try {
      const storage = folderStorage(root);
      await storage.put("bewijs/een", pdf, "application/pdf");
      await storage.put("bewijs/een", binary, "image/png");
      expect((await readdir(join(root, "bewijs"))).sort()).toEqual(["een", "een.type"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
