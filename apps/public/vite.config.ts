import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig } from "vite";
import { precompress } from "../../tooling/vite/precompress.ts";

// In development the API server (apps/server) runs on port 3000; in production it serves this build at /.
const apiServer = "http://127.0.0.1:3000";

// react-router's package exports only its development build (warnings and checks included); the
// browser bundle takes the production build it ships beside it (issue 14: the landing page's
// JavaScript budget, docs/performance.md). The server bundle keeps the package's own resolution.
const reactRouterProduction = join(dirname(createRequire(import.meta.url).resolve("react-router/package.json")), "dist/production/index.mjs");

export default defineConfig(({ isSsrBuild }) => ({
  base: "/",
  // The server bundle (dist-server/, `vite build --ssr`) is read from disk, never sent: no .br/.gz.
  plugins: [react(), ...(isSsrBuild ? [] : [precompress()])],
  resolve: isSsrBuild ? {} : { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/trpc": apiServer, "/v1": apiServer, "/health": apiServer },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No source maps: production serves minified code only (issue 14).
    sourcemap: false,
    // bench/landing-js-size.mjs reads which chunks the landing page loads from the manifest.
    manifest: true,
    // Every browser this site supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // @trpc/client declares no "sideEffects": importing only TRPCClientError (src/api-client.ts,
      // @zorgpact/ui's error helpers) would otherwise keep its WebSocket link and error tables
      // (about 2 KiB brotli) in the landing page's entry. Neither package has import-time effects.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]@trpc[\\/](client|server)[\\/]/.test(id) },
    },
  },
}));
