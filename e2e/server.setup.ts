import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
let server: ChildProcess | undefined;
let dataDir: string | undefined;

/** Starts the built platform on a fresh embedded database with demo data, on a free port. */
export async function setup(project: TestProject): Promise<void> {
  const port = 3900 + Math.floor(Math.random() * 90);
  dataDir = mkdtempSync(join(tmpdir(), "zorgpact-e2e-"));
  server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: join(repoRoot, "apps/server"),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: join(dataDir, "pglite"),
      SEED_DEMO: "true",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, 90_000);
  project.provide("baseUrl", baseUrl);
}

export async function teardown(): Promise<void> {
  server?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms`);
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
