import { insertApplication, insertRegulation } from "@zorgpact/db/repositories/regulation.repository";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

const fields = () => ({
  name: `Matrixregeling ${crypto.randomUUID().slice(0, 8)}`,
  ministry: "OCW" as const,
  purpose: "Publiek-private samenwerking in het mbo.",
  startYear: 2014,
  endYear: 2018,
  budgetCents: 12_500_000_000,
  conditions: null,
  link: null,
  results: null,
  source: null,
});

async function freshRegulation(f: Fixture) {
  const values = fields();
  const slug = values.name.toLowerCase().replace(/\s+/g, "-");
  return { id: await insertRegulation(f.handle.db, { ...values, slug }), slug, values };
}

/** An application of the record's pact for a fresh regeling. */
async function freshApplication(f: Fixture, record: RecordSide) {
  const { id: regulationId } = await freshRegulation(f);
  return insertApplication(f.handle.db, { regulationId, pactId: f.pacts[record], appliedOn: "2016-03-01", status: "applied" });
}

/**
 * The permission rules of the regulation procedures. Regelingen are public; the national team
 * keeps them and records the applications of every pact: whether one was honoured is checked
 * with the ministry, not declared by the region.
 */
export const regulationMatrix: MatrixFragment = {
  "regulation.list": { rule: rules.everyone, input: () => ({}) },
  "regulation.get": { rule: rules.everyone, input: async (f) => ({ slug: (await freshRegulation(f)).slug }) },
  "regulation.getForEdit": { rule: rules.nationalAdmin, input: async (f) => ({ id: (await freshRegulation(f)).id }) },
  "regulation.create": { rule: rules.nationalAdmin, input: () => fields() },
  "regulation.update": {
    rule: rules.nationalAdmin,
    input: async (f) => {
      const { id, values } = await freshRegulation(f);
      return { id, version: 1, ...values, purpose: "Bijgewerkt doel van de regeling." };
    },
  },
  "regulation.addApplication": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({
      regulationId: (await freshRegulation(f)).id,
      pactId: f.pacts[r],
      appliedOn: "2016-03-01",
      status: "honoured",
      amountCents: 400_000_00,
    }),
  },
  "regulation.updateApplication": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ id: await freshApplication(f, r), version: 1, appliedOn: "2016-03-01", status: "honoured" }),
  },
  "regulation.deleteApplication": { rule: rules.nationalAdmin, input: async (f, r) => ({ id: await freshApplication(f, r), version: 1 }) },
};
