import { insertIndicator, insertIssue, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/**
 * Disaggregation: dimensions and categories are the national team's; an indicator's dimensions
 * and its measurements' breakdowns belong to the editors of its pact; approved breakdowns are public.
 */

const freshDimension = async (f: Fixture) => {
  const { id } = await f.handle.db
    .insertInto("dimensions")
    .values({ label: `Matrixdimensie ${crypto.randomUUID().slice(0, 8)}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  const { id: categoryId } = await f.handle.db
    .insertInto("dimensionCategories")
    .values({ dimensionId: id, label: "Categorie" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id, categoryId };
};

const freshIndicator = async (f: Fixture, record: RecordSide) =>
  insertIndicator(f.handle.db, await insertNode(f.handle.db, f.pacts[record], { kind: "result", issueId: await insertIssue(f.handle.db, f.pacts[record]) }));

/** An indicator split by a fresh dimension, with a measurement of 10. */
const splitMeasurement = async (f: Fixture, record: RecordSide) => {
  const indicatorId = await freshIndicator(f, record);
  const dimension = await freshDimension(f);
  await f.handle.db.insertInto("indicatorDimensions").values({ indicatorId, dimensionId: dimension.id }).execute();
  const measurementId = await insertMeasurement(f.handle.db, indicatorId, "2017-12-31", 10);
  return { indicatorId, dimension, measurementId };
};

const withBreakdown = async (f: Fixture, record: RecordSide) => {
  const s = await splitMeasurement(f, record);
  const { id: breakdownId } = await f.handle.db
    .insertInto("measurementBreakdowns")
    .values({ measurementId: s.measurementId, dimensionId: s.dimension.id, source: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await f.handle.db.insertInto("measurementParts").values({ breakdownId, categoryId: s.dimension.categoryId, value: 10 }).execute();
  return s;
};

export const disaggregationMatrix: MatrixFragment = {
  "disaggregation.listDimensions": { rule: rules.signedIn, input: () => ({}) },
  "disaggregation.createDimension": { rule: rules.nationalAdmin, input: () => ({ label: `Matrix ${crypto.randomUUID().slice(0, 8)}` }) },
  "disaggregation.updateDimension": {
    rule: rules.nationalAdmin,
    input: async (f) => ({ id: (await freshDimension(f)).id, version: 1, label: `Matrix ${crypto.randomUUID().slice(0, 8)}`, description: null }),
  },
  "disaggregation.setDimensionRetired": { rule: rules.nationalAdmin, input: async (f) => ({ id: (await freshDimension(f)).id, version: 1, retired: true }) },
  "disaggregation.addCategory": { rule: rules.nationalAdmin, input: async (f) => ({ dimensionId: (await freshDimension(f)).id, label: "Nieuw" }) },
  "disaggregation.updateCategory": {
    rule: rules.nationalAdmin,
    input: async (f) => ({ id: (await freshDimension(f)).categoryId, version: 1, label: "Hernoemd", sortOrder: 5 }),
  },
  "disaggregation.setCategoryRetired": {
    rule: rules.nationalAdmin,
    input: async (f) => ({ id: (await freshDimension(f)).categoryId, version: 1, retired: true }),
  },
  "disaggregation.forIndicator": { rule: rules.ownPact, input: async (f, r) => ({ indicatorId: await freshIndicator(f, r) }) },
  "disaggregation.addIndicatorDimension": {
    rule: rules.ownPact,
    input: async (f, r) => ({ indicatorId: await freshIndicator(f, r), dimensionId: (await freshDimension(f)).id }),
  },
  "disaggregation.removeIndicatorDimension": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const s = await splitMeasurement(f, r);
      return { indicatorId: s.indicatorId, dimensionId: s.dimension.id };
    },
  },
  "disaggregation.setBreakdown": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const s = await splitMeasurement(f, r);
      return { measurementId: s.measurementId, version: 1, dimensionId: s.dimension.id, parts: [{ categoryId: s.dimension.categoryId, value: 10 }] };
    },
  },
  "disaggregation.clearBreakdown": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const s = await withBreakdown(f, r);
      return { measurementId: s.measurementId, version: 1, dimensionId: s.dimension.id };
    },
  },
  "disaggregation.publicBreakdowns": { rule: rules.everyone, input: (f, r) => ({ slug: f.slugs[r] }) },
};
