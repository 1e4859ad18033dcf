import { insertSupportTrajectory } from "@zorgpact/db/repositories/support.repository";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/** A fresh, requested trajectory in the record's pact: its editors may still rephrase it. */
const freshTrajectory = (f: Fixture, r: RecordSide) =>
  insertSupportTrajectory(f.handle.db, {
    pactId: f.pacts[r],
    questionType: "governance",
    question: "Hoe richten we de governance van het pact in?",
    requestedOn: "2017-01-10",
    requestedBy: null,
  });

/**
 * The permission rules of the support procedures: never anonymous; the national team and the
 * editors of the trajectory's own pact. The finer rules (handling by the national team only, an
 * editor's question edits while requested only) are tested in support.router.test.ts.
 */
export const supportMatrix: MatrixFragment = {
  "support.create": {
    rule: rules.ownPact,
    input: (f, r) => ({ pactId: f.pacts[r], questionType: "effect_research", question: "Hoe doen we onderzoek naar de effecten?" }),
  },
  "support.update": {
    rule: rules.ownPact,
    input: async (f, r) => ({ id: await freshTrajectory(f, r), version: 1, questionType: "financing", question: "Hoe financieren we het na 2018?" }),
  },
  "support.list": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r] }) },
  "support.get": { rule: rules.ownPact, input: async (f, r) => ({ id: await freshTrajectory(f, r) }) },
  "support.overview": { rule: rules.nationalAdmin },
};
