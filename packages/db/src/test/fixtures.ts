import { randomUUID } from "node:crypto";
import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";
import type { Kysely } from "kysely";
import type { Database, NewChainNode, NewIndicator, NewOrganisation, NewPact } from "../schema.ts";

/** Small builders for tests: each fills what a test does not care about. */
export async function insertPact(db: Kysely<Database>, fields: Partial<NewPact> = {}): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  const row = await db
    .insertInto("pacts")
    .values({ kind: "regional_pact", name: `Testpact ${suffix}`, slug: `testpact-${suffix}`, publicationStatus: "published", ...fields })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertOrganisation(db: Kysely<Database>, fields: Partial<NewOrganisation> = {}): Promise<string> {
  const row = await db
    .insertInto("organisations")
    .values({ name: `Organisatie ${randomUUID().slice(0, 8)}`, sector: "care_welfare", ...fields })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertTerm(db: Kysely<Database>, kind: TaxonomyKind, label: string, parentId: string | null = null): Promise<string> {
  const row = await db.insertInto("taxonomyTerms").values({ kind, label, parentId }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function insertNode(db: Kysely<Database>, pactId: string, fields: Partial<NewChainNode> & Pick<NewChainNode, "kind">): Promise<string> {
  const row = await db
    .insertInto("chainNodes")
    .values({ pactId, title: `${fields.kind} ${randomUUID().slice(0, 4)}`, ...fields })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function link(db: Kysely<Database>, fromId: string, toId: string): Promise<void> {
  await db.insertInto("chainLinks").values({ fromId, toId }).execute();
}

export async function insertIssue(db: Kysely<Database>, pactId: string, title = `Vraagstuk ${randomUUID().slice(0, 4)}`): Promise<string> {
  const row = await db.insertInto("agendaIssues").values({ pactId, title }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function insertIndicator(db: Kysely<Database>, nodeId: string, fields: Partial<NewIndicator> = {}): Promise<string> {
  const row = await db
    .insertInto("indicators")
    .values({
      nodeId,
      name: `Indicator ${randomUUID().slice(0, 8)}`,
      unit: "studenten",
      direction: "up",
      baselineValue: 0,
      baselineDate: "2016-01-01",
      targetValue: 100,
      targetDate: "2018-12-31",
      ...fields,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMeasurement(db: Kysely<Database>, indicatorId: string, measuredOn: string, value: number, approved = true): Promise<string> {
  // Approved: public as stored (review before publication: public_value is what the public sees); else waiting for review.
  const row = await db
    .insertInto("measurements")
    .values({
      indicatorId,
      measuredOn,
      value,
      reviewStatus: approved ? "approved" : "submitted",
      publicValue: approved ? value : null,
      publicMeasuredOn: approved ? measuredOn : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A measurement (40 on 2017-12-31) of a new indicator under a new result node of the pact; approved unless said otherwise. */
export async function insertMeasurementIn(db: Kysely<Database>, pactId: string, approved = true): Promise<string> {
  const indicatorId = await insertIndicator(db, await insertNode(db, pactId, { kind: "result" }));
  return insertMeasurement(db, indicatorId, "2017-12-31", 40, approved);
}
