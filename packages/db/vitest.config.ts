import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file boots its own database: on PGlite from one migrated template made per run.
    globalSetup: ["./src/test/pglite-template.global.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
