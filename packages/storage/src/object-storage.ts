/**
 * Where evidence files live: one small interface with a folder backend (next to the embedded
 * database, the default) and an S3-compatible backend (when configured). Keys are made by the
 * server (a uuid under a prefix), never taken from a user's file name; every backend still checks
 * them, so no key can climb out of its folder or bucket.
 */
export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

export interface ObjectStorage {
  /** "folder" or "s3": for the log line at start-up and the health of the configuration. */
  readonly kind: string;
  /** Stores the bytes under the key, replacing whatever was there. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes and type; `ObjectNotFound` when there is none. */
  get(key: string): Promise<StoredObject>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** No object under this key (never stored, or deleted). */
export class ObjectNotFound extends Error {
  constructor(readonly key: string) {
    super(`Geen object onder sleutel ${key}`);
    this.name = "ObjectNotFound";
  }
}

/** One or more segments of lower-case letters, digits and hyphens, separated by "/". */
const KEY = /^[a-z0-9][a-z0-9-]{0,99}(?:\/[a-z0-9][a-z0-9-]{0,99}){0,3}$/;

/** Refuses any key a server did not make: no dots, no "..", no absolute paths, no back-slashes. */
export function assertObjectKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Ongeldige opslagsleutel: ${JSON.stringify(key)}`);
}
