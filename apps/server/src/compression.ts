import { constants } from "node:zlib";
import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Brotli or gzip for every dynamic text response (tRPC, /v1, pages, the calendar feed).
 * Registered after the HTTP cache so the ETag is taken from the uncompressed body and a 304
 * stays empty. Brotli runs at quality 5: quality 11 (the default) costs ~10× the CPU per request
 * for a few percent fewer bytes; static files are compressed at 11 once, at build time
 * (tooling/vite-precompress.mjs), and served as they are.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ["br", "gzip"],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    zlibOptions: { level: 6 },
  });
}
