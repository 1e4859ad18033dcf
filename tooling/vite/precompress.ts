import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|xml|ics)$/;
// Below this, headers outweigh the saving.
const MIN_BYTES = 1024;

async function* files(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Writes a .br (brotli, quality 11) and a .gz (gzip, level 9) beside every text file of the build,
 * once, so the server hands them out as they are (@fastify/static `preCompressed`) instead of
 * compressing every request.
 */
/** The part of Vite's plugin interface used here; kept structural so this file needs no Vite import of its own. */
interface BuildPlugin {
  name: string;
  apply: "build";
  configResolved(config: { root: string; build: { outDir: string } }): void;
  closeBundle(): Promise<void>;
}

export function precompress(): BuildPlugin {
  let outDir = "dist";
  return {
    name: "zorgpact-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir.startsWith("/") ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async closeBundle() {
      for await (const path of files(outDir)) {
        if (!COMPRESSIBLE.test(path) || (await stat(path)).size < MIN_BYTES) continue;
        const content = await readFile(path);
        await writeFile(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
