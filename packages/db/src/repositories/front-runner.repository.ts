import {
  frontRunnerCriteria,
  missingCriteria,
  type CriterionReview,
  type FrontRunnerApplication,
  type FrontRunnerCriterionKey,
  type FrontRunnerReview,
} from "@zorgpact/domain/front-runner";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

export async function loadApplication(db: Executor, pactId: string): Promise<FrontRunnerApplication | undefined> {
  return db
    .selectFrom("frontRunnerApplications")
    .select(["organisationName", "contactName", "contactEmail", "motivation", "submittedAt"])
    .where("pactId", "=", pactId)
    .executeTakeFirst();
}

/** The review as it stands: every criterion of the brief in order (unchecked ones not met), and the decision. */
export async function loadReview(db: Executor, pactId: string): Promise<FrontRunnerReview> {
  const [review, rows] = await Promise.all([
    db
      .selectFrom("frontRunnerReviews")
      .leftJoin("users as starter", "starter.id", "frontRunnerReviews.startedBy")
      .leftJoin("users as decider", "decider.id", "frontRunnerReviews.decidedBy")
      .select([
        "frontRunnerReviews.startedAt",
        "starter.name as startedByName",
        "frontRunnerReviews.decidedAt",
        "decider.name as decidedByName",
        "frontRunnerReviews.decisionReason",
      ])
      .where("frontRunnerReviews.pactId", "=", pactId)
      .executeTakeFirst(),
    db
      .selectFrom("frontRunnerCriteria")
      .leftJoin("users", "users.id", "frontRunnerCriteria.checkedBy")
      .select([
        "frontRunnerCriteria.criterionKey",
        "frontRunnerCriteria.met",
        "frontRunnerCriteria.note",
        "frontRunnerCriteria.checkedAt",
        "users.name as checkedByName",
      ])
      .where("frontRunnerCriteria.pactId", "=", pactId)
      .execute(),
  ]);
  const criteria: CriterionReview[] = frontRunnerCriteria.map(({ key }) => {
    const row = rows.find((r) => r.criterionKey === key);
    return { key, met: row?.met ?? false, note: row?.note ?? null, checkedAt: row?.checkedAt ?? null, checkedByName: row?.checkedByName ?? null };
  });
  return {
    startedAt: review?.startedAt ?? null,
    startedByName: review?.startedByName ?? null,
    criteria,
    criteriaComplete: missingCriteria(criteria).length === 0,
    decidedAt: review?.decidedAt ?? null,
    decidedByName: review?.decidedByName ?? null,
    decisionReason: review?.decisionReason ?? null,
  };
}

export async function insertApplication(
  db: Executor,
  application: { pactId: string; organisationName: string; contactName: string; contactEmail: string; motivation: string; submittedAt: string },
): Promise<void> {
  await db.insertInto("frontRunnerApplications").values(application).execute();
}

export async function recordReviewStart(db: Executor, pactId: string, by: string, at: string): Promise<void> {
  await db
    .insertInto("frontRunnerReviews")
    .values({ pactId, startedAt: at, startedBy: by })
    .onConflict((oc) => oc.column("pactId").doUpdateSet({ startedAt: at, startedBy: by }))
    .execute();
}

export async function recordDecision(db: Executor, pactId: string, decision: { by: string; at: string; reason: string | null }): Promise<void> {
  const values = { decidedAt: decision.at, decidedBy: decision.by, decisionReason: decision.reason };
  await db
    .insertInto("frontRunnerReviews")
    .values({ pactId, ...values })
    .onConflict((oc) => oc.column("pactId").doUpdateSet(values))
    .execute();
}

export async function saveCriterion(
  db: Executor,
  criterion: { pactId: string; criterionKey: FrontRunnerCriterionKey; met: boolean; note: string | null; checkedBy: string; checkedAt: string },
): Promise<void> {
  await db
    .insertInto("frontRunnerCriteria")
    .values(criterion)
    .onConflict((oc) =>
      oc
        .columns(["pactId", "criterionKey"])
        .doUpdateSet({ met: criterion.met, note: criterion.note, checkedBy: criterion.checkedBy, checkedAt: criterion.checkedAt }),
    )
    .execute();
}

/** When this address submitted this form since `since`; for the rate limit. */
export async function recentSubmissions(db: Executor, form: string, ip: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom("publicSubmissions")
    .select("submittedAt")
    .where("form", "=", form)
    .where("ip", "=", ip)
    .where("submittedAt", ">", since.toISOString())
    .orderBy("submittedAt", "desc")
    .limit(100)
    .execute();
  return rows.map((r) => new Date(r.submittedAt));
}

export async function recordSubmission(db: Executor, submission: { form: string; ip: string; at: Date }): Promise<void> {
  await db.insertInto("publicSubmissions").values({ form: submission.form, ip: submission.ip, submittedAt: submission.at.toISOString() }).execute();
}
