import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  createQueryId,
  IdentifierNode,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  RawNode,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type KyselyConfig,
  type QueryCompiler,
  type QueryResult,
  type Transaction,
  type TransactionBuilder,
  type TransactionSettings,
} from "kysely";

/** Whether the async context running a query is the callback of a transaction still open. */
interface TransactionScope {
  open: boolean;
}

/**
 * Kysely over PGlite. PGlite is one connection, so the driver hands it out to one caller at a
 * time: a transaction holds it from BEGIN to COMMIT and nothing else interleaves. That makes
 * one mistake fatal: a query on `db` inside `db.transaction().execute(...)` waits for the
 * transaction, which waits for the query. Create the Kysely instance with `createPGliteKysely`
 * and that query fails at once, telling the caller to use `trx`, instead of hanging forever.
 */
export class PGliteDialect implements Dialect {
  readonly transactionScope = new AsyncLocalStorage<TransactionScope>();

  constructor(private readonly pglite: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pglite, this.transactionScope);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}

/** A Kysely instance over PGlite whose transactions mark their callback's async context. */
export function createPGliteKysely<DB>(pglite: PGlite, config: Omit<KyselyConfig, "dialect"> = {}): Kysely<DB> {
  const dialect = new PGliteDialect(pglite);
  return new PGliteKysely<DB>({ ...config, dialect }, dialect.transactionScope);
}

class PGliteKysely<DB> extends Kysely<DB> {
  constructor(
    config: KyselyConfig,
    private readonly scope: AsyncLocalStorage<TransactionScope>,
  ) {
    super(config);
  }

  override transaction(): TransactionBuilder<DB> {
    return scoped(super.transaction(), this.scope);
  }
}

/** The builder, with `execute` running its callback inside a scope that says "a transaction holds the connection". */
function scoped<DB>(builder: TransactionBuilder<DB>, scope: AsyncLocalStorage<TransactionScope>): TransactionBuilder<DB> {
  return new Proxy(builder, {
    get(target, key) {
      if (key === "execute") {
        return async (callback: (trx: Transaction<DB>) => Promise<unknown>) => {
          const state: TransactionScope = { open: true };
          try {
            return await target.execute((trx) => scope.run(state, () => callback(trx)));
          } finally {
            state.open = false;
          }
        };
      }
      if (key === "setAccessMode" || key === "setIsolationLevel") {
        return (value: never) => scoped(target[key](value), scope);
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: PGliteConnection;

  constructor(
    private readonly pglite: PGlite,
    private readonly scope: AsyncLocalStorage<TransactionScope>,
  ) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.scope.getStore()?.open) {
      throw new Error(
        "PGlite: a query on `db` inside a transaction on the same database waits for that transaction forever: use trx inside a transaction (pass the transaction's `trx` to the repository).",
      );
    }
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.connection.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // The same statement as Kysely's PostgreSQL driver: isolation level and access mode together.
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : "";
    const access = settings.accessMode ? ` ${settings.accessMode}` : "";
    await connection.executeQuery(CompiledQuery.raw(isolation || access ? `start transaction${isolation}${access}` : "begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand("savepoint", name), createQueryId()));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand("rollback to", name), createQueryId()));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand("release", name), createQueryId()));
  }

  async releaseConnection(): Promise<void> {
    const release = this.connection.release;
    this.connection.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.queue;
    if (!this.pglite.closed) await this.pglite.close();
  }
}

/** `savepoint "name"`: the name goes through the compiler as an identifier, so it is quoted. */
function savepointCommand(command: string, name: string): RawNode {
  return RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)]);
}

class PGliteConnection implements DatabaseConnection {
  release: (() => void) | undefined;

  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    // Taken before the query: its async frames lead back to the code that asked for it, which
    // PGlite's own error (raised deep in its message loop) does not show.
    const callSite = new Error();
    try {
      const result = await this.pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
      // PGlite counts the rows of every INSERT/UPDATE/DELETE/MERGE command tag, also of a
      // statement that starts with `with`: use it whatever the statement's first word.
      return { rows: result.rows, ...(result.affectedRows !== undefined ? { numAffectedRows: BigInt(result.affectedRows) } : {}) };
    } catch (error) {
      throw withCallerStack(error, callSite);
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not supported on PGlite");
  }
}

/** The error itself (its SQLSTATE `code` is what callers classify), with the caller's frames added to its stack. */
function withCallerStack(error: unknown, callSite: Error): unknown {
  if (error instanceof Error && callSite.stack) {
    const frames = callSite.stack.split("\n").slice(1).join("\n");
    error.stack = `${error.stack ?? `${error.name}: ${error.message}`}\n${frames}`;
  }
  return error;
}
