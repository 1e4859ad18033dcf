import { fileURLToPath } from "node:url";
import { z } from "zod";
import { parseTrustProxy } from "./trust-proxy.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  /** Load demo data into an empty database. Default: on for the embedded database, off for PostgreSQL. */
  SEED_DEMO: booleanFlag,
  DEMO_PASSWORD: z.string().min(12).default("zorgpact-demo-2026"),
  /** Extra origins allowed to send mutations, comma-separated (the Vite dev servers in development). */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** The proxies whose X-Forwarded-* headers count: off, a number of hops, or addresses/CIDRs (see trust-proxy.ts). */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  /** The in-memory cache of public reads per publication version; on unless "false" (benchmarks compare). */
  PUBLICATION_CACHE: booleanFlag,
  /** Secure, __Host- cookies; default on in production. */
  COOKIE_SECURE: booleanFlag,
  /** Evidence files: a folder (default `<PGLITE_DATA_DIR>-files`), or an S3-compatible bucket when EVIDENCE_S3_BUCKET is set. */
  EVIDENCE_DIR: z.string().optional(),
  EVIDENCE_S3_BUCKET: z.string().optional(),
  EVIDENCE_S3_ENDPOINT: z.string().url().optional(),
  EVIDENCE_S3_REGION: z.string().default("eu-central-1"),
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  PUBLIC_DIST: z.string().default(`${repoRoot}apps/public/dist`),
  ADMIN_DIST: z.string().default(`${repoRoot}apps/admin/dist`),
});

export type ServerEnv = z.infer<typeof envSchema>;

/** Changes with every build of the bundle (build.mjs defines it): part of the public ETags. */
export const BUILD_ID = process.env.ZORGPACT_BUILD_ID ?? "dev";

export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(`Ongeldige configuratie:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
