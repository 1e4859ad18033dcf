import { insertIndicator, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
import { rules, type MatrixFragment } from "./rules.ts";

/** Programme scale (issue 16): an indicator's full public series is public, like the pact page that shows its latest values. */
export const scaleMatrix: MatrixFragment = {
  "pact.indicatorSeries": {
    rule: rules.everyone,
    input: async (f, r) => {
      const indicatorId = await insertIndicator(f.handle.db, await insertNode(f.handle.db, f.pacts[r], { kind: "result" }));
      await insertMeasurement(f.handle.db, indicatorId, "2017-06-30", 4);
      return { indicatorId };
    },
  },
};
