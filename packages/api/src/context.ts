import type { Db } from "@zorgpact/db/database";

/** What every procedure may use; built without an HTTP request in tests (createCaller). */
export interface Context {
  db: Db;
}

export interface ContextOptions {
  db: Db;
}

export function createContextInner(options: ContextOptions): Context {
  return { db: options.db };
}
