import type { Db } from "@zorgpact/db/database";
import { deleteSession, findSession, touchSession } from "@zorgpact/db/repositories/session.repository";
import { ANONYMOUS, type Actor } from "@zorgpact/domain/permission";
import { sessionState, type SessionState } from "@zorgpact/domain/session";
import type { ObjectStorage } from "@zorgpact/storage/object-storage";
import { hashSessionToken } from "./services/session-token.ts";

/** How the HTTP layer stores the session token in the browser. */
export interface SessionCookieJar {
  set(token: string): void;
  clear(): void;
}

export interface Context {
  db: Db;
  actor: Actor;
  session: { id: string; userId: string; email: string } | null;
  /** Why a presented session no longer counts, so the client can say so. */
  sessionEnded: Exclude<SessionState, "active"> | "disabled" | null;
  ip: string;
  now: () => Date;
  cookies: SessionCookieJar;
  /** Where evidence files are kept (folder or S3); absent where no process configured one. */
  evidenceStorage?: ObjectStorage | undefined;
}

export interface ContextOptions {
  db: Db;
  sessionToken?: string | undefined;
  ip?: string;
  now?: () => Date;
  cookies?: SessionCookieJar;
  evidenceStorage?: ObjectStorage | undefined;
}

const noCookies: SessionCookieJar = { set() {}, clear() {} };

/** Resolves the caller from the session token; usable without an HTTP request (tests). */
export async function createContextInner(options: ContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const base = { db: options.db, ip: options.ip ?? "127.0.0.1", now, cookies: options.cookies ?? noCookies, evidenceStorage: options.evidenceStorage };
  const anonymous = (sessionEnded: Context["sessionEnded"]): Context => ({ ...base, actor: ANONYMOUS, session: null, sessionEnded });
  if (!options.sessionToken) return anonymous(null);

  const found = await findSession(options.db, hashSessionToken(options.sessionToken));
  if (!found) return anonymous(null);
  const state = found.active ? sessionState({ createdAt: new Date(found.createdAt), lastSeenAt: new Date(found.lastSeenAt) }, now()) : "disabled";
  if (state !== "active") {
    await deleteSession(options.db, found.sessionId);
    base.cookies.clear();
    return anonymous(state);
  }
  await touchSession(options.db, found.sessionId, now());
  return {
    ...base,
    actor: { kind: "user", userId: found.userId, role: found.role, pactIds: found.pactIds },
    session: { id: found.sessionId, userId: found.userId, email: found.email },
    sessionEnded: null,
  };
}
