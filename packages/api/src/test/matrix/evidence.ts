import { insertIndicator, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
import { memoryStorage } from "@zorgpact/storage/memory-storage";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/** The storage the matrix's callers attach to (permission-matrix.test.ts passes it to every caller). */
export const evidenceMatrixStorage = memoryStorage();

/** The smallest PNG: a file whose type the server recognises by content. */
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

async function freshMeasurement(f: Fixture, record: RecordSide): Promise<string> {
  const node = await insertNode(f.handle.db, f.pacts[record], { kind: "result" });
  return insertMeasurement(f.handle.db, await insertIndicator(f.handle.db, node), "2017-06-30", 12);
}

async function freshEvidence(f: Fixture, record: RecordSide): Promise<string> {
  const measurementId = await freshMeasurement(f, record);
  const row = await f.handle.db
    .insertInto("evidence")
    .values({ measurementId, kind: "link", url: "https://example.org/verslag" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Evidence: editors of the measurement's pact and the national team; the public list for everyone. */
export const evidenceMatrix: MatrixFragment = {
  "evidence.list": { rule: rules.ownPact, input: async (f, r) => ({ targetType: "measurement", targetId: await freshMeasurement(f, r) }) },
  "evidence.attachFile": {
    rule: rules.ownPact,
    input: async (f, r) => ({ targetType: "measurement", targetId: await freshMeasurement(f, r), fileName: "punt.png", contentBase64: PNG_BASE64 }),
  },
  "evidence.addLink": {
    rule: rules.ownPact,
    input: async (f, r) => ({ targetType: "measurement", targetId: await freshMeasurement(f, r), url: "https://example.org/rapport", title: "Rapport" }),
  },
  "evidence.remove": { rule: rules.ownPact, input: async (f, r) => ({ id: await freshEvidence(f, r) }) },
  "evidence.publicOfPact": { rule: rules.everyone, input: (f, r) => ({ pactSlug: f.slugs[r] }) },
};
