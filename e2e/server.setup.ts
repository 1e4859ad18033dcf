import type { TestProject } from "vitest/node";
import { startServer, type RunningServer } from "../bench/lib/server.mjs";

let server: RunningServer | undefined;

/** Starts the built platform (the server bundle, plain node) on a fresh embedded database with demo data. */
export async function setup(project: TestProject): Promise<void> {
  server = await startServer({ log: true, timeoutMs: 90_000 });
  project.provide("baseUrl", server.base);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
