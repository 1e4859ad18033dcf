import type { Db } from "@zorgpact/db/database";
import {
  contributingTotals,
  contributingValues,
  indicatorPlans,
  programmeChoices,
  programmeEntries,
  programmeYears,
  type ContributingValue,
} from "@zorgpact/db/repositories/indicator-catalogue.repository";
import {
  nationalTotal,
  type ProgrammeOverview,
  type ProgrammeOverviewInput,
  type ProgrammePacts,
  type ProgrammePactsInput,
} from "@zorgpact/domain/indicator-catalogue";
import { notFound } from "../errors.ts";

/**
 * The programme level's national totals, read from the `catalogue_totals` summary (one row per
 * adopting indicator and year), never from the measurements. Only approved values of published,
 * unarchived pacts are in it or pass its join.
 */

/** The year asked for when it has values, else the latest year that has. */
function chosenYear(years: readonly number[], asked: number | undefined): number | null {
  if (asked !== undefined && years.includes(asked)) return asked;
  return years[0] ?? null;
}

type TotalRow = Pick<ContributingValue, "catalogueId" | "regionId" | "value">;

function valuesBy<K>(rows: readonly TotalRow[], key: (row: TotalRow) => K): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row.value);
    map.set(key(row), list);
  }
  return map;
}

export async function programmeOverview(db: Db, input: ProgrammeOverviewInput): Promise<ProgrammeOverview> {
  const [years, choices, entries] = await Promise.all([programmeYears(db), programmeChoices(db), programmeEntries(db, input.themeId)]);
  const year = chosenYear(years, input.year);
  const rows = year === null ? [] : await contributingTotals(db, year, { regionId: input.regionId, catalogueIds: entries.map((e) => e.id) });
  const perEntry = valuesBy(rows, (r) => r.catalogueId);
  const withTotals = entries.map(({ status: _s, version: _v, ...entry }) => ({ ...entry, total: nationalTotal(entry.unit, perEntry.get(entry.id) ?? []) }));
  const mapEntry = withTotals.find((e) => e.id === input.mapEntryId) ?? withTotals.find((e) => e.total !== null) ?? withTotals[0];
  let map: ProgrammeOverview["map"] = null;
  if (mapEntry) {
    const perRegion = valuesBy(
      rows.filter((r) => r.catalogueId === mapEntry.id),
      (r) => r.regionId,
    );
    const regions = input.regionId ? choices.regions.filter((r) => r.id === input.regionId) : choices.regions;
    map = {
      entryId: mapEntry.id,
      regions: regions.map((r) => ({
        regionId: r.id,
        name: r.name,
        latitude: r.latitude,
        longitude: r.longitude,
        total: nationalTotal(mapEntry.unit, perRegion.get(r.id) ?? []),
      })),
    };
  }
  return {
    years,
    year,
    regions: choices.regions.map((r) => ({ id: r.id, label: r.name })),
    themes: choices.themes,
    entries: withTotals,
    map,
  };
}

/**
 * The drill-down: the pacts behind one total, each with the value it contributes and its
 * indicator's plan and latest approved value, from which the page computes the status on the day
 * of viewing. A fixed number of queries whatever the number of pacts.
 */
export async function programmePacts(db: Db, input: ProgrammePactsInput): Promise<ProgrammePacts> {
  const [years, choices, entries] = await Promise.all([programmeYears(db), programmeChoices(db), programmeEntries(db, undefined)]);
  const found = entries.find((e) => e.id === input.catalogueId);
  if (!found) throw notFound("Deze indicator staat niet (meer) in de catalogus.");
  const { status: _s, version: _v, ...entry } = found;
  const year = chosenYear(years, input.year);
  const themeMatches = !input.themeId || entry.themes.some((t) => t.id === input.themeId);
  const rows = year === null || !themeMatches ? [] : await contributingValues(db, year, { regionId: input.regionId, catalogueIds: [entry.id] });
  const plans = await indicatorPlans(
    db,
    rows.map((r) => r.indicatorId),
  );
  return {
    entry: {
      ...entry,
      total: nationalTotal(
        entry.unit,
        rows.map((r) => r.value),
      ),
    },
    year,
    regionName: choices.regions.find((r) => r.id === input.regionId)?.name ?? null,
    themeLabel: choices.themes.find((t) => t.id === input.themeId)?.label ?? null,
    pacts: rows.flatMap((r) => {
      const indicator = plans.get(r.indicatorId);
      // Read after the rows, so an indicator deleted in between has no plan: the row is left out.
      if (!indicator) return [];
      return [
        {
          pactId: r.pactId,
          slug: r.slug,
          name: r.pactName,
          regionName: r.regionName,
          indicatorId: r.indicatorId,
          indicatorName: r.indicatorName,
          value: r.value,
          measuredOn: r.measuredOn,
          indicator,
        },
      ];
    }),
  };
}
