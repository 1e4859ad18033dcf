import { newSessionToken, hashSessionToken } from "./session-token.ts";

/**
 * The token of a one-time link: 256 random bits like a session token, sent only in the e-mail;
 * the database keeps its SHA-256, so a copy of the database opens no account.
 */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = newSessionToken();
  return { token, tokenHash: hashAccountToken(token) };
}

export function hashAccountToken(token: string): string {
  return hashSessionToken(token);
}
