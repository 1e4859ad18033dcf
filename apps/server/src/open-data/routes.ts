import type { Db } from "@zorgpact/db/database";
import {
  countOpenDataRows,
  openDataBatches,
  openDataKeyLength,
  openDataRowKey,
  openDataRows,
  type KeyValue,
} from "@zorgpact/db/repositories/open-data.repository";
import { getPact } from "@zorgpact/db/repositories/pact.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { isOpenDataset, openDataColumns, openDatasetNames } from "@zorgpact/domain/open-data";
import { dutchOpenDataColumns } from "@zorgpact/domain/open-data-dutch";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { slugParamSchema } from "@zorgpact/domain/common";
import { z } from "zod";
import { Readable } from "node:stream";
import { csvChunks } from "./csv.ts";
import { API_VERSION, buildOpenApiDocument, DEFAULT_PAGE_SIZE, downloadFileNames, MAX_PAGE_SIZE } from "./openapi.ts";
import { problem, sendProblem } from "./problem.ts";

export const OPEN_DATA_CACHE_CONTROL = "public, max-age=300";

const pageSizeSchema = z.coerce
  .number({ error: `Geef een heel getal van 1 tot en met ${MAX_PAGE_SIZE}.` })
  .int({ error: `Geef een heel getal van 1 tot en met ${MAX_PAGE_SIZE}.` })
  .min(1, { error: `Geef een heel getal van 1 tot en met ${MAX_PAGE_SIZE}.` })
  .max(MAX_PAGE_SIZE, { error: `Geef een heel getal van 1 tot en met ${MAX_PAGE_SIZE}.` })
  .default(DEFAULT_PAGE_SIZE);

/**
 * Without `page`: a page after a cursor (keyset, the default: fast however deep, no count). With
 * `page`: the numbered pages with a total, as before (each request counts the whole set).
 */
const pageQuerySchema = z.object({
  page: z.coerce
    .number({ error: "Geef een heel getal vanaf 1." })
    .int({ error: "Geef een heel getal vanaf 1." })
    .min(1, { error: "Geef een heel getal vanaf 1." })
    .optional(),
  pageSize: pageSizeSchema,
  cursor: z.string().max(2_000, { error: "Deze cursor is te lang." }).optional(),
});

function pageLinks(path: string, page: number, pageSize: number, total: number) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => ({ href: `/v1${path}?page=${p}&pageSize=${pageSize}` });
  return {
    self: href(page),
    first: href(1),
    ...(page > 1 ? { prev: href(Math.min(page - 1, last)) } : {}),
    ...(page < last ? { next: href(page + 1) } : {}),
    last: href(last),
  };
}

/**
 * An opaque cursor: base64url of JSON — the last row's sort key for keyset data sets, or the
 * position for the small sets other repositories page by offset.
 */
type Cursor = { after: KeyValue[] } | { offset: number };
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify("after" in cursor ? cursor.after : { o: cursor.offset })).toString("base64url");

function decodeCursor(raw: string, keyLength: number): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (keyLength > 0) {
      const valid =
        Array.isArray(value) && value.length === keyLength && value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
      return valid ? { after: value as KeyValue[] } : undefined;
    }
    const offset = typeof value === "object" && value !== null && "o" in value ? value.o : undefined;
    return typeof offset === "number" && Number.isInteger(offset) && offset >= 0 ? { offset } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a path belongs to the open-data API (`/v1` and below, not `/v1x`). */
export function isOpenDataPath(path: string): boolean {
  return path === "/v1" || path.startsWith("/v1/");
}

/** Any unknown path or method under /v1, also when another handler caught it first. */
export function sendUnknownOpenDataResource(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.header("API-Version", API_VERSION);
  return sendProblem(reply, problem(404, "Deze bron bestaat niet in de open-data-API.", { instance: request.url.split("?")[0] }));
}

/**
 * The read-only open-data API (CC0) under /v1, after the Dutch government's API design rules:
 * the major version in the path, the full version in an API-Version header on every response,
 * errors as problem+json, an OpenAPI document at /v1/openapi.json. Published data only, read
 * through the db repositories (not through tRPC).
 */
export async function openDataRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;
  const openApiDocument = buildOpenApiDocument();

  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("API-Version", API_VERSION);
    return payload;
  });
  app.setNotFoundHandler(sendUnknownOpenDataResource);
  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, "open data: internal error");
    return sendProblem(reply, problem(500, "Er ging iets mis op de server. Probeer het later opnieuw."));
  });

  const cached = <T>(reply: { header(name: string, value: string): unknown }, body: T): T => {
    reply.header("Cache-Control", OPEN_DATA_CACHE_CONTROL);
    return body;
  };
  const parsePage = (request: FastifyRequest) => pageQuerySchema.safeParse(request.query ?? {});

  app.get("/", async (_request, reply) =>
    cached(reply, {
      _links: {
        self: { href: "/v1" },
        openapi: { href: "/v1/openapi.json" },
        ...Object.fromEntries(openDatasetNames.map((name) => [name, { href: `/v1/${name}` }])),
      },
    }),
  );

  app.get("/openapi.json", async (_request, reply) => cached(reply, openApiDocument));

  for (const dataset of openDatasetNames) {
    app.get(`/${dataset}`, async (request, reply) => {
      const query = parsePage(request);
      if (!query.success) {
        const invalidParams = query.error.issues.map((issue) => ({ name: String(issue.path[0] ?? ""), reason: issue.message }));
        return sendProblem(reply, problem(400, "De paginering klopt niet.", { invalidParams, instance: request.url.split("?")[0] }));
      }
      const { page, pageSize, cursor: rawCursor } = query.data;
      if (page !== undefined) {
        const [total, items] = await Promise.all([
          countOpenDataRows(db, dataset, PUBLIC),
          openDataRows(db, dataset, PUBLIC, { limit: pageSize, offset: (page - 1) * pageSize }),
        ]);
        return cached(reply, { items, page, pageSize, total, _links: pageLinks(`/${dataset}`, page, pageSize, total) });
      }
      const keyLength = openDataKeyLength(dataset);
      const cursor = rawCursor === undefined ? (keyLength > 0 ? { after: null } : { offset: 0 }) : decodeCursor(rawCursor, keyLength);
      if (!cursor) {
        const invalidParams = [{ name: "cursor", reason: "Deze cursor klopt niet; gebruik de next-link van de vorige pagina." }];
        return sendProblem(reply, problem(400, "De paginering klopt niet.", { invalidParams, instance: request.url.split("?")[0] }));
      }
      // One row more than asked says whether a next page exists, without counting.
      const rows = await openDataRows(
        db,
        dataset,
        PUBLIC,
        "after" in cursor ? { limit: pageSize + 1, after: cursor.after } : { limit: pageSize + 1, offset: cursor.offset },
      );
      const items = rows.slice(0, pageSize);
      const lastKey = items.length > 0 ? openDataRowKey(dataset, items.at(-1)!) : undefined;
      const next: Cursor | undefined =
        rows.length <= pageSize ? undefined : lastKey ? { after: lastKey } : { offset: ("offset" in cursor ? cursor.offset : 0) + pageSize };
      const href = (c?: string) => ({ href: `/v1/${dataset}?${c === undefined ? "" : `cursor=${c}&`}pageSize=${pageSize}` });
      return cached(reply, {
        items,
        pageSize,
        ...(next ? { nextCursor: encodeCursor(next) } : {}),
        _links: { self: href(rawCursor), first: href(), ...(next ? { next: href(encodeCursor(next)) } : {}) },
      });
    });
  }

  app.get<{ Params: { slug: string } }>("/pacts/:slug", async (request, reply) => {
    const { slug } = request.params;
    const pact = slugParamSchema.safeParse(slug).success ? await getPact(db, { slug }, PUBLIC) : undefined;
    if (!pact)
      return sendProblem(reply, problem(404, "Dit zorgpact bestaat niet of is niet gepubliceerd.", { instance: `/v1/pacts/${encodeURIComponent(slug)}` }));
    return cached(reply, pact);
  });

  app.get<{ Params: { file: string } }>("/downloads/:file", async (request, reply) => {
    const match = /^([a-z-]+)\.(csv|excel\.csv|json)$/.exec(request.params.file);
    const dataset = match?.[1];
    const format = match?.[2];
    if (!format || !dataset || !isOpenDataset(dataset)) {
      return sendProblem(reply, problem(404, `Deze download bestaat niet. Kies uit: ${downloadFileNames().join(", ")}.`));
    }
    const filename = `zorgpact-${dataset}.${format}`;
    reply.header("Content-Disposition", `attachment; filename="${filename}"`);
    // Streamed batch by batch (keyset reads of 5,000 rows): constant memory however large the set.
    const batches = openDataBatches(db, dataset, PUBLIC);
    if (format === "json") return cached(reply.type("application/json; charset=utf-8"), Readable.from(jsonChunks(batches)));
    const layout =
      format === "excel.csv"
        ? { kind: "dutch-excel" as const, columns: dutchOpenDataColumns(dataset) }
        : { kind: "standard" as const, columns: openDataColumns(dataset) };
    return cached(reply.type("text/csv; charset=utf-8; header=present"), Readable.from(csvChunks(layout, batches)));
  });
}

/** A JSON array written batch by batch: the same document JSON.stringify(rows) would give. */
async function* jsonChunks(batches: AsyncIterable<readonly unknown[]>): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const rows of batches) {
    const body = rows.map((row) => JSON.stringify(row)).join(",");
    yield first ? body : `,${body}`;
    first = false;
  }
  yield "]";
}
