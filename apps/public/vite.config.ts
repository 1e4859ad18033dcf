import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "../../tooling/vite/precompress.ts";

// In development the API server (apps/server) runs on port 3000; in production it serves this build at /.
const apiServer = "http://127.0.0.1:3000";

export default defineConfig(({ isSsrBuild }) => ({
  base: "/",
  // The server bundle (dist-server/, `vite build --ssr`) is read from disk, never sent: no .br/.gz.
  plugins: [react(), ...(isSsrBuild ? [] : [precompress()])],
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
  },
}));
