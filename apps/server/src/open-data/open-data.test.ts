import SwaggerParser from "@apidevtools/swagger-parser";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { insertIndicator, insertMeasurement, insertNode, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { openDataColumns, openDatasetNames } from "@zorgpact/domain/open-data";
import { dutchOpenDataColumns } from "@zorgpact/domain/open-data-dutch";
import type { FastifyInstance } from "fastify";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;
const awkward = 'Regel één, met komma\nen "aanhalingstekens" en een é';

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  // Values that CSV must quote, and one a spreadsheet would take for a formula.
  await insertPact(handle.db, { name: "=SOM(A1:A2)", slug: "lastige-tekens", description: awkward });
  await insertPact(handle.db, { name: "Geheim concept", slug: "geheim-concept", publicationStatus: "draft" });
  await insertPact(handle.db, { name: "Gearchiveerd geheim", slug: "gearchiveerd-geheim", archivedAt: new Date().toISOString() });
  app = await buildApp({ db: handle.db });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });
const draftSlugs = ["zorgpact-zeeland", "geheim-concept", "gearchiveerd-geheim"];

/** The value as CSV text: what papaparse writes for it, formula escaping included. */
function csvText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe("open data downloads", () => {
  it.each(openDatasetNames)("%s.csv parses with a standard CSV parser and matches %s.json row for row", async (dataset) => {
    const [csv, json] = await Promise.all([get(`/v1/downloads/${dataset}.csv`), get(`/v1/downloads/${dataset}.json`)]);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers["content-disposition"]).toBe(`attachment; filename="zorgpact-${dataset}.csv"`);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);

    const parsed = Papa.parse<Record<string, string>>(csv.body.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(openDataColumns(dataset));

    const rows = json.json<Record<string, unknown>[]>();
    expect(rows.length).toBeGreaterThan(0);
    expect(parsed.data).toEqual(rows.map((row) => Object.fromEntries(openDataColumns(dataset).map((c) => [c, csvText(row[c])]))));
  });

  it.each(openDatasetNames)("%s.excel.csv has the same rows with Dutch headers, semicolons and decimal commas", async (dataset) => {
    const [excel, json] = await Promise.all([get(`/v1/downloads/${dataset}.excel.csv`), get(`/v1/downloads/${dataset}.json`)]);
    expect(excel.statusCode).toBe(200);
    expect(excel.headers["content-disposition"]).toBe(`attachment; filename="zorgpact-${dataset}.excel.csv"`);
    expect(excel.body.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(excel.body.slice(1), { delimiter: ";", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const columns = dutchOpenDataColumns(dataset);
    expect(parsed.data[0]).toEqual(columns.map((c) => c.header));
    const rows = json.json<Record<string, unknown>[]>();
    const dutch = (value: unknown) => (typeof value === "number" ? String(value).replace(".", ",") : csvText(value));
    expect(parsed.data.slice(1)).toEqual(rows.map((row) => columns.map((c) => dutch(row[c.key]))));
  });

  it("writes fractional numbers with a decimal comma in the Dutch Excel CSV", async () => {
    const nodes = (await get("/v1/downloads/chain-nodes.json")).json<{ fte: number | null }[]>();
    const fractional = nodes.map((n) => n.fte).find((fte): fte is number => fte !== null && !Number.isInteger(fte));
    expect(fractional, "the demo data has a fractional fte").toBeDefined();
    expect((await get("/v1/downloads/chain-nodes.excel.csv")).body).toContain(`;${String(fractional).replace(".", ",")};`);
  });

  it("quotes commas, quotes and line breaks, uses CRLF, and defuses formulas", async () => {
    const csv = (await get("/v1/downloads/pacts.csv")).body;
    expect(csv).toContain('"Regel één, met komma\nen ""aanhalingstekens"" en een é"');
    expect(csv).toContain("'=SOM(A1:A2)");
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${openDataColumns("pacts").join(",")}`);
  });

  it("answers an unknown data set or file type with a 404 problem", async () => {
    for (const file of ["users.csv", "pacts.xlsx", "pacts"]) {
      const response = await get(`/v1/downloads/${file}`);
      expect(response.statusCode, file).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
  });
});

describe("only published data", () => {
  it("leaves drafts and archived pacts out of every list and download", async () => {
    const pacts = (await get("/v1/downloads/pacts.json")).json<{ slug: string; publicationStatus?: string }[]>();
    expect(pacts.map((p) => p.slug)).toContain("zorgpact-noord");
    for (const dataset of openDatasetNames) {
      for (const url of [`/v1/downloads/${dataset}.json`, `/v1/downloads/${dataset}.csv`, `/v1/${dataset}?pageSize=100`]) {
        const body = (await get(url)).body;
        for (const slug of draftSlugs) expect(body, `${url} ${slug}`).not.toContain(slug);
        expect(body).not.toMatch(/geheim/i);
      }
    }
  });

  it("does not show a draft pact's page", async () => {
    const response = await get("/v1/pacts/zorgpact-zeeland");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "Dit zorgpact bestaat niet of is niet gepubliceerd.",
      instance: "/v1/pacts/zorgpact-zeeland",
    });
  });

  it("counts only published chain rows, the same in lists and downloads", async () => {
    for (const dataset of openDatasetNames) {
      const all = (await get(`/v1/downloads/${dataset}.json`)).json<unknown[]>();
      const page = (await get(`/v1/${dataset}?page=1&pageSize=1`)).json<{ total: number }>();
      expect(page.total, dataset).toBe(all.length);
    }
  });
});

describe("the REST API", () => {
  it("pages with page and pageSize and links to first, next and last", async () => {
    const first = await get("/v1/pacts?page=1&pageSize=5");
    expect(first.statusCode).toBe(200);
    const body = first.json<{ items: { slug: string }[]; page: number; pageSize: number; total: number; _links: Record<string, { href: string }> }>();
    expect(body.items).toHaveLength(5);
    expect(body).toMatchObject({ page: 1, pageSize: 5 });
    expect(body._links.self?.href).toBe("/v1/pacts?page=1&pageSize=5");
    expect(body._links.next?.href).toBe("/v1/pacts?page=2&pageSize=5");
    expect(body._links.prev).toBeUndefined();
    const last = Math.ceil(body.total / 5);
    expect(body._links.last?.href).toBe(`/v1/pacts?page=${last}&pageSize=5`);
    const second = (await get(body._links.next!.href)).json<{ items: { slug: string }[] }>();
    expect(second.items.map((p) => p.slug)).not.toContain(body.items[0]?.slug);
  });

  it("pages by cursor without duplicates or gaps while rows are added, in the download's order", async () => {
    type CursorPage = { items: Record<string, unknown>[]; pageSize: number; nextCursor?: string; _links: { self: { href: string }; next?: { href: string } } };
    const identity = (row: Record<string, unknown>) => JSON.stringify(row);
    for (const dataset of ["pacts", "partners", "chain-nodes", "indicators", "measurements", "breakdowns", "events"] as const) {
      const before = (await get(`/v1/downloads/${dataset}.json`)).json<Record<string, unknown>[]>().map(identity);
      const seen: string[] = [];
      let href: string | undefined = `/v1/${dataset}?pageSize=7`;
      for (let pages = 0; href; pages++) {
        const response = await get(href);
        expect(response.statusCode, href).toBe(200);
        const page: CursorPage = response.json<CursorPage>();
        expect(page).not.toHaveProperty("total");
        seen.push(...page.items.map(identity));
        // A row added between pages, sorting first (before the cursor) or anywhere: never a repeat or a skip.
        await insertPact(handle.db, { name: `${pages % 2 === 0 ? "A" : "Z"}-nieuw ${dataset} ${pages}`, slug: `nieuw-${dataset}-${pages}` });
        href = page._links.next?.href;
        expect(page.nextCursor === undefined).toBe(href === undefined);
      }
      expect(new Set(seen).size, dataset).toBe(seen.length);
      // Every row there before, once and in the download's order; the added ones wherever they sort.
      const old = new Set(before);
      expect(
        seen.filter((row) => old.has(row)),
        dataset,
      ).toEqual(before);
    }
  });

  it("refuses a cursor it did not give as a 400 problem naming the cursor", async () => {
    for (const cursor of ["niet-base64!", Buffer.from('["a"]').toString("base64url"), Buffer.from('{"o":-1}').toString("base64url")]) {
      const response = await get(`/v1/measurements?cursor=${encodeURIComponent(cursor)}`);
      expect(response.statusCode, cursor).toBe(400);
      expect(response.json<{ invalidParams: { name: string }[] }>().invalidParams[0]?.name).toBe("cursor");
    }
  });

  it("gives a published pact with partners and chain", async () => {
    const response = await get("/v1/pacts/zorgpact-noord");
    expect(response.statusCode).toBe(200);
    const pact = response.json<{ name: string; partners: unknown[]; chain: { nodes: unknown[] } }>();
    expect(pact.name).toBe("Zorgpact Noord");
    expect(pact.partners.length).toBeGreaterThan(0);
    expect(pact.chain.nodes.length).toBeGreaterThan(0);
  });

  it("refuses bad paging as a 400 problem naming the parameter", async () => {
    for (const query of ["page=0", "pageSize=101", "page=abc", "pageSize=2.5"]) {
      const response = await get(`/v1/partners?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const problem = response.json<{ status: number; invalidParams: { name: string }[] }>();
      expect(problem.status).toBe(400);
      expect(problem.invalidParams[0]?.name).toBe(query.split("=")[0]);
    }
  });

  it("answers an unknown path with a 404 problem", async () => {
    const response = await get("/v1/bestaat-niet");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, title: "Not Found" });
  });

  it("puts API-Version on every response, errors included", async () => {
    for (const url of [
      "/v1",
      "/v1/pacts",
      "/v1/pacts/bestaat-niet",
      "/v1/bestaat-niet",
      "/v1/openapi.json",
      "/v1/downloads/pacts.csv",
      "/v1/partners?page=0",
    ]) {
      expect((await get(url)).headers["api-version"], url).toBe("1.0.0");
    }
  });

  it("is cacheable: Cache-Control, an ETag, and 304 when it still matches", async () => {
    const first = await get("/v1/chain-nodes");
    expect(first.headers["cache-control"]).toBe("public, max-age=300");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get("/v1/chain-nodes", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers["api-version"]).toBe("1.0.0");
    expect((await get("/v1/chain-nodes", { "if-none-match": 'W/"anders"' })).statusCode).toBe(200);
  });
});

describe("breakdowns", () => {
  type BreakdownRow = {
    measurementId: string;
    pactSlug: string;
    measuredOn: string;
    total: number;
    dimension: string;
    category: string;
    value: number;
    source: string;
  };
  const breakdownRows = async () => (await get("/v1/downloads/breakdowns.json")).json<BreakdownRow[]>();
  const limburgLevels = async () =>
    (await breakdownRows())
      .filter((r) => r.pactSlug === "zorgtechniek-limburg" && r.dimension === "Mbo-niveau")
      .map((r) => [r.measuredOn, r.total, r.category, r.value, r.source])
      // The set is ordered by ids within a measurement; by label here.
      .sort((a, b) => String(a[2]).localeCompare(String(b[2])));
  const approvedLevels = [
    ["2017-10-01", 86, "Niveau 3", 31, "demodata"],
    ["2017-10-01", 86, "Niveau 4", 55, "demodata"],
  ];

  it("gives the approved breakdowns of the demo seed, one row per category", async () => {
    expect(await limburgLevels()).toEqual(approvedLevels);
  });

  it("never shows an edit waiting for review, nor a breakdown of an unpublished pact", async () => {
    const row = (await breakdownRows()).find((r) => r.pactSlug === "zorgtechniek-limburg");
    // An editor's change of the parts and total, submitted (the working copy; the public copy stays).
    await handle.db.updateTable("measurements").set({ value: 90, reviewStatus: "submitted" }).where("id", "=", row!.measurementId).execute();
    await handle.db
      .updateTable("measurementParts")
      .set((eb) => ({ value: eb("value", "+", 4) }))
      .where("breakdownId", "in", (eb) => eb.selectFrom("measurementBreakdowns").select("id").where("measurementId", "=", row!.measurementId))
      .execute();
    expect(await limburgLevels()).toEqual(approvedLevels);

    // A public copy in a draft pact (say it was published and withdrawn) is not open data.
    const draft = await insertPact(handle.db, { name: "Concept met uitsplitsing", slug: "concept-uitsplitsing", publicationStatus: "draft" });
    const indicatorId = await insertIndicator(handle.db, await insertNode(handle.db, draft, { kind: "result" }));
    const measurementId = await insertMeasurement(handle.db, indicatorId, "2018-12-31", 5);
    const part = await handle.db.selectFrom("measurementPublicParts").select(["dimensionId", "categoryId"]).executeTakeFirstOrThrow();
    await handle.db.insertInto("indicatorDimensions").values({ indicatorId, dimensionId: part.dimensionId }).execute();
    await handle.db
      .insertInto("measurementPublicParts")
      .values({ measurementId, ...part, value: 5, source: null })
      .execute();
    expect((await breakdownRows()).map((r) => r.measurementId)).not.toContain(measurementId);
    expect((await get("/v1/breakdowns?pageSize=100")).body).not.toContain("concept-uitsplitsing");
  });
});

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.0 and describes every endpoint", async () => {
    const response = await get("/v1/openapi.json");
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown>; info: { license: { name: string } } }>();
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe("3.0.3");
    expect(document.info.license.name).toMatch(/CC0/);
    expect(Object.keys(document.paths).sort()).toEqual([...openDatasetNames.map((n) => `/${n}`), "/pacts/{slug}", "/downloads/{file}", "/openapi.json"].sort());
  });

  it("has a schema for each row with exactly the columns the data carries", async () => {
    const document = (await get("/v1/openapi.json")).json<{ components: { schemas: Record<string, { properties: Record<string, unknown> }> } }>();
    const row = (await get("/v1/downloads/measurements.json")).json<Record<string, unknown>[]>()[0]!;
    expect(Object.keys(document.components.schemas.MeasurementRow!.properties)).toEqual(Object.keys(row));
  });
});
