import type { Migration } from "kysely";
import * as foundation from "./2026_11_23_0001_foundation.ts";
import * as accounts from "./2026_11_23_0002_accounts.ts";
import * as administration from "./2026_11_23_0003_administration.ts";
import * as agenda from "./2026_11_23_0004_agenda.ts";

/** Every migration, in order. Listed statically so bundlers and tsx see the same set. */
export const migrations: Record<string, Migration> = {
  "2026_11_23_0001_foundation": foundation,
  "2026_11_23_0002_accounts": accounts,
  "2026_11_23_0003_administration": administration,
  "2026_11_23_0004_agenda": agenda,
};
