import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file boots its own database: on PGlite from one migrated template made per run.
    globalSetup: ["@zorgpact/db/test/pglite-template.global"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
