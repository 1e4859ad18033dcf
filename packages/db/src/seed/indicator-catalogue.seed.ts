import type { CatalogueEntryFields } from "@zorgpact/domain/indicator-catalogue";
import type { Kysely, Transaction } from "kysely";
import { insertCatalogueEntry, refreshAllCatalogueTotals } from "../repositories/indicator-catalogue.repository.ts";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/**
 * Demo records of the indicator catalogue (demodata: the seeds have no common indicators). The
 * entries are invented; the indicators that adopt them and their measurements are the demo
 * chains' own (chains.data.ts), linked here so the programme page has national totals to show.
 */
interface CatalogueSeed extends Omit<CatalogueEntryFields, "themeIds" | "status"> {
  themes: readonly string[];
  /** [pact slug, indicator name] of the demo indicators that adopted the entry. */
  adopters: readonly (readonly [string, string])[];
}

const DEMO = " (demodata)";

const entries: readonly CatalogueSeed[] = [
  {
    name: "Studenten die leren in de praktijk",
    definition: `Het aantal studenten dat in het jaar een deel van de opleiding volgt in een leerwerkplaats, wijkleercentrum of op een arbeidsplaats in zorg of welzijn; geteld op de laatste peildatum van het jaar.${DEMO}`,
    unit: "aantal",
    unitLabel: "studenten",
    direction: "up",
    themes: ["Leren in de praktijk"],
    adopters: [
      ["zorgpact-noord", "Studenten in een leerwerkplaats"],
      ["wijkleercentra-achterhoek", "Studenten per jaar in een wijkleercentrum"],
      ["zorgpact-rotterdam", "Mbo-2'ers met een arbeidsplaats in de zorg"],
    ],
  },
  {
    name: "Bijgeschoolde medewerkers",
    definition: `Het aantal zorg- en welzijnsmedewerkers dat sinds de start van het zorgpact een training of bijscholing van het pact afrondde (cumulatief).${DEMO}`,
    unit: "aantal",
    unitLabel: "medewerkers",
    direction: "up",
    themes: ["Permanent leren", "Zorg en technologie"],
    adopters: [
      ["zorgpact-noord", "Deelnemers aan trainingen"],
      ["zorgtechniek-limburg", "Bijgeschoolde zorgmedewerkers"],
    ],
  },
  {
    name: "Medewerkers die zorgtechnologie zelfstandig inzetten",
    definition: `Het percentage medewerkers dat in de medewerkersenquête aangeeft zorgtechnologie zelfstandig en met vertrouwen in te zetten.${DEMO}`,
    unit: "percentage",
    unitLabel: "medewerkers",
    direction: "up",
    themes: ["Zorg en technologie"],
    adopters: [
      ["zorgpact-noord", "Medewerkers die zich bekwaam voelen met zorgtechnologie"],
      ["zorgtechniek-limburg", "Medewerkers die zorgtechnologie zelfstandig inzetten"],
    ],
  },
  {
    name: "Uitval in het eerste opleidingsjaar",
    definition: `Het percentage studenten van zorg- en welzijnsopleidingen dat in het eerste opleidingsjaar zonder diploma stopt.${DEMO}`,
    unit: "percentage",
    unitLabel: "studenten",
    direction: "down",
    themes: ["Leren in de praktijk"],
    adopters: [["zorgpact-noord", "Uitval in het eerste opleidingsjaar"]],
  },
  {
    name: "Investering in praktijkleren",
    definition: `Het bedrag dat partners in het jaar samen investeren in leerwerkplaatsen en praktijkbegeleiding, in euro.${DEMO}`,
    unit: "euro",
    unitLabel: "euro",
    direction: "up",
    themes: ["Leren in de praktijk"],
    adopters: [],
  },
];

export async function seedIndicatorCatalogue(trx: Transaction<Database> | Kysely<Database>, ids: Ids): Promise<void> {
  for (const seed of entries) {
    const { themes, adopters, ...fields } = seed;
    const themeIds = themes.map((label) => {
      const id = ids.term.get(`theme:${label}`);
      if (!id) throw new Error(`Catalogue seed: unknown theme "${label}"`);
      return id;
    });
    const catalogueId = await insertCatalogueEntry(trx, { ...fields, themeIds, status: "active" });
    for (const [slug, name] of adopters) {
      const pactId = ids.pact.get(slug);
      if (!pactId) throw new Error(`Catalogue seed: unknown pact "${slug}"`);
      const result = await trx
        .updateTable("indicators")
        .set({ catalogueId })
        .where("name", "=", name)
        .where("nodeId", "in", (eb) => eb.selectFrom("chainNodes").select("id").where("pactId", "=", pactId))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new Error(`Catalogue seed: no indicator "${name}" in ${slug}`);
    }
  }
  await refreshAllCatalogueTotals(trx);
}
