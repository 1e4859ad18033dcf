import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each file boots its own database (PGlite takes a few seconds to start).
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
