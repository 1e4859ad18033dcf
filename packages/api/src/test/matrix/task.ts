import { enqueueMessage } from "@zorgpact/db/repositories/outbox.repository";
import { rules, type Fixture, type MatrixFragment } from "./rules.ts";

/** A message the outbox gave up on, as the target of `task.retryMail`. */
async function failedMessage(f: Fixture) {
  const { id } = await enqueueMessage(f.handle.db, {
    idempotencyKey: `matrix:${crypto.randomUUID()}`,
    topic: "reminder",
    recipient: "redacteur@voorbeeld.nl",
    subject: "Matrix",
    textBody: "Matrix",
  });
  await f.handle.db.updateTable("outboxMessages").set({ status: "failed", attempts: 10, lastError: "550 matrix" }).where("id", "=", id).execute();
  return { id };
}

/** The permission rules of the task (reminder) procedures. */
export const taskMatrix: MatrixFragment = {
  "task.list": { rule: rules.signedIn },
  "task.count": { rule: rules.signedIn },
  "task.failedMail": { rule: rules.nationalAdmin, input: () => ({}) },
  "task.retryMail": { rule: rules.nationalAdmin, input: (f) => failedMessage(f) },
};
