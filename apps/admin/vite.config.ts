import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "../../tooling/vite/precompress.ts";

// In development the API server (apps/server) runs on port 3000; in production it serves this build at /admin/.
const apiServer = "http://127.0.0.1:3000";

export default defineConfig({
  base: "/admin/",
  plugins: [react(), precompress()],
  server: {
    port: 5174,
    strictPort: true,
    proxy: { "/trpc": apiServer, "/v1": apiServer, "/health": apiServer },
  },
  // No source maps: production serves minified code only (issue 14).
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
});
