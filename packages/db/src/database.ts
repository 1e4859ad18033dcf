import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { createPGliteKysely } from "./pglite-dialect.ts";
import type { Database } from "./schema.ts";

export type Db = Kysely<Database>;

export type DatabaseConfig =
  | {
      kind: "pglite";
      dataDir?: string | undefined;
      /** A data directory dumped by PGlite's dumpDataDir, loaded instead of running initdb (test databases). */
      loadDataDir?: Blob | undefined;
    }
  | { kind: "postgres"; url: string; searchPath?: string | undefined; max?: number | undefined };

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseConfig["kind"];
  close(): Promise<void>;
}

const OID = { int8: 20, date: 1082, timestamptz: 1184, timestamp: 1114 } as const;

/** Dates stay `YYYY-MM-DD` (no day shift in Europe/Amsterdam), timestamps become ISO strings. */
const toIsoTimestamp = (value: string) => new Date(value).toISOString();
const keepDate = (value: string) => value;
/** Money in cents fits a JS number far beyond any programme budget (2^53 cents). */
const toNumber = (value: string) => Number(value);

const pgParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: toNumber,
  [OID.date]: keepDate,
  [OID.timestamptz]: toIsoTimestamp,
  [OID.timestamp]: toIsoTimestamp,
};

export async function createDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const plugins = [new CamelCasePlugin()];
  if (config.kind === "pglite") {
    // PGlite creates its own folder but not the folders above it.
    if (config.dataDir && !config.dataDir.includes("://")) mkdirSync(dirname(config.dataDir), { recursive: true });
    const pglite = await PGlite.create(config.dataDir ?? "memory://", {
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
      parsers: {
        [pgliteTypes.INT8]: toNumber,
        [pgliteTypes.DATE]: keepDate,
        [pgliteTypes.TIMESTAMPTZ]: toIsoTimestamp,
        [pgliteTypes.TIMESTAMP]: toIsoTimestamp,
      },
    });
    const db = createPGliteKysely<Database>(pglite, { plugins });
    return { db, kind: "pglite", close: () => db.destroy() };
  }

  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.max ?? 10,
    // A server that does not answer (network gone, not refused) fails the request instead of
    // holding it forever; keep-alive notices a vanished peer on an idle connection.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    ...(config.searchPath ? { options: `-c search_path=${config.searchPath}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") => pgParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  listenForConnectionErrors(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  return { db, kind: "postgres", close: () => db.destroy() };
}

/**
 * PostgreSQL ends every connection when it stops or restarts (57P01), also the ones a request
 * holds between two queries of a transaction. `pg` reports that as an 'error' event on the
 * client, and an 'error' event without a listener ends the Node process. The pool listens only
 * to idle clients, so every client gets a listener of its own from the moment it connects; the
 * query that was running fails with a connection error (SERVICE_UNAVAILABLE in the API) and the
 * pool opens a new connection for the next one.
 */
function listenForConnectionErrors(pool: pg.Pool): void {
  const warn = (error: Error) => console.warn(`[db] connection lost: ${error.message}`);
  pool.on("connect", (client) => {
    client.on("error", warn);
  });
  // The pool repeats an idle client's error on itself (and throws without a listener): the
  // client's own listener above has already logged it.
  pool.on("error", () => undefined);
}

/** Whether the database answers; used by the health check. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
