import { insertCatalogueEntry } from "@zorgpact/db/repositories/indicator-catalogue.repository";
import { insertIssue, insertNode } from "@zorgpact/db/test/fixtures";
import type { CatalogueEntryFields } from "@zorgpact/domain/indicator-catalogue";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

const entryFields = (): CatalogueEntryFields => ({
  name: `Matrixindicator ${crypto.randomUUID().slice(0, 8)}`,
  definition: "Het aantal studenten dat in het jaar in de praktijk leert.",
  unit: "aantal",
  unitLabel: "studenten",
  direction: "up",
  themeIds: [],
  status: "active",
});

const freshEntry = async (f: Fixture) => insertCatalogueEntry(f.handle.db, entryFields());

/** A result in the record's pact, where an indicator can be adopted. */
const freshResult = async (f: Fixture, record: RecordSide) =>
  insertNode(f.handle.db, f.pacts[record], { kind: "result", issueId: await insertIssue(f.handle.db, f.pacts[record]) });

/** The catalogue is the national team's; adopting an entry is an edit of the pact; the totals are public. */
export const indicatorCatalogueMatrix: MatrixFragment = {
  "indicatorCatalogue.list": { rule: rules.nationalAdmin, input: () => ({}) },
  "indicatorCatalogue.get": { rule: rules.nationalAdmin, input: async (f) => ({ id: await freshEntry(f) }) },
  "indicatorCatalogue.create": { rule: rules.nationalAdmin, input: () => entryFields() },
  "indicatorCatalogue.update": { rule: rules.nationalAdmin, input: async (f) => ({ id: await freshEntry(f), version: 1, ...entryFields() }) },
  "indicatorCatalogue.options": { rule: rules.signedIn },
  "indicatorCatalogue.adopt": {
    rule: rules.ownPact,
    input: async (f, r) => ({
      nodeId: await freshResult(f, r),
      catalogueId: await freshEntry(f),
      baselineValue: 10,
      baselineDate: "2016-01-01",
      targetValue: 50,
      targetDate: "2018-12-31",
    }),
  },
  "programme.overview": { rule: rules.everyone, input: () => ({}) },
  "programme.pacts": { rule: rules.everyone, input: async (f) => ({ catalogueId: await freshEntry(f) }) },
};
