import type { ChildProcess } from "node:child_process";

export const repoRoot: string;
export const bundleMain: string;
export function freePort(): Promise<number>;
export function ensureServerBundle(): void;
export function waitForHealth(base: string, child?: ChildProcess, timeoutMs?: number): Promise<void>;

export interface ServerOptions {
  port?: number;
  databaseUrl?: string;
  dataDir?: string;
  seed?: boolean;
  source?: boolean;
  env?: Record<string, string>;
  log?: boolean;
  timeoutMs?: number;
}
export interface RunningServer {
  base: string;
  port: number;
  child: ChildProcess;
  startupMs: number;
  stop(): Promise<void>;
}
export function startServer(options?: ServerOptions): Promise<RunningServer>;

export function startPostgres(): Promise<{ url: string; port: number; stop(): Promise<void> }>;
export function nginxBinary(): string | null;
export function startNginx(upstreams: string[]): Promise<{ base: string; port: number; stop(): Promise<void> }>;
