import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A PostgreSQL server of a test's own, so the test may stop and restart it without pulling the
 * database from under the other test files (they share the server of scripts/with-postgres.sh).
 * Needs the PostgreSQL binaries in PG_BIN; as root, the server runs as the `postgres` user
 * (initdb refuses root).
 */
export interface PostgresCluster {
  url: string;
  /** `pg_ctl restart`: stop in the given mode and start again at once. */
  restart(mode: "fast" | "immediate"): Promise<void>;
  stop(mode: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export function postgresBinaries(): string | undefined {
  return process.env.PG_BIN;
}

export async function startPostgresCluster(pgBin: string): Promise<PostgresCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "zorgpact-restart-pg-"));
  if (asRoot) chownSync(dir, Number((await run("id", ["-u", "postgres"])).stdout.trim()), Number((await run("id", ["-g", "postgres"])).stdout.trim()));
  const asPostgres = (command: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(pgBin, command), ...args]) : run(join(pgBin, command), args);

  const port = await freePort();
  const data = join(dir, "data");
  // -l: the server's output goes to a file, so no pipe of ours stays open while it runs.
  const pgCtl = (...args: string[]) => asPostgres("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", ...args]);

  await asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  // `pg_ctl restart` reuses these options; a plain `start` needs them again.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=50`;
  await pgCtl("-o", options, "start");
  await asPostgres("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-qc", "create database zorgpact_restart"]);

  return {
    url: `postgres://postgres@127.0.0.1:${port}/zorgpact_restart`,
    restart: async (mode) => void (await pgCtl("-m", mode, "restart")),
    stop: async (mode) => void (await pgCtl("-m", mode, "stop")),
    start: async () => void (await pgCtl("-o", options, "start")),
    async destroy() {
      await pgCtl("-m", "immediate", "stop").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
