import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/**
 * Demo measurements waiting in review (review before publication): new values submitted by an
 * editor and one returned with the reviewer's comment. All invented and labelled "Demodata" in
 * their source; none is public (no public_value) until someone approves it.
 */
const WAITING = [
  {
    pact: "zorgpact-noord",
    indicator: "Studenten in een leerwerkplaats",
    measuredOn: "2018-12-31",
    value: 152,
    note: "Jaarstand 2018.",
    status: "submitted",
    comment: null,
  },
  {
    pact: "zorgpact-noord",
    indicator: "Opleidingen met een module zorgtechnologie",
    measuredOn: "2018-06-30",
    value: 10,
    note: null,
    status: "returned",
    comment: "Welke opleidingen zijn meegeteld? Noem ze in de toelichting en dien de meting opnieuw in.",
  },
  {
    pact: "zorgtechniek-limburg",
    indicator: "Skillslabs in gebruik",
    measuredOn: "2017-12-31",
    value: 4,
    note: "Vierde skillslab geopend.",
    status: "submitted",
    comment: null,
  },
] as const;

export async function seedMeasurementReview(trx: Transaction<Database> | Kysely<Database>, ids: Ids): Promise<void> {
  for (const m of WAITING) {
    const pactId = ids.pact.get(m.pact);
    if (!pactId) throw new Error(`Demo seed: unknown pact "${m.pact}"`);
    const indicator = await trx
      .selectFrom("indicators")
      .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
      .select("indicators.id")
      .where("chainNodes.pactId", "=", pactId)
      .where("indicators.name", "=", m.indicator)
      .executeTakeFirstOrThrow();
    const source = "Demodata – ingediend ter beoordeling";
    const { id } = await trx
      .insertInto("measurements")
      .values({ indicatorId: indicator.id, measuredOn: m.measuredOn, value: m.value, source, note: m.note, reviewStatus: m.status })
      .returning("id")
      .executeTakeFirstOrThrow();
    const step = { measurementId: id, value: m.value, measuredOn: m.measuredOn, userId: null };
    // Submitted two days ago, returned yesterday: the history reads in order.
    await trx
      .insertInto("measurementReviews")
      .values({ ...step, action: "submitted", comment: null, createdAt: sql<string>`now() - interval '2 days'` })
      .execute();
    if (m.status === "returned") {
      await trx
        .insertInto("measurementReviews")
        .values({ ...step, action: "returned", comment: `Demodata: ${m.comment}`, createdAt: sql<string>`now() - interval '1 day'` })
        .execute();
    }
  }
}
