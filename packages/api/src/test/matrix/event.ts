import { insertEvent } from "@zorgpact/db/repositories/event.repository";
import { eventFieldsSchema } from "@zorgpact/domain/event";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

const fields = (f: Fixture, r: RecordSide) =>
  eventFieldsSchema.parse({
    kind: "regional_meeting",
    title: `Matrixbijeenkomst ${crypto.randomUUID().slice(0, 8)}`,
    startsAt: "2017-03-01T13:00",
    endsAt: "2017-03-01T17:00",
    pactIds: [f.pacts[r]],
    published: true,
  });

/** A fresh published event linked to the record's pact. */
const freshEvent = (f: Fixture, r: RecordSide) => insertEvent(f.handle.db, fields(f, r));

/** The permission rules of the event procedures: the public reads, the national team keeps the agenda. */
export const eventMatrix: MatrixFragment = {
  "event.list": { rule: rules.everyone, input: () => ({ period: "past" }) },
  "event.get": { rule: rules.everyone, input: async (f, r) => ({ id: await freshEvent(f, r) }) },
  "event.listAll": { rule: rules.nationalAdmin, input: () => ({}) },
  "event.getForEdit": { rule: rules.nationalAdmin, input: async (f, r) => ({ id: await freshEvent(f, r) }) },
  "event.create": { rule: rules.nationalAdmin, input: (f, r) => fields(f, r) },
  "event.update": { rule: rules.nationalAdmin, input: async (f, r) => ({ id: await freshEvent(f, r), version: 1, ...fields(f, r) }) },
  "event.delete": { rule: rules.nationalAdmin, input: async (f, r) => ({ id: await freshEvent(f, r), version: 1 }) },
};
