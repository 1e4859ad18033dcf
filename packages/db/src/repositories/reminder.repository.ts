import { amsterdamDate, type IndicatorFact, type VolgspotReviewFact } from "@zorgpact/domain/reminder";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/**
 * Facts the reminder rules (domain/reminder.ts) need beyond the Volgspot repository's
 * `volgspotsDueBetween` and `agreementsDueBefore`: indicators with their latest measurement, and
 * submitted Volgspots waiting for the national team. `pactIds` limits the facts to those pacts;
 * `null` means every pact in use (the national team).
 */
type Executor = Kysely<Database>;

/**
 * Every indicator of the pacts in use with its reporting frequency and the date of its latest
 * measurement (any review status: once entered, the period's work is done; review has its own tasks).
 */
export async function indicatorFacts(db: Executor, pactIds: readonly string[] | null): Promise<IndicatorFact[]> {
  if (pactIds !== null && pactIds.length === 0) return [];
  let query = db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin("pacts", "pacts.id", "chainNodes.pactId")
    .leftJoin("measurements", "measurements.indicatorId", "indicators.id")
    .select((eb) => [
      "indicators.id",
      "pacts.id as pactId",
      "pacts.name as pactName",
      "indicators.name",
      "indicators.baselineDate",
      "indicators.frequency",
      eb.fn.max("measurements.measuredOn").as("lastMeasuredOn"),
    ])
    .where("pacts.archivedAt", "is", null)
    .groupBy(["indicators.id", "pacts.id", "pacts.name", "indicators.name", "indicators.baselineDate", "indicators.frequency"]);
  if (pactIds !== null) query = query.where("pacts.id", "in", [...pactIds]);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, lastMeasuredOn: r.lastMeasuredOn ?? null }));
}

/** Submitted Volgspot revisions of pacts in use that wait for acceptance. */
export async function volgspotsAwaitingAcceptance(db: Executor, pactIds: readonly string[] | null): Promise<VolgspotReviewFact[]> {
  if (pactIds !== null && pactIds.length === 0) return [];
  let query = db
    .selectFrom("volgspots")
    .innerJoin("pacts", "pacts.id", "volgspots.pactId")
    .select(["volgspots.id as volgspotId", "pacts.id as pactId", "pacts.name as pactName", "volgspots.year", "volgspots.submittedAt"])
    .where("volgspots.status", "=", "submitted")
    .where("pacts.archivedAt", "is", null);
  if (pactIds !== null) query = query.where("pacts.id", "in", [...pactIds]);
  const rows = await query.execute();
  return rows.map(({ submittedAt, ...r }) => ({ ...r, submittedOn: submittedAt ? amsterdamDate(new Date(submittedAt)) : null }));
}
