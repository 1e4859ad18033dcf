import type { PhaseEntryDetail, PhaseNumber } from "@zorgpact/domain/phase";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

/** The phase history, oldest first, with the name of who made each change. */
export async function loadPhaseHistoryDetail(db: Executor, pactId: string): Promise<PhaseEntryDetail[]> {
  const rows = await db
    .selectFrom("phaseHistory")
    .leftJoin("users", "users.id", "phaseHistory.changedBy")
    .select(["phaseHistory.id", "phaseHistory.phase", "phaseHistory.changedOn", "phaseHistory.note", "users.name as changedByName"])
    .where("phaseHistory.pactId", "=", pactId)
    .orderBy("phaseHistory.changedOn")
    .orderBy("phaseHistory.createdAt")
    .execute();
  return rows.map((r) => ({ ...r, phase: r.phase }));
}

export async function loadChecklistDetail(db: Executor, pactId: string) {
  const rows = await db
    .selectFrom("phaseChecklistTicks")
    .select(["phase", "itemKey", "done", "doneOn", "note"])
    .where("pactId", "=", pactId)
    .orderBy("phase")
    .orderBy("itemKey")
    .execute();
  return rows.map((r) => ({ ...r, phase: r.phase }));
}

export async function insertPhaseChange(
  db: Executor,
  change: { pactId: string; phase: PhaseNumber; changedOn: string; note: string | null; changedBy: string },
): Promise<void> {
  await db.insertInto("phaseHistory").values(change).execute();
}

export async function findTick(db: Executor, key: { pactId: string; phase: PhaseNumber; itemKey: string }) {
  return db
    .selectFrom("phaseChecklistTicks")
    .select(["done", "doneOn", "note"])
    .where("pactId", "=", key.pactId)
    .where("phase", "=", key.phase)
    .where("itemKey", "=", key.itemKey)
    .executeTakeFirst();
}

/** Ticks or unticks one checklist item; the last save wins, as with a paper checklist. */
export async function saveTick(
  db: Executor,
  tick: { pactId: string; phase: PhaseNumber; itemKey: string; done: boolean; doneOn: string | null; note: string | null; changedBy: string; at: string },
): Promise<void> {
  const { at, ...values } = tick;
  await db
    .insertInto("phaseChecklistTicks")
    .values({ ...values, updatedAt: at })
    .onConflict((oc) =>
      oc
        .columns(["pactId", "phase", "itemKey"])
        .doUpdateSet({ done: tick.done, doneOn: tick.doneOn, note: tick.note, changedBy: tick.changedBy, updatedAt: at }),
    )
    .execute();
}
