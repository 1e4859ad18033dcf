import type { IndicatorFrequency } from "@zorgpact/domain/indicator-period";
import type { UnitKind } from "@zorgpact/domain/indicator-unit";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

/**
 * What the e-mail to an editor whose measurement was returned needs (services/mail/review-mail.ts):
 * the submitter's address and whether the account still works, the pact and indicator, the
 * reviewer's name, and whether the returned value was a correction of a locked one.
 */
export interface ReturnMailFacts {
  submitter: { id: string; name: string; email: string; active: boolean } | null;
  reviewerName: string | null;
  pactId: string;
  pactName: string;
  indicatorName: string;
  unit: string;
  unitKind: UnitKind;
  frequency: IndicatorFrequency;
  /** The step before the return was an editor's correction of a value in a locked period. */
  correction: boolean;
}

/** Read inside the return's transaction, after its history step was written. */
export async function returnMailFacts(db: Executor, measurementId: string, reviewerId: string | null): Promise<ReturnMailFacts | undefined> {
  const row = await db
    .selectFrom("measurements")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .leftJoin("users as submitter", "submitter.id", "measurements.submittedBy")
    .select([
      "submitter.id as submitterId",
      "submitter.name as submitterName",
      "submitter.email as submitterEmail",
      "submitter.active as submitterActive",
      "pacts.id as pactId",
      "pacts.name as pactName",
      "indicators.name as indicatorName",
      "indicators.unit",
      "indicators.unitKind",
      "indicators.frequency",
    ])
    .where("measurements.id", "=", measurementId)
    .executeTakeFirst();
  if (!row) return undefined;
  // The step before this return: its own row is the newest "returned" one.
  const steps = await db
    .selectFrom("measurementReviews")
    .select("action")
    .where("measurementId", "=", measurementId)
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(2)
    .execute();
  const reviewer = reviewerId ? await db.selectFrom("users").select("name").where("id", "=", reviewerId).executeTakeFirst() : undefined;
  const { submitterId, submitterName, submitterEmail, submitterActive, ...rest } = row;
  return {
    ...rest,
    submitter:
      submitterId && submitterName !== null && submitterEmail !== null
        ? { id: submitterId, name: submitterName, email: submitterEmail, active: submitterActive === true }
        : null,
    reviewerName: reviewer?.name ?? null,
    correction: steps[0]?.action === "returned" && steps[1]?.action === "corrected",
  };
}
