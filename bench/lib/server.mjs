// One way to start the platform for the benchmarks and the browser and multi-instance tests: the
// server bundle (apps/server/dist, built here when missing or older than the sources) started
// with plain `node`, on a fresh embedded database with the demo seed or on PostgreSQL; plus a
// throwaway PostgreSQL cluster and an nginx in front of several servers. Loopback only, random
// free ports; every stop() also removes its temp folders.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, chownSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const serverDir = join(repoRoot, "apps/server");
export const bundleMain = join(serverDir, "dist/main.js");

/** A port nobody listens on right now (the kernel picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds apps/server/dist when it is missing or older than the server's or the packages' sources. */
export function ensureServerBundle() {
  const sources = [
    join(serverDir, "src"),
    join(serverDir, "build.mjs"),
    ...["api", "db", "domain", "storage"].map((p) => join(repoRoot, "packages", p, "src")),
  ];
  const built = existsSync(bundleMain) ? statSync(bundleMain).mtimeMs : 0;
  const newest = Math.max(...sources.filter((s) => existsSync(s)).map((s) => (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs)));
  if (built > newest) return;
  execFileSync(process.execPath, ["build.mjs"], { cwd: serverDir, stdio: ["ignore", "ignore", "inherit"] });
}

export async function waitForHealth(base, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server at ${base} did not become healthy within ${timeoutMs} ms`);
}

async function stopChild(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the production server. `databaseUrl` for PostgreSQL, else a fresh PGlite (demo seed) in a
 * temp folder, or `dataDir` to reuse one. `source: true` runs src/main.ts through tsx instead of
 * the bundle (the development way, for comparison).
 */
export async function startServer(options = {}) {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const tempDir = options.databaseUrl || options.dataDir ? null : mkdtempSync(join(tmpdir(), "zorgpact-server-"));
  if (!options.source) ensureServerBundle();
  const args = options.source ? ["--import", "tsx", "src/main.ts"] : [bundleMain];
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl ?? "",
      PGLITE_DATA_DIR: options.dataDir ?? (tempDir ? join(tempDir, "pglite") : ""),
      SEED_DEMO: options.seed === false ? "false" : "true",
      ...options.env,
    },
    stdio: ["ignore", options.log ? "inherit" : "ignore", "inherit"],
  });
  const stop = async () => {
    await stopChild(child);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, child, options.timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, port, child, startupMs: Date.now() - started, stop };
}

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** A throwaway PostgreSQL 15 cluster on a free loopback port (as scripts/with-postgres.sh does). */
export async function startPostgres() {
  if (!existsSync(join(PG_BIN, "initdb"))) throw new Error(`PostgreSQL 15 niet gevonden in ${PG_BIN}`);
  const dir = mkdtempSync(join(tmpdir(), "zorgpact-pg-"));
  const root = process.getuid?.() === 0;
  const asPg = (cmd, args) => (root ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args]);
  if (root) execFileSync("chown", ["postgres", dir]);
  const port = await freePort();
  const run = (cmd, args) => {
    const [c, a] = asPg(cmd, args);
    execFileSync(c, a, { stdio: ["ignore", "ignore", "inherit"] });
  };
  run(join(PG_BIN, "initdb"), ["-D", join(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  run(join(PG_BIN, "pg_ctl"), [
    "-D",
    join(dir, "data"),
    "-l",
    join(dir, "log"),
    "-w",
    "-o",
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`,
    "start",
  ]);
  run(join(PG_BIN, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-qc", "create database zorgpact"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/zorgpact`,
    port,
    async stop() {
      try {
        run(join(PG_BIN, "pg_ctl"), ["-D", join(dir, "data"), "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** nginx from the distribution (scripts/lib.sh ensure_nginx), if it is there. */
export function nginxBinary() {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  return null;
}

/**
 * nginx in the foreground with a temp config: round-robin over `upstreams` (base URLs), passing
 * the client's address in X-Forwarded-For as a real proxy does. Temp folders for its logs and
 * bodies, so it needs no root and touches nothing of the system's nginx.
 */
export async function startNginx(upstreams) {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx ontbreekt: installeer het met 'apt-get install -y nginx-light' (scripts/lib.sh: ensure_nginx)");
  const dir = mkdtempSync(join(tmpdir(), "zorgpact-nginx-"));
  for (const sub of ["body", "proxy", "logs"]) mkdirSync(join(dir, sub));
  if (process.getuid?.() === 0) for (const sub of ["body", "proxy"]) chownSync(join(dir, sub), 65534, 65534);
  const port = await freePort();
  const servers = upstreams.map((base) => `    server ${new URL(base).host};`).join("\n");
  writeFileSync(
    join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  upstream zorgpact {
${servers}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://zorgpact;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
    }
  }
}
`,
  );
  const child = spawn(binary, ["-c", join(dir, "nginx.conf"), "-p", dir, "-e", join(dir, "logs/error.log")], { stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, child, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, port, stop };
}
