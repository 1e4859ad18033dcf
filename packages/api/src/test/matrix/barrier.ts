import { insertBarrier } from "@zorgpact/db/repositories/barrier.repository";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/** A barrier reported in the record's pact, in the state given. */
async function barrierIn(f: Fixture, record: RecordSide, answered = false) {
  const fields = answered
    ? ({ status: "answered", ministry: "OCW", outcome: "more_room_than_thought", answer: "Er is meer ruimte.", answeredOn: "2017-03-01" } as const)
    : {};
  const row = await insertBarrier(f.handle.db, {
    question: `Matrixvraag ${crypto.randomUUID().slice(0, 8)} over onderwijstijd`,
    organisation: "ROC Matrix",
    submitterName: "Mia Matrix",
    submitterEmail: "mia@matrix.example",
    pactId: f.pacts[record],
    receivedOn: "2017-02-01",
    channel: "form",
    ...fields,
  });
  return row;
}

/** The permission rules of the barrier procedures: the public reports and reads answers, the national team triages. */
export const barrierMatrix: MatrixFragment = {
  "barrier.submit": {
    rule: rules.everyone,
    input: async (f, r) => {
      // The rate limit is tested on its own; here every caller gets a clean slate.
      await f.handle.db.deleteFrom("publicSubmissions").where("form", "=", "barrier_submission").execute();
      return {
        question: "Mogen we experts uit de praktijk inzetten als docent?",
        organisation: "ROC Matrix",
        submitterName: "Mia Matrix",
        submitterEmail: "mia@matrix.example",
        pactId: f.pacts[r],
      };
    },
  },
  "barrier.create": {
    rule: rules.nationalAdmin,
    input: (f, r) => ({ question: "Telefonisch gemelde vraag over de cao", receivedOn: "2017-05-01", pactId: f.pacts[r] }),
  },
  "barrier.update": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const { id } = await barrierIn(f, r);
      return {
        id,
        version: 1,
        question: "Mogen we experts uit de praktijk inzetten als docent?",
        receivedOn: "2017-02-01",
        pactId: f.pacts[r],
        status: "in_progress",
        ministry: "OCW",
      };
    },
  },
  "barrier.discard": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ id: (await barrierIn(f, r)).id, version: 1 }),
  },
  "barrier.list": { rule: rules.nationalAdmin, input: () => ({}) },
  "barrier.get": { rule: rules.nationalAdmin, input: async (f, r) => ({ id: (await barrierIn(f, r)).id }) },
  "barrier.listPublic": { rule: rules.everyone, input: () => ({}) },
  "barrier.getPublic": { rule: rules.everyone, input: async (f, r) => ({ number: (await barrierIn(f, r, true)).number }) },
  "barrier.stats": { rule: rules.everyone },
};
