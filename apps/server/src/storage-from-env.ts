import { folderStorage } from "@zorgpact/storage/folder-storage";
import type { ObjectStorage } from "@zorgpact/storage/object-storage";
import { s3Storage } from "@zorgpact/storage/s3-storage";
import type { ServerEnv } from "./env.ts";

/**
 * Where evidence files go: an S3-compatible bucket when EVIDENCE_S3_BUCKET is set (with endpoint,
 * region and the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY keys), else a folder — EVIDENCE_DIR,
 * by default next to the embedded database (`<PGLITE_DATA_DIR>-files`).
 */
export function evidenceStorageFromEnv(env: ServerEnv): { storage: ObjectStorage; description: string } {
  if (env.EVIDENCE_S3_BUCKET) {
    if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) {
      throw new Error("Ongeldige configuratie: EVIDENCE_S3_BUCKET vraagt ook AWS_ACCESS_KEY_ID en AWS_SECRET_ACCESS_KEY.");
    }
    const storage = s3Storage({
      endpoint: env.EVIDENCE_S3_ENDPOINT,
      bucket: env.EVIDENCE_S3_BUCKET,
      region: env.EVIDENCE_S3_REGION,
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
    });
    return { storage, description: `S3-bucket ${env.EVIDENCE_S3_BUCKET}${env.EVIDENCE_S3_ENDPOINT ? ` op ${env.EVIDENCE_S3_ENDPOINT}` : ""}` };
  }
  const dir = env.EVIDENCE_DIR ?? `${env.PGLITE_DATA_DIR.replace(/[/\\]+$/, "")}-files`;
  return { storage: folderStorage(dir), description: `map ${dir}` };
}
