import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createTestUser, TEST_PASSWORD } from "@zorgpact/api/test/caller";
import { createDatabase, type DatabaseHandle } from "@zorgpact/db/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, postgresBinaries, startPostgresCluster, type PostgresCluster } from "./test/postgres-cluster.ts";

/**
 * The real server process (src/main.ts) against a PostgreSQL server of its own, restarted while
 * editors keep writing. Only in the PostgreSQL pass (scripts/with-postgres.sh exports PG_BIN):
 * PGlite runs inside the process and cannot restart.
 */
const pgBin = postgresBinaries();
const serverDir = fileURLToPath(new URL("../", import.meta.url));
const WRITERS = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface WriteOutcome {
  name: string;
  status: number;
  code: string | null;
}

describe.runIf(process.env.DATABASE_URL && pgBin)("the server while PostgreSQL restarts under write load", () => {
  let cluster: PostgresCluster;
  let server: ChildProcess;
  let serverOutput = "";
  let base = "";
  let cookie = "";
  let check: DatabaseHandle;

  beforeAll(async () => {
    cluster = await startPostgresCluster(pgBin!);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: serverDir,
      env: {
        ...process.env,
        DATABASE_URL: cluster.url,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "test",
        SEED_DEMO: "false",
        TRUST_PROXY: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
    await waitForHealth(200, 90_000);

    // The server has migrated the database; a national admin signs in over HTTP.
    check = await createDatabase({
      kind: "postgres",
      url: cluster.url,
      max: 2,
    });
    const { email } = await createTestUser(check.db, "national_admin");
    const login = await post("auth.login", {
      email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;
  }, 180_000);

  afterAll(async () => {
    server?.kill("SIGTERM");
    await check?.close();
    await cluster?.destroy();
  });

  function post(path: string, input: unknown) {
    return fetch(`${base}/trpc/${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: base,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(30_000),
    });
  }

  async function health(): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${base}/health`, {
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: await response.json() };
  }

  async function waitForHealth(status: number, timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${serverOutput}`);
      const answer = await health().catch(() => null);
      if (answer?.status === status) return;
      await sleep(50);
    }
    throw new Error(`/health did not answer ${status} within ${timeoutMs} ms`);
  }

  /** Editors creating organisations one after another, each with a name of its own. */
  function startWriters() {
    const outcomes: WriteOutcome[] = [];
    let running = true;
    let sequence = 0;
    const writer = async (w: number) => {
      while (running) {
        const name = `Herstarttest ${w}-${++sequence}`;
        try {
          const response = await post("organisation.create", {
            name,
            sector: "other",
            level: null,
            place: null,
          });
          const body = (await response.json()) as {
            error?: { data?: { code?: string } };
          };
          outcomes.push({
            name,
            status: response.status,
            code: body.error?.data?.code ?? null,
          });
        } catch {
          // No HTTP answer at all: the process is gone or hung; the checks below say which.
          outcomes.push({ name, status: 0, code: null });
          await sleep(50);
        }
      }
    };
    const done = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    return {
      outcomes,
      acknowledged: () => outcomes.filter((o) => o.status === 200).length,
      async stop() {
        running = false;
        await done;
        return outcomes;
      },
    };
  }

  async function untilMoreAcknowledged(writers: ReturnType<typeof startWriters>, more: number): Promise<void> {
    const target = writers.acknowledged() + more;
    const until = Date.now() + 60_000;
    while (writers.acknowledged() < target) {
      if (Date.now() > until) throw new Error(`no writes acknowledged after recovery:\n${serverOutput}`);
      await sleep(20);
    }
  }

  it("stays up, answers 503 on /health while the database is away, recovers by itself and loses no acknowledged write", async () => {
    const writers = startWriters();
    const healthSeen: number[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        healthSeen.push((await health().catch(() => ({ status: 0 }))).status);
        await sleep(25);
      }
    })();

    let restarts = 0;
    let outcomes: WriteOutcome[];
    try {
      await untilMoreAcknowledged(writers, 20);
      for (const mode of ["fast", "immediate"] as const) {
        await cluster.restart(mode);
        restarts++;
        await waitForHealth(200);
        await untilMoreAcknowledged(writers, 20);
      }

      // A stop and a start a second apart: the window in which the database is certainly away.
      await cluster.stop("immediate");
      const away = await health();
      expect(away).toEqual({
        status: 503,
        body: { status: "error", database: "unreachable" },
      });
      await sleep(1_000);
      expect((await health()).status).toBe(503);
      await cluster.start();
      restarts++;
      await waitForHealth(200);
      await untilMoreAcknowledged(writers, 20);
    } finally {
      outcomes = await writers.stop();
      watching = false;
      await watcher;
    }

    // The process lived through every restart.
    expect(server.exitCode).toBeNull();
    expect(serverOutput).not.toMatch(/Unhandled 'error' event|uncaughtException/);

    // Every failure was a clean "try again" (503 SERVICE_UNAVAILABLE), never a 500 or a dropped connection.
    const failures = outcomes.filter((o) => o.status !== 200);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((o) => o.status !== 503 || o.code !== "SERVICE_UNAVAILABLE")).toEqual([]);
    expect(healthSeen).toContain(503);
    expect(healthSeen.filter((status) => status !== 200 && status !== 503)).toEqual([]);

    // Every write the server acknowledged is in the database.
    const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.name);
    const stored = new Set((await check.db.selectFrom("organisations").select("name").where("name", "like", "Herstarttest %").execute()).map((r) => r.name));
    const lost = acknowledged.filter((name) => !stored.has(name));
    expect(lost).toEqual([]);

    console.info(
      `[restart] restarts survived: ${restarts}; writes acknowledged: ${acknowledged.length}; failed cleanly: ${failures.length} ` +
        `(of which committed anyway: ${failures.filter((o) => stored.has(o.name)).length}); acknowledged writes lost: ${lost.length}`,
    );
  }, 240_000);
});
