import type { FastifyReply, FastifyRequest } from "fastify";
import type { SessionCookieJar } from "@zorgpact/api/context";
import { SESSION_ABSOLUTE_HOURS } from "@zorgpact/domain/session";

/** `__Host-` binds the cookie to this host over HTTPS, with no Domain and Path=/. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-zorgpact_sessie" : "zorgpact_sessie";
}

export function readSessionToken(request: FastifyRequest, secure: boolean): string | undefined {
  return request.cookies[sessionCookieName(secure)];
}

export function sessionCookieJar(reply: FastifyReply, secure: boolean): SessionCookieJar {
  const name = sessionCookieName(secure);
  const options = { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
  return {
    set(token) {
      reply.setCookie(name, token, { ...options, maxAge: SESSION_ABSOLUTE_HOURS * 3600 });
    },
    clear() {
      reply.clearCookie(name, options);
    },
  };
}
