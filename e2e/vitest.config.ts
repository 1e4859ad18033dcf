import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./server.setup.ts"],
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
