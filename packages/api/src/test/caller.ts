import type { Db } from "@zorgpact/db/database";
import { insertUser } from "@zorgpact/db/repositories/user.repository";
import type { Role } from "@zorgpact/domain/account";
import type { ObjectStorage } from "@zorgpact/storage/object-storage";
import { createContextInner, type SessionCookieJar } from "../context.ts";
import { createCaller } from "../root.ts";
import { hashPassword } from "../services/password.ts";

export const TEST_PASSWORD = "een heel lang testwachtwoord";

export interface RecordingJar extends SessionCookieJar {
  /** The token last set, null when cleared, undefined when untouched. */
  token: string | null | undefined;
}

export function recordingJar(): RecordingJar {
  return {
    token: undefined,
    set(token) {
      this.token = token;
    },
    clear() {
      this.token = null;
    },
  };
}

export interface CallerOptions {
  sessionToken?: string | undefined;
  ip?: string;
  now?: () => Date;
  cookies?: SessionCookieJar;
  evidenceStorage?: ObjectStorage;
}

/** A caller that resolves its context per call, as the HTTP adapter does per request. */
export function callerFor(db: Db, options: CallerOptions = {}) {
  return createCaller(() => createContextInner({ db, ...options }));
}

export function publicCaller(db: Db) {
  return callerFor(db);
}

let sequence = 0;
let testPasswordHash: Promise<string> | undefined;
export async function createTestUser(db: Db, role: Role, pactIds: string[] = [], email = `gebruiker${++sequence}@test.zorgpact.nl`) {
  // One hash for all test users: scrypt is deliberately slow.
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const id = await insertUser(db, { email, name: `Gebruiker ${sequence}`, role, passwordHash: await testPasswordHash, pactIds });
  return { id, email };
}

/** Signs in through auth.login and returns the session token the browser would keep. */
export async function signIn(db: Db, email: string, options: Omit<CallerOptions, "cookies" | "sessionToken"> = {}): Promise<string> {
  const jar = recordingJar();
  await callerFor(db, { ...options, cookies: jar }).auth.login({ email, password: TEST_PASSWORD });
  if (!jar.token) throw new Error("login set no cookie");
  return jar.token;
}

/** A signed-in caller for a fresh user of this role (with more of the context in `options`, e.g. the evidence storage). */
export async function signedInCaller(db: Db, role: Role, pactIds: string[] = [], options: Omit<CallerOptions, "cookies" | "sessionToken"> = {}) {
  const user = await createTestUser(db, role, pactIds);
  const token = await signIn(db, user.email);
  return { user, token, caller: callerFor(db, { ...options, sessionToken: token }) };
}
