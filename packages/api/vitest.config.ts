import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file boots its own database: on PGlite from one migrated template made per run.
    globalSetup: ["@zorgpact/db/test/pglite-template.global"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // vitest's default is one worker fewer than the cores: one worker on CI's two, where this
    // package's tests (the longest task) run last and mostly alone. Two keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
