import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * CSRF defence: a state-changing request must come from an allowed origin, whatever its content
 * type (browsers send form posts cross-site without a preflight). Same-origin is judged by the
 * Host the request came in on; behind a proxy named in TRUST_PROXY, by X-Forwarded-Host.
 */
export function registerOriginCheck(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  app.addHook("onRequest", async (request, reply) => {
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
    if (isAllowedOrigin(request, allowedOrigins)) return;
    request.log.warn({ origin: request.headers.origin ?? null, url: request.url }, "refused: origin not allowed");
    return reply.code(403).send({
      error: { message: "Dit verzoek komt niet van een toegestane herkomst (Origin) en is geweigerd.", code: "FORBIDDEN" },
    });
  });
}

function isAllowedOrigin(request: FastifyRequest, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === "null") return false;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
