import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** Themes: the four central themes of the Zorgpact first, then the other themes found in the seeds. */
export const themes: readonly string[] = [
  "Leren in de praktijk",
  "Zorg en technologie",
  "Permanent leren",
  "Toenemende opleidingseisen",
  "Strategische personeelsplanning",
  "Sociaal werk en preventie",
  "Armoede en schulden",
];

interface TermGroup {
  label: string;
  children: readonly string[];
}

/** Result domains with their result areas (figures 9 and 10 of the 2018 publication). */
export const resultDomains: readonly TermGroup[] = [
  {
    label: "Onderwijs",
    children: [
      "Toename stageplaatsen",
      "Meer leren in de praktijk",
      "Doorlopende leerlijnen vo–beroepsonderwijs",
      "Doorlopende leerlijn mbo–hbo",
      "Innovatie in aanbod voor permanent leren",
      "Zorginhoudelijke innovatie",
      "Toepassing technologische innovaties",
    ],
  },
  {
    label: "Toekomst van de sector",
    children: [
      "Zorginhoudelijke innovatie in de zorgverlening",
      "Meer arbeidsmarktplaatsen voor niveau 1 en 2, mbo",
      "Meer aantrekkingskracht van de sector",
      "Leren kennen van andere organisaties in de regio",
      "Meer bestuurlijke betrokkenheid bij innovatie",
      "Oplossingen gevonden voor beperkingen in de regelgeving",
    ],
  },
];

/** Target groups with their effect categories (figures 12–14 of the 2018 publication). */
export const targetGroups: readonly TermGroup[] = [
  {
    label: "Studenten",
    children: [
      "Meer leermotivatie",
      "Meer zelfvertrouwen",
      "Minder uitval tijdens opleiding",
      "Meer kansen op de arbeidsmarkt",
      "Betere toerusting met vaardigheden en competenties",
      "Meer keuzemogelijkheden om leren en werken te verbinden",
    ],
  },
  {
    label: "Zorggebruikers",
    children: [
      "Meer welbevinden door toepassing technologie in zorgverlening",
      "Meer zelfstandigheid door toepassing technologie in zorgverlening",
      "Meer zelfstandigheid door vraaggericht werken",
      "Minder eenzaamheid door meer welzijnsaanbod",
    ],
  },
  {
    label: "Zorgmedewerkers",
    children: [
      "Laagdrempelige vormen van leren",
      "Meer deskundigheid in toepassing van technologie in de zorgverlening",
      "Meer werkplezier",
      "Meer tijd voor persoonlijke aandacht voor patiënten/cliënten door inzet technologie",
    ],
  },
];

type Executor = Kysely<Database>;

/**
 * Inserts the taxonomies the national team starts with. Idempotent: does nothing when themes
 * exist already. sortOrder follows the order of the publication, across parents for children.
 */
export async function seedTaxonomies(db: Executor): Promise<void> {
  if (db.isTransaction) {
    await insertTaxonomies(db);
    return;
  }
  await db.transaction().execute((trx) => insertTaxonomies(trx));
}

async function insertTaxonomies(db: Executor): Promise<void> {
  const existing = await db.selectFrom("taxonomyTerms").select("id").where("kind", "=", "theme").limit(1).executeTakeFirst();
  if (existing) return;

  await db
    .insertInto("taxonomyTerms")
    .values(themes.map((label, index) => ({ kind: "theme", label, sortOrder: index })))
    .execute();
  await insertGroups(db, resultDomains, "result_domain", "result_area");
  await insertGroups(db, targetGroups, "target_group", "effect_category");
}

async function insertGroups(db: Executor, groups: readonly TermGroup[], parentKind: TaxonomyKind, childKind: TaxonomyKind): Promise<void> {
  const parents = await db
    .insertInto("taxonomyTerms")
    .values(groups.map((group, index) => ({ kind: parentKind, label: group.label, sortOrder: index })))
    .returning(["id", "label"])
    .execute();
  const parentId = new Map(parents.map((p) => [p.label, p.id]));

  let sortOrder = 0;
  const children = groups.flatMap((group) =>
    group.children.map((label) => ({
      kind: childKind,
      label,
      parentId: parentId.get(group.label) ?? null,
      sortOrder: sortOrder++,
    })),
  );
  await db.insertInto("taxonomyTerms").values(children).execute();
}
