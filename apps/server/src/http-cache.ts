import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sessionCookieName } from "./session-cookie.ts";

/**
 * tRPC queries that show published data only and do not depend on who asks: these may be cached
 * by browsers and proxies. Anything else under /trpc is never stored.
 */
export const PUBLIC_TRPC_QUERIES: ReadonlySet<string> = new Set([
  "pact.list",
  "pact.get",
  "theme.list",
  "taxonomy.list",
  "stats.national",
  "map.regions",
  "insight.resultsAndEffects",
  "showcase.list",
  "search.query",
]);

export const PUBLIC_TRPC_CACHE_CONTROL = "public, max-age=60";
const NEVER_STORE = "private, no-store";

function hasSessionCookie(request: FastifyRequest): boolean {
  const cookies = request.cookies ?? {};
  return Boolean(cookies[sessionCookieName(true)] ?? cookies[sessionCookieName(false)]);
}

/** The procedure paths of a (batched) tRPC URL: `/trpc/pact.list,theme.list?batch=1&…`. */
export function trpcPaths(url: string): string[] {
  const pathname = (url.split("?")[0] ?? "").slice("/trpc/".length);
  try {
    return decodeURIComponent(pathname).split(",");
  } catch {
    return [pathname];
  }
}

function weakEtag(body: string | Buffer): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // Weak comparison (RFC 9110 §13.1.2): the W/ prefix does not matter.
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** tRPC answers with a fetch Response; its status, headers and body are taken over as text. */
async function asText(reply: FastifyReply, payload: unknown): Promise<{ body: string | Buffer | null; payload: unknown }> {
  if (typeof payload === "string" || Buffer.isBuffer(payload)) return { body: payload, payload };
  if (payload instanceof Response) {
    reply.code(payload.status);
    for (const [name, value] of payload.headers) reply.header(name, value);
    const text = await payload.text();
    return { body: text, payload: text };
  }
  return { body: null, payload };
}

/**
 * Public responses are cacheable: tRPC's public queries for anonymous visitors (Cache-Control
 * public, one minute) and the open data under /v1 (which sets its own Cache-Control). Each such
 * response gets an ETag, and a request whose If-None-Match matches it gets 304 without a body.
 * Signed-in callers' tRPC responses are never stored.
 */
export function registerHttpCaching(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" && request.method !== "HEAD") return payload;
    const isTrpc = request.url.startsWith("/trpc/");
    if (!isTrpc && !String(reply.getHeader("cache-control") ?? "").startsWith("public")) return payload;

    const { body, payload: next } = await asText(reply, payload);
    if (isTrpc) {
      const cacheable = reply.statusCode === 200 && !hasSessionCookie(request) && trpcPaths(request.url).every((path) => PUBLIC_TRPC_QUERIES.has(path));
      reply.header("Cache-Control", cacheable ? PUBLIC_TRPC_CACHE_CONTROL : NEVER_STORE);
      reply.header("Vary", "Cookie");
      if (!cacheable) return next;
    }
    if (body === null || reply.statusCode !== 200) return next;
    const etag = weakEtag(body);
    reply.header("ETag", etag);
    if (matches(request.headers["if-none-match"], etag)) {
      reply.code(304);
      reply.removeHeader("content-length");
      return null;
    }
    return next;
  });
}
