#!/usr/bin/env node
// Bundles the server (src/main.ts and the scripts production needs) into dist/ as ESM for plain
// `node`: the workspace's TypeScript and the pure-JS libraries go into the bundle; packages that
// load files relative to their own module at run time (PGlite's .wasm/.data, pg's optional native
// binding) stay external. pnpm links those packages only where they are declared, not beside
// dist/, so each external import is rewritten to the file it resolves to at build time, relative
// to dist/: the bundle runs from this checkout's node_modules, rebuilt by `build` after installs.
//   node build.mjs            (pnpm --filter @zorgpact/server build)
//   node build.mjs --sourcemap   (with linked source maps)
import { rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const serverDir = dirname(fileURLToPath(import.meta.url));
const outdir = join(serverDir, "dist");

/** Bare imports kept out of the bundle: they read files next to their own module when they run. */
const EXTERNAL = [/^@electric-sql\/pglite(\/|$)/, /^pg(\/|$)/, /^pg-native$/, /^pg-cloudflare$/];

/** Resolves an external import from the importing file, as Node would, and points dist/ at it. */
const linkExternals = {
  name: "link-externals",
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("node:") || !EXTERNAL.some((pattern) => pattern.test(args.path))) return undefined;
      if (args.path === "pg-native" || args.path === "pg-cloudflare") return { path: args.path, external: true };
      if (args.pluginData === "resolving") return undefined;
      // esbuild's own resolution (import conditions, as Node's ESM loader), then kept out.
      const resolved = await context.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: "resolving" });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      const path = relative(outdir, resolved.path).split("\\").join("/");
      return { path: path.startsWith(".") ? path : `./${path}`, external: true };
    });
  },
};

const started = Date.now();
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: "src/main.ts", seed: "src/scripts/seed.ts", "create-admin": "src/scripts/create-admin.ts" },
  absWorkingDir: serverDir,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Source maps only when asked (`node build.mjs --sourcemap`, for debugging with
  // --enable-source-maps): they are two thirds of the output and half the build time of every fresh start.
  sourcemap: process.argv.includes("--sourcemap") ? "linked" : false,
  metafile: true,
  logLevel: "warning",
  chunkNames: "[name]-[hash]",
  plugins: [linkExternals],
  // CommonJS libraries in an ESM bundle call require() for Node's own modules.
  banner: { js: 'import { createRequire as __zpCreateRequire } from "node:module"; const require = __zpCreateRequire(import.meta.url);' },
  // Part of the public ETags (app.ts): a new build may shape the same data differently.
  define: { "process.env.ZORGPACT_BUILD_ID": JSON.stringify(Date.now().toString(36)) },
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`dist/ gebouwd in ${Date.now() - started} ms: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
