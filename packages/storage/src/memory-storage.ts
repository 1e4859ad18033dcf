import { assertObjectKey, ObjectNotFound, type ObjectStorage } from "./object-storage.ts";

/** Objects in a Map: for tests that need a storage but not its persistence. Copies in and out. */
export function memoryStorage(): ObjectStorage {
  const objects = new Map<string, { bytes: Uint8Array; contentType: string }>();
  return {
    kind: "memory",
    async put(key, bytes, contentType) {
      assertObjectKey(key);
      objects.set(key, { bytes: bytes.slice(), contentType });
    },
    async get(key) {
      assertObjectKey(key);
      const found = objects.get(key);
      if (!found) throw new ObjectNotFound(key);
      return { bytes: found.bytes.slice(), contentType: found.contentType };
    },
    async delete(key) {
      assertObjectKey(key);
      objects.delete(key);
    },
    async exists(key) {
      assertObjectKey(key);
      return objects.has(key);
    },
  };
}
