import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi.ts";

const run = promisify(execFile);
const redocly = fileURLToPath(new URL("../../node_modules/.bin/redocly", import.meta.url));

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string }[];
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "openapi-lint-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs Redocly's own CLI with its built-in "recommended" rules, as an outside consumer would. */
async function lint(document: unknown): Promise<LintReport> {
  const file = join(folder, "openapi.json");
  await writeFile(file, JSON.stringify(document));
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
  const result = await run(redocly, ["lint", file, "--format=json", "--extends=recommended"], { env }).catch((error: { stdout?: string }) => error);
  return JSON.parse(String(result.stdout)) as LintReport;
}

describe("the open-data API description", () => {
  it("passes Redocly's recommended rules without errors", { timeout: 60_000 }, async () => {
    const report = await lint(buildOpenApiDocument());
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    // The one warning left: /openapi.json itself has no 4xx answer, and claiming one would be untrue.
    expect(report.problems.map((p) => p.ruleId)).toEqual(["operation-4xx-response"]);
  });

  it("would catch an operation that does not declare its security", { timeout: 60_000 }, async () => {
    const document = buildOpenApiDocument() as { paths: Record<string, { get: { security?: unknown } }> };
    delete document.paths["/pacts"]?.get.security;
    const report = await lint(document);
    expect(report.problems.map((p) => p.ruleId)).toContain("security-defined");
  });
});
