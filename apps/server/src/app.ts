import fastifyCookie from "@fastify/cookie";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { createContextInner } from "@zorgpact/api/context";
import { fromDatabaseError } from "@zorgpact/api/errors";
import { PublicationCache, startPublicationTracker, type PublicationCacheLimits } from "@zorgpact/api/publication-cache";
import { appRouter, type AppRouter } from "@zorgpact/api/root";
import { isDatabaseReachable, type Db } from "@zorgpact/db/database";
import type { ObjectStorage } from "@zorgpact/storage/object-storage";
import Fastify, { type FastifyInstance } from "fastify";
import { calendarFeedRoutes } from "./calendar-feed.ts";
import { allowEvidenceUploads, evidenceRoutes } from "./evidence-route.ts";
import { registerCompression } from "./compression.ts";
import { BUILD_ID } from "./env.ts";
import { registerHttpCaching } from "./http-cache.ts";
import { openDataRoutes } from "./open-data/routes.ts";
import { registerOriginCheck } from "./origin-check.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { readSessionToken, sessionCookieJar } from "./session-cookie.ts";
import { registerStaticApps, type StaticApps } from "./static-apps.ts";
import { assertAllowedBatch } from "./trpc-batch.ts";
import { fastifyTrustProxy, type TrustProxy } from "./trust-proxy.ts";

export interface AppOptions {
  db: Db;
  staticApps?: StaticApps;
  logger?: boolean;
  production?: boolean;
  secureCookies?: boolean;
  allowedOrigins?: readonly string[];
  /** Which proxies' X-Forwarded-* headers count (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  /** Where evidence files are kept; without it, uploads answer SERVICE_UNAVAILABLE and /bewijs/ is not served. */
  evidenceStorage?: ObjectStorage;
  /**
   * The in-memory cache of public reads per publication version. `listenUrl` (PostgreSQL) makes
   * other server processes' changes invalidate it; without it only this process's changes do,
   * which is all there is on PGlite. `false` turns the cache off.
   */
  publicationCache?: false | { listenUrl?: string | undefined; searchPath?: string | undefined; limits?: PublicationCacheLimits };
}

/** Measurement imports travel as base64 in a mutation: a 2 MB file is ~2.7 MB of JSON. Evidence uploads get more (evidence-route.ts). */
const BODY_LIMIT = 4 * 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const production = options.production ?? false;
  const secureCookies = options.secureCookies ?? production;
  const app = Fastify({
    logger: options.logger ?? false,
    // The client's address decides login throttling, the application-form limit and the audit
    // log: take it from X-Forwarded-For only when it comes from a proxy the operator named.
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    routerOptions: { maxParamLength: 5000 },
    // Measurement imports travel as base64 in a mutation: a 2 MB file is ~2.7 MB of JSON.
    bodyLimit: BODY_LIMIT,
  });

  registerSecurityHeaders(app, { production });
  registerOriginCheck(app, options.allowedOrigins ?? []);
  let publicationCache: PublicationCache | undefined;
  if (options.publicationCache !== false) {
    const settings = options.publicationCache ?? {};
    const tracker = await startPublicationTracker(options.db, {
      listenUrl: settings.listenUrl,
      searchPath: settings.searchPath,
      log: (message) => app.log.warn(message),
    });
    publicationCache = new PublicationCache(tracker, settings.limits, BUILD_ID);
    app.addHook("onClose", async () => tracker.close());
  }
  registerHttpCaching(app, publicationCache);
  await registerCompression(app);
  await app.register(fastifyCookie);
  allowEvidenceUploads(app, BODY_LIMIT);

  app.get("/health", async (_request, reply) => {
    if (await isDatabaseReachable(options.db)) return { status: "ok", database: "ok" };
    return reply.code(503).send({ status: "error", database: "unreachable" });
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      // Oversized batches and batched logins are refused before anything runs. Resolving the
      // session reads the database: a lost connection there is SERVICE_UNAVAILABLE too, not a 500.
      createContext: ({ req, res, info }) => {
        assertAllowedBatch(info);
        return createContextInner({
          db: options.db,
          sessionToken: readSessionToken(req, secureCookies),
          ip: req.ip,
          cookies: sessionCookieJar(res, secureCookies),
          evidenceStorage: options.evidenceStorage,
        }).catch((error: unknown) => {
          throw fromDatabaseError(error);
        });
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "tRPC internal error");
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  await app.register(openDataRoutes, { prefix: "/v1", db: options.db });
  await app.register(calendarFeedRoutes, { db: options.db });
  if (options.evidenceStorage) await app.register(evidenceRoutes, { db: options.db, storage: options.evidenceStorage, secureCookies });

  if (options.staticApps) await registerStaticApps(app, options.staticApps, { production, db: options.db });
  return app;
}
