import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { assertObjectKey, ObjectNotFound, type ObjectStorage, type StoredObject } from "./object-storage.ts";

/**
 * Objects as files in one folder: `<root>/<key>` holds the bytes and `<root>/<key>.type` the
 * content type. Writes go to a temporary name first and are renamed into place, so a reader
 * never sees half a file and an overwrite is all or nothing.
 */
export function folderStorage(root: string): ObjectStorage {
  const pathOf = (key: string) => {
    assertObjectKey(key);
    return join(root, key);
  };

  async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  return {
    kind: "folder",
    async put(key, bytes, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // The type first: a reader that finds the bytes also finds their type.
      await writeAtomically(`${path}.type`, contentType);
      await writeAtomically(path, bytes);
    },
    async get(key): Promise<StoredObject> {
      const path = pathOf(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(path), readFile(`${path}.type`, "utf8")]);
        return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: contentType.trim() };
      } catch (error) {
        if (isMissing(error)) throw new ObjectNotFound(key);
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(`${path}.type`, { force: true });
    },
    async exists(key) {
      try {
        return (await stat(pathOf(key))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}
