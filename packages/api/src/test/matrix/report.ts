import { insertSnapshot } from "@zorgpact/db/repositories/report.repository";
import { rules, type MatrixFragment } from "./rules.ts";

const period = { from: "2017-01-01", to: "2017-12-31" };
let edition = 1000;

/** The permission rules of the report procedures: everything public except publishing. */
export const reportMatrix: MatrixFragment = {
  "report.environment": { rule: rules.everyone },
  "report.live": { rule: rules.everyone, input: () => period },
  "report.snapshots": { rule: rules.everyone },
  "report.snapshot": {
    rule: rules.everyone,
    input: async (f) => {
      const report = { title: "Matrixrapportage", period, takenAt: new Date().toISOString(), demoData: false, figures: [] };
      const stored = await insertSnapshot(f.handle.db, { period, year: 2017, version: ++edition, report, publishedBy: null, publishedByName: null });
      return { id: stored.id };
    },
  },
  "report.export": { rule: rules.everyone, input: () => period },
  "report.publish": { rule: rules.nationalAdmin, input: () => ({ from: "2016-01-01", to: "2016-12-31" }) },
};
