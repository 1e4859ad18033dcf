import { insertIndicator, insertIssue, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/**
 * Review before publication. Pacts A and B do not opt in to peer review, so only the national
 * team approves and returns; locks are the national team's; corrections and the pact's review
 * overview belong to the pact's editors and the national team.
 */
async function freshIndicator(f: Fixture, record: RecordSide): Promise<string> {
  const issueId = await insertIssue(f.handle.db, f.pacts[record]);
  return insertIndicator(f.handle.db, await insertNode(f.handle.db, f.pacts[record], { kind: "result", issueId }));
}

/** A measurement an editor submitted (nobody the matrix calls as), waiting for review. */
async function submitted(f: Fixture, record: RecordSide) {
  const id = await insertMeasurement(f.handle.db, await freshIndicator(f, record), "2017-12-31", 40);
  const row = await f.handle.db
    .updateTable("measurements")
    .set({ reviewStatus: "submitted", value: 44 })
    .where("id", "=", id)
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
  return row;
}

/** An approved measurement in a locked year. */
async function lockedMeasurement(f: Fixture, record: RecordSide) {
  const indicatorId = await freshIndicator(f, record);
  const id = await insertMeasurement(f.handle.db, indicatorId, "2017-12-31", 40);
  await f.handle.db.insertInto("measurementPeriodLocks").values({ indicatorId, periodStart: "2017-01-01", periodEnd: "2017-12-31", lockedBy: null }).execute();
  return { id, version: 1 };
}

export const measurementReviewMatrix: MatrixFragment = {
  "measurementReview.queue": { rule: rules.signedIn, input: () => ({}) },
  "measurementReview.waiting": { rule: rules.signedIn },
  "measurementReview.pact": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r] }) },
  "measurementReview.history": {
    rule: rules.ownPact,
    input: async (f, r) => ({ measurementId: (await submitted(f, r)).id }),
  },
  "measurementReview.approve": { rule: rules.nationalAdmin, input: (f, r) => submitted(f, r) },
  "measurementReview.return": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ ...(await submitted(f, r)), comment: "De bron ontbreekt." }),
  },
  "measurementReview.setPeerReview": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r], peerReview: false }) },
  "measurementReview.lock": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ indicatorId: await freshIndicator(f, r), periodStart: "2017-01-01", periodEnd: "2017-12-31" }),
  },
  "measurementReview.unlock": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const indicatorId = await freshIndicator(f, r);
      const row = await f.handle.db
        .insertInto("measurementPeriodLocks")
        .values({ indicatorId, periodStart: "2017-01-01", periodEnd: "2017-12-31", lockedBy: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id };
    },
  },
  "measurementReview.correct": {
    rule: rules.ownPact,
    input: async (f, r) => ({ ...(await lockedMeasurement(f, r)), value: 41, source: null, note: null, reason: "Telling was onvolledig." }),
  },
};
