import { guessUnitKind } from "@zorgpact/domain/indicator-unit";
import { periodEndOf, periodsBetween } from "@zorgpact/domain/indicator-period";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/**
 * Periods and targets of the demo indicators. The unit kind follows from each seeded indicator's
 * unit and values (the rule migration 0016 applies to existing data). Frequencies and targets per
 * period are demo data ("demodata"): the seeds give a baseline and a final target only. Indicators
 * measured twice a year become half-yearly; each gets a target per year on the straight line from
 * baseline to final target, rounded to the unit (whole numbers for counts).
 */
export async function seedIndicatorPeriods(trx: Transaction<Database> | Kysely<Database>, _ids: Ids): Promise<void> {
  const indicators = await trx
    .selectFrom("indicators")
    .select(["id", "unit", "baselineValue", "baselineDate", "targetValue", "targetDate"])
    .orderBy("id")
    .execute();
  const measurements = await trx.selectFrom("measurements").select(["indicatorId", "measuredOn", "value"]).execute();

  for (const indicator of indicators) {
    const own = measurements.filter((m) => m.indicatorId === indicator.id);
    const unitKind = guessUnitKind(indicator.unit, [indicator.baselineValue, indicator.targetValue, ...own.map((m) => m.value)]);
    // Demodata: measured in June as well as December → reported per half-year.
    const halfYearly = own.some((m) => m.measuredOn.slice(5, 7) === "06") && own.some((m) => m.measuredOn.slice(5, 7) === "12");
    const frequency = halfYearly ? ("halfjaar" as const) : ("jaar" as const);
    await trx.updateTable("indicators").set({ unitKind, frequency }).where("id", "=", indicator.id).execute();

    // Demodata: one target per year, on the straight line, for the years before the final target's.
    const years = periodsBetween(indicator.baselineDate, indicator.targetDate, "jaar").slice(0, -1);
    const span = Date.parse(indicator.targetDate) - Date.parse(indicator.baselineDate);
    const targets = years.flatMap((yearStart) => {
      const periodStart = frequency === "halfjaar" ? yearStart.replace(/-01-01$/, "-07-01") : yearStart;
      const end = periodEndOf(periodStart, frequency);
      if (end <= indicator.baselineDate) return [];
      const share = (Date.parse(end) - Date.parse(indicator.baselineDate)) / span;
      const raw = indicator.baselineValue + (indicator.targetValue - indicator.baselineValue) * share;
      const targetValue = unitKind === "anders" ? Math.round(raw * 10) / 10 : Math.round(raw);
      return [{ indicatorId: indicator.id, periodStart, targetValue, source: "Demodata" }];
    });
    if (targets.length > 0) await trx.insertInto("indicatorTargets").values(targets).execute();
  }
}
