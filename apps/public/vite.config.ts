import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API server (apps/server) runs on port 3000; in production it serves this build at /.
const apiServer = "http://127.0.0.1:3000";

export default defineConfig({
  base: "/",
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/trpc": apiServer, "/v1": apiServer, "/health": apiServer },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // bench/landing-js-size.mjs reads which chunks the landing page loads from the manifest.
    manifest: true,
    // Every browser this site supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
