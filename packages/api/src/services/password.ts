import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";
import { Semaphore } from "./concurrency.ts";

// scrypt is memory-hard: N=2^15, r=8 needs 32 MiB per hash, ~60 ms here.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

/**
 * scrypt runs on libuv's thread pool (four threads), which also reads the files the server
 * sends. Two hashes at a time leave the other threads free; a few more wait, and a flood beyond
 * that is refused with `Busy` instead of stalling every page.
 */
export const hashing = new Semaphore("password hashing", 2, 16);

/** How many passwords were checked against a hash, for tests that count guesses. */
export const passwordChecks = { count: 0 };

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return hashing.run(
    () => new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)))),
  );
}

/** `scrypt$N$r$p$salt$hash`, so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  passwordChecks.count++;
  return timingSafeEqual(key, expected);
}

let dummy: Promise<string> | undefined;
/** A hash to compare against when the account does not exist, so timing does not reveal it. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  return dummy;
}

const DUTCH_COMMON = ["wachtwoord", "welkom", "zorgpact", "geheim", "voorjaar", "zomer", "najaar", "winter", "nederland"];
const commonPasswords = new Set([...dictionary["passwords-common"], ...DUTCH_COMMON].map((p) => p.toLowerCase()));

/**
 * Refuses the well-known passwords (the zxcvbn common list plus Dutch favourites), also with
 * digits or symbols tacked on, and passwords of one repeated character or a plain sequence.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (commonPasswords.has(lower) || (core.length >= 4 && commonPasswords.has(core))) return true;
  if (/^(.)\1+$/u.test(password)) return true;
  return isSequence(lower, "0123456789") || isSequence(lower, "abcdefghijklmnopqrstuvwxyz") || isSequence(lower, "qwertyuiopasdfghjklzxcvbnm");
}

function isSequence(text: string, alphabet: string): boolean {
  const repeated = alphabet.repeat(Math.ceil(text.length / alphabet.length) + 1);
  return repeated.includes(text) || [...repeated].reverse().join("").includes(text);
}
