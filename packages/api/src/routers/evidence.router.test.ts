import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertMeasurementIn, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_PER_TARGET } from "@zorgpact/domain/evidence";
import { folderStorage } from "@zorgpact/storage/folder-storage";
import type { ObjectStorage } from "@zorgpact/storage/object-storage";
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceForDownload } from "../services/evidence.service.ts";
import { callerFor, signedInCaller } from "../test/caller.ts";
import { caught, fieldOf } from "../test/agenda.ts";

let handle: DatabaseHandle;
let root: string;
let storage: ObjectStorage;
let pactA: string;
let pactB: string;
type Caller = ReturnType<typeof callerFor>;
let editorA: Caller;
let editorB: Caller;
let nationalAdmin: Caller;
let anonymous: Caller;

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");

const signedIn = (role: "regional_editor" | "national_admin", pactIds: string[]) => signedInCaller(handle.db, role, pactIds, { evidenceStorage: storage });

/** A measurement in the pact; public (approved) unless said otherwise. */
const measurementIn = (pactId: string, isPublic = true) => insertMeasurementIn(handle.db, pactId, isPublic);

/** The objects in the storage folder (each has a `.type` companion, which is left out). */
async function storedObjects(): Promise<string[]> {
  const files = await readdir(join(root, "evidence")).catch(() => [] as string[]);
  return files.filter((name) => !name.endsWith(".type"));
}

beforeAll(async () => {
  handle = await createTestDatabase();
  root = await mkdtemp(join(tmpdir(), "zorgpact-evidence-"));
  storage = folderStorage(root);
  pactA = await insertPact(handle.db, { name: "Bewijspact A", publicationStatus: "published" });
  pactB = await insertPact(handle.db, { name: "Bewijspact B", publicationStatus: "published" });
  editorA = (await signedIn("regional_editor", [pactA])).caller;
  editorB = (await signedIn("regional_editor", [pactB])).caller;
  nationalAdmin = (await signedIn("national_admin", [])).caller;
  anonymous = callerFor(handle.db, { evidenceStorage: storage });
});
afterAll(async () => {
  await handle.close();
  await rm(root, { recursive: true, force: true });
});

describe("evidence files: the type is decided by the content", () => {
  it("stores PNG bytes named .pdf as a PNG, under a server-made key, with its size and sha256", async () => {
    const targetId = await measurementIn(pactA);
    const before = await storedObjects();
    const item = await editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "../../rapport.pdf", contentBase64: b64(PNG) });

    expect(item).toMatchObject({ kind: "file", contentType: "image/png", fileName: "rapport.png", size: PNG.byteLength, downloadPath: `/bewijs/${item.id}` });
    const row = await handle.db.selectFrom("evidence").selectAll().where("id", "=", item.id).executeTakeFirstOrThrow();
    expect(row.storageKey).toMatch(/^evidence\/[0-9a-f-]{36}$/);
    expect(row.sha256).toBe(createHash("sha256").update(PNG).digest("hex"));
    const stored = await storage.get(row.storageKey!);
    expect(Buffer.from(stored.bytes).equals(PNG)).toBe(true);
    expect(stored.contentType).toBe("image/png");
    expect((await storedObjects()).length).toBe(before.length + 1);
  });

  it("without file storage, says so instead of blaming the database", async () => {
    const targetId = await measurementIn(pactA);
    const { caller: noStorage } = await signedInCaller(handle.db, "regional_editor", [pactA]);
    const error = await caught(noStorage.evidence.attachFile({ targetType: "measurement", targetId, fileName: "rapport.png", contentBase64: b64(PNG) }));
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toMatch(/geen opslag voor bestanden ingesteld/);
  });

  it("refuses a text file renamed .pdf, and leaves nothing in storage", async () => {
    const targetId = await measurementIn(pactA);
    const before = await storedObjects();
    const error = await caught(
      editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "rapport.pdf", contentBase64: b64("Dit is gewoon tekst.\n") }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("contentBase64");
    expect(error.message).toMatch(/aan de inhoud herkend/);
    expect(await storedObjects()).toEqual(before);
  });

  it("accepts CSV only as text named .csv, and an XLSX workbook by its content", async () => {
    const targetId = await measurementIn(pactA);
    const csv = await editorA.evidence.attachFile({
      targetType: "measurement",
      targetId,
      fileName: "cijfers.csv",
      contentBase64: b64("jaar;aantal\r\n2017;40\r\n"),
    });
    expect(csv.contentType).toBe("text/csv");
    const withNul = await caught(
      editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "cijfers.csv", contentBase64: b64("jaar;\u0000aantal\n") }),
    );
    expect(fieldOf(withNul)).toBe("contentBase64");

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Metingen").addRow(["Jaar", "Aantal"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = await editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "cijfers.bin", contentBase64: b64(xlsx) });
    expect(sheet).toMatchObject({ contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: "cijfers.xlsx" });
  });

  it("refuses a file over the size limit with the limit in the message", async () => {
    const targetId = await measurementIn(pactA);
    const tooLarge = Buffer.alloc(EVIDENCE_MAX_BYTES + 1);
    PNG.copy(tooLarge);
    const error = await caught(editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "groot.png", contentBase64: b64(tooLarge) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/groter dan 10 MB/);
  });

  it("removes the stored object again when the transaction refuses the row", async () => {
    const targetId = await measurementIn(pactA);
    await handle.db
      .insertInto("evidence")
      .values(Array.from({ length: EVIDENCE_MAX_PER_TARGET }, (_, i) => ({ measurementId: targetId, kind: "link" as const, url: `https://example.org/${i}` })))
      .execute();
    const before = await storedObjects();
    const error = await caught(editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "nog-een.png", contentBase64: b64(PNG) }));
    expect(error.code).toBe("CONFLICT");
    expect(await storedObjects()).toEqual(before);
  });
});

describe("evidence links, list and removal", () => {
  it("takes https links only", async () => {
    const targetId = await measurementIn(pactA);
    for (const url of ["http://example.org/rapport", "javascript:alert(1)", "https://gebruiker:geheim@example.org/"]) {
      const error = await caught(editorA.evidence.addLink({ targetType: "measurement", targetId, url }));
      expect(fieldOf(error)).toBe("url");
    }
    const link = await editorA.evidence.addLink({ targetType: "measurement", targetId, url: "https://www.zorgpact.nl/monitor-2017", title: "Monitor 2017" });
    expect(link).toMatchObject({ kind: "link", url: "https://www.zorgpact.nl/monitor-2017", title: "Monitor 2017", downloadPath: null });
  });

  it("lists a measurement's evidence with who added it, and removes a file with its object", async () => {
    const targetId = await measurementIn(pactA);
    const file = await editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "foto.png", contentBase64: b64(PNG) });
    await editorA.evidence.addLink({ targetType: "measurement", targetId, url: "https://example.org/bron" });
    const list = await editorA.evidence.list({ targetType: "measurement", targetId });
    expect(list.items.map((i) => i.kind)).toEqual(["file", "link"]);
    expect(list).toMatchObject({ mayEdit: true, isPublic: true });
    expect(list.items[0]!.createdByName).toMatch(/^Gebruiker/);

    const { storageKey } = await handle.db.selectFrom("evidence").select("storageKey").where("id", "=", file.id).executeTakeFirstOrThrow();
    await editorA.evidence.remove({ id: file.id });
    expect(await storage.exists(storageKey!)).toBe(false);
    expect((await editorA.evidence.list({ targetType: "measurement", targetId })).items.map((i) => i.kind)).toEqual(["link"]);
    const audit = await handle.db.selectFrom("auditLog").select(["action", "objectType"]).where("objectId", "=", file.id).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["evidence.attachFile", "evidence.remove"]);
  });

  it("removes the stored objects when their measurement, its indicator or its chain element is deleted", async () => {
    const fileOf = async (targetId: string) => {
      const file = await editorA.evidence.attachFile({ targetType: "measurement", targetId, fileName: "foto.png", contentBase64: b64(PNG) });
      return (await handle.db.selectFrom("evidence").select("storageKey").where("id", "=", file.id).executeTakeFirstOrThrow()).storageKey!;
    };
    // Never approved: an editor deletes only a measurement that is not public.
    const measurementId = await measurementIn(pactA, false);
    const key = await fileOf(measurementId);
    expect(await storage.exists(key)).toBe(true);
    await editorA.indicator.deleteMeasurement({ id: measurementId, version: 1 });
    expect(await storage.exists(key)).toBe(false);

    // Never approved either: an editor deletes only an indicator without public measurements.
    const otherId = await measurementIn(pactA, false);
    const otherKey = await fileOf(otherId);
    const { indicatorId } = await handle.db.selectFrom("measurements").select("indicatorId").where("id", "=", otherId).executeTakeFirstOrThrow();
    await editorA.indicator.delete({ id: indicatorId, version: 1 });
    expect(await storage.exists(otherKey)).toBe(false);

    // And with the chain element that holds the indicator.
    const underNode = await measurementIn(pactA, false);
    const nodeKey = await fileOf(underNode);
    const { nodeId } = await handle.db
      .selectFrom("measurements")
      .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
      .select("indicators.nodeId")
      .where("measurements.id", "=", underNode)
      .executeTakeFirstOrThrow();
    await editorA.chain.deleteNode({ id: nodeId, version: 1 });
    expect(await storage.exists(nodeKey)).toBe(false);
  });

  it("attaches to a Volgspot, which the public never sees", async () => {
    const volgspot = await handle.db
      .insertInto("volgspots")
      .values({ pactId: pactA, year: 2017, heldOn: "2017-05-01" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const item = await editorA.evidence.attachFile({ targetType: "volgspot", targetId: volgspot.id, fileName: "verslag.pdf", contentBase64: b64(PNG) });
    expect((await editorA.evidence.list({ targetType: "volgspot", targetId: volgspot.id })).isPublic).toBe(false);
    expect(await evidenceForDownload({ db: handle.db, actor: { kind: "anonymous" }, evidenceStorage: storage }, item.id)).toBeNull();
  });
});

describe("evidence authorization", () => {
  it("lets only editors of the pact and the national team attach, list and remove", async () => {
    const targetId = await measurementIn(pactA);
    const input = { targetType: "measurement" as const, targetId, fileName: "x.png", contentBase64: b64(PNG) };
    const before = await storedObjects();
    expect((await caught(editorB.evidence.attachFile(input))).code).toBe("FORBIDDEN");
    expect((await caught(anonymous.evidence.attachFile(input))).code).toBe("UNAUTHORIZED");
    expect((await caught(editorB.evidence.list({ targetType: "measurement", targetId }))).code).toBe("FORBIDDEN");
    expect(await storedObjects()).toEqual(before);

    const item = await nationalAdmin.evidence.attachFile(input);
    expect((await caught(editorB.evidence.remove({ id: item.id }))).code).toBe("FORBIDDEN");
    expect((await editorA.evidence.list({ targetType: "measurement", targetId })).items).toHaveLength(1);
  });

  it("answers an unknown measurement with NOT_FOUND", async () => {
    const error = await caught(
      editorA.evidence.addLink({ targetType: "measurement", targetId: "00000000-0000-4000-8000-000000000000", url: "https://example.org" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("lists publicly only the evidence of public measurements, and hides non-public files from anonymous downloads", async () => {
    const publicMeasurement = await measurementIn(pactB);
    const hiddenMeasurement = await measurementIn(pactB, false);
    const shown = await editorB.evidence.addLink({ targetType: "measurement", targetId: publicMeasurement, url: "https://example.org/openbaar" });
    const hidden = await editorB.evidence.attachFile({
      targetType: "measurement",
      targetId: hiddenMeasurement,
      fileName: "concept.png",
      contentBase64: b64(PNG),
    });
    const slug = (await handle.db.selectFrom("pacts").select("slug").where("id", "=", pactB).executeTakeFirstOrThrow()).slug;

    const list = await anonymous.evidence.publicOfPact({ pactSlug: slug });
    const ids = list.flatMap((m) => m.items.map((i) => i.id));
    expect(ids).toContain(shown.id);
    expect(ids).not.toContain(hidden.id);

    expect(await evidenceForDownload({ db: handle.db, actor: { kind: "anonymous" }, evidenceStorage: storage }, hidden.id)).toBeNull();
    const asEditor = await evidenceForDownload(
      { db: handle.db, actor: { kind: "user", userId: "x", role: "regional_editor", pactIds: [pactB] }, evidenceStorage: storage },
      hidden.id,
    );
    expect(asEditor?.contentType).toBe("image/png");
  });
});
