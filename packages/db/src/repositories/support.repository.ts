import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { SupportListInput, SupportOverview, SupportQuestionType, SupportRecord, SupportStatus } from "@zorgpact/domain/support";
import { supportOverview } from "@zorgpact/domain/support";
import type { Kysely, Updateable } from "kysely";
import type { Database } from "../schema.ts";
import type { SupportTrajectoriesTable } from "../schema-support.ts";
import { containsPattern } from "./search.ts";

type Executor = Kysely<Database>;

const recordColumns = [
  "supportTrajectories.id",
  "supportTrajectories.pactId",
  "pacts.name as pactName",
  "pacts.kind as pactKind",
  "supportTrajectories.questionType",
  "supportTrajectories.question",
  "supportTrajectories.advisorName",
  "supportTrajectories.status",
  "supportTrajectories.requestedOn",
  "supportTrajectories.startedOn",
  "supportTrajectories.endedOn",
  "supportTrajectories.outcome",
  "users.name as requestedByName",
  "supportTrajectories.version",
  "supportTrajectories.createdAt",
  "supportTrajectories.updatedAt",
] as const;

const withJoins = (db: Executor) =>
  db
    .selectFrom("supportTrajectories")
    .innerJoin("pacts", "pacts.id", "supportTrajectories.pactId")
    .leftJoin("users", "users.id", "supportTrajectories.requestedBy");

/**
 * Trajectories, filtered and paged, newest request first. `scope` limits them to these pacts (an
 * editor's); null means every pact (the national team). Archived pacts' trajectories stay listed:
 * the support happened.
 */
export async function listSupportTrajectories(db: Executor, input: SupportListInput, scope: readonly string[] | null): Promise<Paged<SupportRecord>> {
  if (scope !== null && scope.length === 0) return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
  let base = withJoins(db);
  if (scope !== null) base = base.where("supportTrajectories.pactId", "in", scope);
  if (input.pactId) base = base.where("supportTrajectories.pactId", "=", input.pactId);
  if (input.questionType) base = base.where("supportTrajectories.questionType", "=", input.questionType);
  if (input.status) base = base.where("supportTrajectories.status", "=", input.status);
  if (input.search) {
    const pattern = containsPattern(input.search);
    base = base.where((eb) =>
      eb.or([
        eb("supportTrajectories.question", "ilike", pattern),
        eb("pacts.name", "ilike", pattern),
        eb("supportTrajectories.advisorName", "ilike", pattern),
      ]),
    );
  }
  const [{ total }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base
      .select(recordColumns)
      .orderBy("supportTrajectories.requestedOn", "desc")
      .orderBy("supportTrajectories.createdAt", "desc")
      .orderBy("supportTrajectories.id")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);
  return { items, total: Number(total), page: input.page, pageSize: input.pageSize };
}

export async function findSupportTrajectory(db: Executor, id: string): Promise<SupportRecord | undefined> {
  return withJoins(db).select(recordColumns).where("supportTrajectories.id", "=", id).executeTakeFirst();
}

export interface NewSupportTrajectory {
  pactId: string;
  questionType: SupportQuestionType;
  question: string;
  requestedOn: string;
  requestedBy: string | null;
}

export async function insertSupportTrajectory(db: Executor, values: NewSupportTrajectory): Promise<string> {
  const row = await db.insertInto("supportTrajectories").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a trajectory when the stored version matches; false on a stale version. */
export async function updateSupportTrajectory(
  db: Executor,
  id: string,
  version: number,
  fields: Omit<Updateable<SupportTrajectoriesTable>, "id" | "pactId" | "version" | "createdAt" | "updatedAt">,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("supportTrajectories")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Counts per question type and status over every trajectory. */
export async function supportOverviewCounts(db: Executor): Promise<SupportOverview> {
  const rows = await db
    .selectFrom("supportTrajectories")
    .select(["questionType", "status", (eb) => eb.fn.countAll<string>().as("count")])
    .groupBy(["questionType", "status"])
    .execute();
  return supportOverview(rows.map((r) => ({ questionType: r.questionType, status: r.status as SupportStatus, count: Number(r.count) })));
}
