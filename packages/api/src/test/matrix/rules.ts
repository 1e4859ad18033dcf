import type { DatabaseHandle } from "@zorgpact/db/database";

/**
 * The vocabulary of the permission matrix (permission-matrix.test.ts): who calls, on a record in
 * pact A or B, and the rule that says whether that is allowed. Each feature states its
 * procedures' rules in a fragment of its own in this folder; the matrix test spreads them all.
 */
export type Who = "anonymous" | "editorOfA" | "editorOfB" | "nationalAdmin";
export type RecordSide = "A" | "B";
export const everyone: Who[] = ["anonymous", "editorOfA", "editorOfB", "nationalAdmin"];

/** Who may call a procedure for a record in pact A or B. */
export type Rule = (who: Who, record: RecordSide) => boolean;
export const rules = {
  everyone: () => true,
  signedIn: (who) => who !== "anonymous",
  ownPact: (who, record) => who === "nationalAdmin" || (who === "editorOfA" && record === "A") || (who === "editorOfB" && record === "B"),
  nationalAdmin: (who) => who === "nationalAdmin",
} satisfies { [name: string]: Rule };

export interface Fixture {
  handle: DatabaseHandle;
  pacts: { [R in RecordSide]: string };
  slugs: { [R in RecordSide]: string };
  /** The user ids of the signed-in callers. */
  users: { [W in Exclude<Who, "anonymous">]: string };
}

export interface Entry {
  rule: Rule;
  /** The input for a call on a record in pact A or B; built fresh per call (versions move). */
  input?: (f: Fixture, record: RecordSide) => Promise<unknown> | unknown;
}

export type MatrixFragment = { [path: string]: Entry };
