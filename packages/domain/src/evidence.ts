import { z } from "zod";
import { idSchema, optionalText, text } from "./common.ts";

/**
 * Evidence behind a number: a file (PDF, image, spreadsheet) or a link, attached to a measurement
 * or to a Volgspot. The type of a file is decided by its CONTENT (the API sniffs the bytes), never
 * by its name or what the browser claims; the name is kept for display only, with its extension
 * set to what the content is. Evidence is public only where the measurement is.
 */

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_MB = EVIDENCE_MAX_BYTES / 1024 / 1024;
const MAX_BASE64_LENGTH = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4;
/** Per measurement or Volgspot: enough for a report and its appendices, not a file dump. */
export const EVIDENCE_MAX_PER_TARGET = 20;

export const evidenceKinds = ["file", "link"] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const evidenceTargetTypes = ["measurement", "volgspot"] as const;
export type EvidenceTargetType = (typeof evidenceTargetTypes)[number];

/** The file types accepted, by the content type the bytes show, with the extension a download gets. */
export const evidenceFileTypes = {
  "application/pdf": { extension: "pdf", label: "PDF" },
  "image/png": { extension: "png", label: "PNG-afbeelding" },
  "image/jpeg": { extension: "jpg", label: "JPEG-afbeelding" },
  "image/webp": { extension: "webp", label: "WebP-afbeelding" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { extension: "xlsx", label: "Excel-werkblad" },
  "application/vnd.oasis.opendocument.spreadsheet": { extension: "ods", label: "OpenDocument-werkblad" },
  "text/csv": { extension: "csv", label: "CSV-bestand" },
} as const;
export type EvidenceContentType = keyof typeof evidenceFileTypes;

export function isEvidenceContentType(value: string): value is EvidenceContentType {
  return Object.hasOwn(evidenceFileTypes, value);
}

/** What the file picker offers; the server decides by content anyway. */
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,.xlsx,.ods,.csv,application/pdf,image/png,image/jpeg,image/webp,text/csv";

export const EVIDENCE_TYPE_REFUSED =
  "Dit bestand is geen PDF, afbeelding (PNG, JPEG, WebP) of werkblad (XLSX, ODS, CSV). Het type wordt aan de inhoud herkend, niet aan de naam.";
export const EVIDENCE_TOO_LARGE = `Het bestand is groter dan ${EVIDENCE_MAX_MB} MB.`;

/**
 * CSV has no signature: a file named .csv counts as one when it is text — no NUL and no control
 * characters other than tab, line feed, carriage return and form feed (UTF-8 or Windows-1252).
 */
export function looksLikeCsvText(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}

/**
 * The name shown and offered on download: the base of what the person chose, cleaned of
 * anything a file system or a header would trip over, with the extension of the detected type.
 * "rapport.pdf" with PNG bytes becomes "rapport.png".
 */
export function evidenceFileName(original: string, contentType: EvidenceContentType): string {
  const base = original
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N} ._()-]+/gu, "_")
    .replace(/^[.\s_]+|[.\s_]+$/g, "")
    .slice(0, 120);
  return `${base || "bewijsstuk"}.${evidenceFileTypes[contentType].extension}`;
}

/** The ASCII fallback of a file name for the plain `filename=` of a Content-Disposition header. */
export function asciiFileName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "_") || "bewijsstuk"
  );
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────────

export const evidenceTargetSchema = z.object({
  targetType: z.enum(evidenceTargetTypes, { error: "Kies een meting of een Volgspot." }),
  targetId: idSchema,
});
export type EvidenceTarget = z.infer<typeof evidenceTargetSchema>;

const titleSchema = optionalText({ max: 200 });

export const evidenceAttachFileInputSchema = evidenceTargetSchema.extend({
  fileName: text({ min: 1, max: 255, minMessage: "Kies een bestand." }),
  contentBase64: z
    .string()
    .min(1, { error: "Het bestand is leeg." })
    .max(MAX_BASE64_LENGTH, { error: EVIDENCE_TOO_LARGE, abort: true })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "Het bestand is niet goed meegestuurd (geen base64)." }),
  title: titleSchema,
});
export type EvidenceAttachFileInput = z.infer<typeof evidenceAttachFileInputSchema>;

/** https://host[:port][/path?query#hash]: no other scheme, no credentials, no spaces. */
const HTTPS_URL = /^https:\/\/((?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}-]+)(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu;

/** A web address people can open: https only (no `javascript:` or `http:` link reaches a page). */
export const evidenceUrlSchema = text({ min: 1, max: 1000, minMessage: "Geef een webadres." }).refine((value) => HTTPS_URL.test(value), {
  error: "Geef een webadres dat begint met https://.",
});

export const evidenceAddLinkInputSchema = evidenceTargetSchema.extend({
  url: evidenceUrlSchema,
  title: titleSchema,
});
export type EvidenceAddLinkInput = z.infer<typeof evidenceAddLinkInputSchema>;

export const evidenceRemoveInputSchema = z.object({ id: idSchema });
export type EvidenceRemoveInput = z.infer<typeof evidenceRemoveInputSchema>;

export const evidencePublicInputSchema = z.object({ pactSlug: text({ min: 1, max: 80 }) });

// ─── Outputs ─────────────────────────────────────────────────────────────────────────────

export const evidenceItemSchema = z.object({
  id: idSchema,
  kind: z.enum(evidenceKinds),
  title: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  size: z.number().int().nullable(),
  url: z.string().nullable(),
  /** Where the server offers the file (GET), null for links. */
  downloadPath: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const evidenceListSchema = z.object({
  items: z.array(evidenceItemSchema),
  mayEdit: z.boolean(),
  /** Whether the public sees this evidence now (the measurement is public; never for a Volgspot). */
  isPublic: z.boolean(),
});
export type EvidenceList = z.infer<typeof evidenceListSchema>;

/** What the public pact page shows: per indicator, the evidence of its public measurements. */
export const publicEvidenceSchema = z.array(
  z.object({
    indicatorId: idSchema,
    measurementId: idSchema,
    measuredOn: z.string(),
    items: z.array(
      evidenceItemSchema.pick({ id: true, kind: true, title: true, fileName: true, contentType: true, size: true, url: true, downloadPath: true }),
    ),
  }),
);
export type PublicEvidence = z.infer<typeof publicEvidenceSchema>;

/** The path of the download route for a file. */
export function evidenceDownloadPath(id: string): string {
  return `/bewijs/${id}`;
}

/** The title shown for a piece of evidence: its own, else the file name, else the link's host. */
export function evidenceLabel(item: Pick<EvidenceItem, "title" | "fileName" | "url">): string {
  if (item.title) return item.title;
  if (item.fileName) return item.fileName;
  return (item.url && HTTPS_URL.exec(item.url)?.[1]) || item.url || "Bewijsstuk";
}
