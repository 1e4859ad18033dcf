import { createHash } from "node:crypto";
import type { PublicationCache } from "@zorgpact/api/publication-cache";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { OPEN_DATA_CACHE_CONTROL } from "./open-data/routes.ts";
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
  // Read by the national figures and the pages behind them; every write to what they count goes
  // through `mutate`, which raises the publication version.
  "agenda.getPublic",
  "pact.indicatorSeries",
  "programme.overview",
  "programme.pacts",
  "region.list",
  "barrier.stats",
  "report.environment",
  "report.live",
  "report.snapshots",
  "report.snapshot",
]);

export const PUBLIC_TRPC_CACHE_CONTROL = "public, max-age=60";
const NEVER_STORE = "private, no-store";

const SESSION_COOKIES = [sessionCookieName(true), sessionCookieName(false)];

/** From the raw header: the publication cache answers before the cookie plugin parses it. */
function hasSessionCookie(request: FastifyRequest): boolean {
  const header = request.headers.cookie;
  if (!header) return false;
  return header.split(";").some((pair) => SESSION_COOKIES.includes(pair.split("=")[0]?.trim() ?? ""));
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

/** Which kind of public read a URL is, if the publication cache may answer it. */
function publicRead(url: string): "trpc" | "open-data" | null {
  if (url.startsWith("/trpc/")) return trpcPaths(url).every((path) => PUBLIC_TRPC_QUERIES.has(path)) ? "trpc" : null;
  // Downloads are large and streamed: they are built per request.
  if ((url === "/v1" || url.startsWith("/v1/") || url.startsWith("/v1?")) && !url.startsWith("/v1/downloads/")) return "open-data";
  return null;
}

/** Headers of an answer that are replayed from the cache (not the per-response ones). */
const NOT_REPLAYED = new Set(["content-length", "date", "etag", "set-cookie", "connection", "transfer-encoding", "keep-alive"]);

function replayableHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || NOT_REPLAYED.has(name.toLowerCase())) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return headers;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set for an anonymous public read: the cache key and the publication version it is built at. */
    publicationRead?: { key: string; version: number; fromCache: boolean };
  }
}

/**
 * Public responses are cacheable: tRPC's public queries for anonymous visitors (Cache-Control
 * public, one minute) and the open data under /v1 (which sets its own Cache-Control).
 *
 * With a publication cache (publication-cache.ts), an anonymous GET of a public read is answered
 * from memory while the publication version it was built at is current, and its ETag is that
 * version: a matching If-None-Match gets 304 before anything is read or built. Any other public
 * response gets an ETag hashed from its body. Signed-in callers' tRPC responses are never stored.
 */
export function registerHttpCaching(app: FastifyInstance, cache?: PublicationCache): void {
  if (cache) {
    app.addHook("onRequest", async (request, reply) => {
      if (request.method !== "GET" || hasSessionCookie(request)) return;
      const kind = publicRead(request.url);
      if (!kind) return;
      const version = cache.version;
      const etag = cache.etag(version);
      if (matches(request.headers["if-none-match"], etag)) {
        // A 304 carries the caching headers the full answer would have had.
        if (kind === "trpc") reply.header("Cache-Control", PUBLIC_TRPC_CACHE_CONTROL).header("Vary", "Cookie");
        else reply.header("Cache-Control", OPEN_DATA_CACHE_CONTROL);
        request.publicationRead = { key: request.url, version, fromCache: true };
        return reply.code(304).header("ETag", etag).send();
      }
      const answer = cache.get(request.url);
      request.publicationRead = { key: request.url, version, fromCache: Boolean(answer) };
      if (answer) return reply.code(answer.status).headers(answer.headers).header("ETag", etag).send(answer.body);
    });
  }

  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" && request.method !== "HEAD") return payload;
    const read = request.publicationRead;
    if (read?.fromCache) return payload;
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
    if (read && cache) {
      // Stored under the version read before the data: a change committed meanwhile has raised
      // the version, so this answer is never served as newer than it is.
      reply.header("ETag", cache.etag(read.version));
      cache.set(read.key, read.version, { status: 200, headers: replayableHeaders(reply), body });
      return next;
    }
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
