import { OPEN_DATA_LICENCE, openDatasetNames, openDatasets, type OpenDataset } from "@zorgpact/domain/open-data";
import { pactDetailSchema } from "@zorgpact/domain/pact";
import { z } from "zod";

export const API_VERSION = "1.0.0";
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

type JsonObject = { [key: string]: unknown };

const datasetTitles: Record<OpenDataset, string> = {
  pacts: "Zorgpacten: het landelijke zorgpact, regionale zorgpacten, koplopers en broedplaatsen",
  partners: "Partners: de organisaties per zorgpact, met sector en rol",
  "chain-nodes": "Effectketens: input, activiteiten, resultaten en effecten",
  "chain-links": "Verbanden in de effectketens",
  indicators: "Indicatoren bij resultaten en effecten",
  measurements: "Metingen van de indicatoren",
  breakdowns: "Uitsplitsingen van goedgekeurde metingen (bijvoorbeeld naar mbo-niveau): één rij per categorie",
  barriers: "Ruimte in de regels: beantwoorde drempels, zonder gegevens van de indiener",
  regulations: "Regelingen en subsidies van OCW, VWS en SZW",
  events: "De agenda: gepubliceerde bijeenkomsten, met tijden in UTC en in Nederlandse tijd",
};

/**
 * One zod schema as an OpenAPI 3.0 schema; schemas with a meta id end up under
 * components.schemas and are referred to from there.
 */
function componentSchema(schema: z.ZodType, components: JsonObject, name?: string): JsonObject {
  const json = hoistNullableUnions(z.toJSONSchema(schema, { target: "openapi-3.0", io: "output", unrepresentable: "any" })) as JsonObject;
  const text = JSON.stringify(json).replaceAll('"#/definitions/', '"#/components/schemas/');
  const { definitions, ...rest } = JSON.parse(text) as JsonObject & { definitions?: JsonObject };
  Object.assign(components, definitions ?? {});
  if (name) {
    components[name] = rest;
    return { $ref: `#/components/schemas/${name}` };
  }
  return rest;
}

/**
 * OpenAPI 3.0 ignores `nullable` without a sibling `type`, so a nullable union of literals of
 * one type (zod's `z.union([z.literal(1), …]).nullable()`) becomes one typed enum.
 */
function hoistNullableUnions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(hoistNullableUnions);
  if (typeof node !== "object" || node === null) return node;
  const object = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, hoistNullableUnions(value)])) as JsonObject;
  const branches = object.anyOf;
  if (object.nullable !== true || object.type !== undefined || !Array.isArray(branches)) return object;
  const literals = branches as JsonObject[];
  const type = literals[0]?.type;
  const isLiteralUnion = literals.every((b) => b.type === type && Array.isArray(b.enum) && Object.keys(b).length === 2);
  if (!isLiteralUnion || typeof type !== "string") return object;
  const { anyOf: _anyOf, ...rest } = object;
  return { ...rest, type, enum: literals.flatMap((b) => b.enum as unknown[]) };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
/** Every operation is open to anyone: an empty requirement list says so explicitly. */
const publicAccess: unknown[] = [];
const apiVersionHeader = { "API-Version": { $ref: "#/components/headers/API-Version" } };
const cachedHeaders = { ...apiVersionHeader, ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/Cache-Control" } };

/**
 * The OpenAPI document of the open-data API, generated from the same zod schemas the rows are
 * typed with, so it cannot drift from what the API returns.
 */
export function buildOpenApiDocument(): JsonObject {
  const schemas: JsonObject = {};
  const rowRefs = Object.fromEntries(openDatasetNames.map((name) => [name, componentSchema(openDatasets[name], schemas)])) as Record<OpenDataset, JsonObject>;
  componentSchema(pactDetailSchema, schemas, "PactDetail");

  schemas.Link = { type: "object", required: ["href"], properties: { href: { type: "string", description: "Adres relatief aan de server" } } };
  schemas.PageLinks = {
    type: "object",
    description: "Met page: self, first, prev, next en last (paginanummers). Zonder page: self, first en next (cursor).",
    required: ["self", "first"],
    properties: { self: ref("Link"), first: ref("Link"), prev: ref("Link"), next: ref("Link"), last: ref("Link") },
  };
  schemas.Problem = {
    type: "object",
    description: "Foutmelding volgens RFC 9457 (problem details)",
    required: ["type", "title", "status", "detail"],
    properties: {
      type: { type: "string", example: "about:blank" },
      title: { type: "string", example: "Not Found" },
      status: { type: "integer", example: 404 },
      detail: { type: "string", example: "Dit zorgpact bestaat niet of is niet gepubliceerd." },
      instance: { type: "string" },
      invalidParams: {
        type: "array",
        items: { type: "object", required: ["name", "reason"], properties: { name: { type: "string" }, reason: { type: "string" } } },
      },
    },
  };
  for (const name of openDatasetNames) {
    schemas[`${pascal(name)}Page`] = {
      type: "object",
      description:
        "Zonder page: een pagina na de cursor, met nextCursor en _links.next zolang er meer is (geen totaal). Met page: de genummerde pagina met page en total.",
      required: ["items", "pageSize", "_links"],
      properties: {
        items: { type: "array", items: rowRefs[name] },
        page: { type: "integer", minimum: 1, description: "Alleen bij paginanummers" },
        pageSize: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE },
        total: { type: "integer", minimum: 0, description: "Alleen bij paginanummers" },
        nextCursor: { type: "string", description: "Cursor van de volgende pagina; ontbreekt op de laatste" },
        _links: ref("PageLinks"),
      },
    };
  }

  const paths: JsonObject = {};
  for (const name of openDatasetNames) {
    paths[`/${name}`] = {
      get: {
        operationId: `list${pascal(name)}`,
        security: publicAccess,
        summary: datasetTitles[name],
        tags: ["Gegevens"],
        parameters: [{ $ref: "#/components/parameters/cursor" }, { $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/pageSize" }],
        responses: {
          "200": { description: "Eén pagina", headers: cachedHeaders, content: { "application/json": { schema: ref(`${pascal(name)}Page`) } } },
          "304": { description: "Niet gewijzigd sinds de ETag in If-None-Match", headers: apiVersionHeader },
          "400": problemResponse("Ongeldige paginering"),
        },
      },
    };
  }
  paths["/pacts/{slug}"] = {
    get: {
      operationId: "getPact",
      security: publicAccess,
      summary: "Eén gepubliceerd zorgpact met partners, thema's, fase en effectketen",
      tags: ["Gegevens"],
      parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 80 } }],
      responses: {
        "200": { description: "Het zorgpact", headers: cachedHeaders, content: { "application/json": { schema: ref("PactDetail") } } },
        "304": { description: "Niet gewijzigd sinds de ETag in If-None-Match", headers: apiVersionHeader },
        "404": problemResponse("Onbekend of niet gepubliceerd"),
      },
    },
  };
  paths["/downloads/{file}"] = {
    get: {
      operationId: "download",
      security: publicAccess,
      summary: "Een hele gegevensset als CSV (UTF-8 met BOM, komma's, kopregel), als CSV voor Nederlandse Excel of als JSON, met dezelfde rijen",
      description:
        "{gegevensset}.csv: standaard-CSV (RFC 4180) met de veldnamen van de API als kopregel. {gegevensset}.excel.csv: puntkomma's, decimale komma's en Nederlandse kolomnamen, zodat Excel in het Nederlands het bestand direct goed opent. {gegevensset}.json: dezelfde rijen als JSON.",
      tags: ["Downloads"],
      parameters: [
        {
          name: "file",
          in: "path",
          required: true,
          schema: { type: "string", enum: downloadFileNames() },
        },
      ],
      responses: {
        "200": {
          description: "De gegevensset",
          headers: cachedHeaders,
          content: { "text/csv": { schema: { type: "string" } }, "application/json": { schema: { type: "array", items: { type: "object" } } } },
        },
        "404": problemResponse("Onbekende gegevensset of bestandssoort"),
      },
    },
  };
  paths["/openapi.json"] = {
    get: {
      operationId: "openapi",
      security: publicAccess,
      summary: "Dit document",
      tags: ["API"],
      responses: { "200": { description: "OpenAPI 3.0", headers: apiVersionHeader, content: { "application/json": { schema: { type: "object" } } } } },
    },
  };

  return {
    openapi: "3.0.3",
    info: {
      title: "Zorgpact open data",
      version: API_VERSION,
      description:
        "Alle gepubliceerde gegevens van het Zorgpact: zorgpacten, partners, effectketens, indicatoren en metingen. Alleen lezen. Concepten en gearchiveerde zorgpacten staan er nooit in. Elke respons heeft de kop API-Version; fouten komen als application/problem+json.",
      license: OPEN_DATA_LICENCE,
    },
    servers: [{ url: "/v1", description: "Deze server" }],
    tags: [
      { name: "Gegevens", description: "Gepagineerde lijsten en één zorgpact" },
      { name: "Downloads", description: "Hele gegevenssets als CSV of JSON" },
      { name: "API", description: "Over de API zelf" },
    ],
    paths,
    components: {
      schemas,
      parameters: {
        cursor: {
          name: "cursor",
          in: "query",
          required: false,
          description: "Ondoorzichtige cursor uit nextCursor of _links.next van de vorige pagina; zonder cursor en page de eerste pagina",
          schema: { type: "string", maxLength: 2000 },
        },
        page: {
          name: "page",
          in: "query",
          required: false,
          description: "Paginanummer (met total); langzamer bij grote sets, gebruik liever de cursor",
          schema: { type: "integer", minimum: 1 },
        },
        pageSize: {
          name: "pageSize",
          in: "query",
          required: false,
          schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
        },
      },
      headers: {
        "API-Version": { description: "Volledige versie van de API", schema: { type: "string", example: API_VERSION } },
        ETag: { description: "Versie van deze respons, voor If-None-Match", schema: { type: "string" } },
        "Cache-Control": { description: "Openbaar, vijf minuten te bewaren", schema: { type: "string", example: "public, max-age=300" } },
      },
    },
  };
}

/** Every download: standard CSV, CSV for Dutch Excel and JSON of each data set. */
export function downloadFileNames(): string[] {
  return openDatasetNames.flatMap((name) => [`${name}.csv`, `${name}.excel.csv`, `${name}.json`]);
}

function pascal(name: string): string {
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}
