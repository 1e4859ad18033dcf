import fc from "fast-check";
import { z } from "zod";

/**
 * Bad inputs for fuzzing procedures, generated from each procedure's zod input schema (through
 * its JSON Schema): mostly well-formed values, so calls reach the services, with hostile ones
 * mixed in at every leaf (NUL, lone surrogates, huge strings, numbers past the columns' range,
 * fractions, wrong types, deep objects, extra keys) and sometimes in place of the whole input.
 */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: unknown;
};

const HUGE = "A".repeat(100_000);

export const hostileStrings: readonly string[] = [
  "",
  " ",
  "\u0000",
  "abc\u0000def",
  "\uD800",
  "x\uDC00y",
  "\uDBFF\uDBFF",
  "𝒳𝒴",
  HUGE,
  `${"\u0000".repeat(1000)}`,
  "' OR 1=1 --",
  "'; drop table pacts; --",
  "../../../etc/passwd",
  "%00",
  "<script>alert(1)</script>",
  '=HYPERLINK("https://evil.example",\n"x")',
  "2024-02-30",
  "0000-00-00",
  "99999-12-31",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "NaN",
  "-1",
  "1e309",
  "\\",
  "\r\n",
  "constructor",
  "__proto__",
];

export const hostileNumbers: readonly number[] = [
  0,
  -1,
  1,
  0.5,
  -0,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

function deepObject(depth: number): unknown {
  let value: unknown = { leaf: "\u0000" };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const hostileOther: readonly unknown[] = [
  null,
  undefined,
  true,
  false,
  [],
  {},
  [null],
  Array.from({ length: 10_000 }, (_, i) => i),
  deepObject(500),
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  new Date(0),
  BigInt(1),
];

/** Anything hostile: a string, a number or a value of the wrong kind. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(...hostileOther),
  fc.string({ unit: "binary", maxLength: 40 }),
);

export interface FuzzPools {
  /** Real ids from the database, so well-formed inputs find records. */
  ids: readonly string[];
  /** Real slugs. */
  slugs: readonly string[];
}

/** Per leaf: mostly a well-formed value, often one made hostile in its own kind, sometimes anything. */
function withHostile(valid: fc.Arbitrary<unknown>, kind: "string" | "number" | "other" = "other"): fc.Arbitrary<unknown> {
  const ownKind =
    kind === "string"
      ? fc.oneof(
          fc.constantFrom(...hostileStrings),
          fc.tuple(valid, fc.constantFrom(...injections)).map(([value, inject]) => (typeof value === "string" ? inject(value) : value)),
        )
      : kind === "number"
        ? fc.constantFrom(...hostileNumbers)
        : hostile;
  return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: ownKind, weight: 2 }, { arbitrary: hostile, weight: 1 });
}

/** Ways to spoil a well-formed string while keeping most of it. */
const injections: readonly ((text: string) => string)[] = [
  (text) => `${text}\u0000`,
  (text) => `\u0000${text}`,
  (text) => `${text}\uD800`,
  (text) => `\uDC00${text}`,
  (text) => text.padEnd(50_000, text || "x"),
  (text) => ` \n${text}\t `,
];

function stringArbitrary(schema: JsonSchema, pools: FuzzPools): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case "uuid":
      return pools.ids.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...pools.ids), weight: 3 }, fc.uuid()) : fc.uuid();
    case "date":
      return fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case "email":
      return fc.constantFrom("beheer@demo.zorgpact.nl", "iemand@example.nl", "NIEMAND@Example.NL");
    default:
      break;
  }
  const max = Math.min(schema.maxLength ?? 60, 300);
  const min = Math.min(schema.minLength ?? 0, max);
  const options: fc.Arbitrary<unknown>[] = [
    fc.string({ minLength: min, maxLength: max }),
    fc.constantFrom("Zorgpact Noord", "Samen leren in de wijk", "studenten"),
  ];
  if (pools.slugs.length > 0) options.push(fc.constantFrom(...pools.slugs));
  return fc.oneof(...options);
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? -1_000;
  const max = schema.maximum ?? 1_000_000;
  const lo = Math.max(min, -1e9);
  const hi = Math.min(max, 1e9);
  return integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary for one JSON Schema node; `depth` stops recursive schemas. */
export function arbitraryFor(schema: JsonSchema, pools: FuzzPools, root: JsonSchema = schema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return hostile;
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() ?? "";
    const target = root.$defs?.[name];
    return target ? arbitraryFor(target, pools, root, depth + 1) : hostile;
  }
  const next = (s: JsonSchema) => arbitraryFor(s, pools, root, depth + 1);
  if (schema.anyOf ?? schema.oneOf) return fc.oneof(...(schema.anyOf ?? schema.oneOf)!.map(next));
  if (schema.allOf?.length) return next(schema.allOf[0]!);
  if (schema.const !== undefined) return withHostile(fc.constant(schema.const));
  if (schema.enum) return withHostile(fc.constantFrom(...schema.enum), schema.enum.every((v) => typeof v === "string") ? "string" : "other");

  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return withHostile(stringArbitrary(schema, pools), "string");
    case "integer":
      return withHostile(numberArbitrary(schema, true), "number");
    case "number":
      return withHostile(numberArbitrary(schema, false), "number");
    case "boolean":
      return withHostile(fc.boolean());
    case "null":
      return withHostile(fc.constant(null));
    case "array": {
      const items = schema.prefixItems
        ? fc.tuple(...schema.prefixItems.map(next))
        : fc.array(schema.items ? next(schema.items) : hostile, { maxLength: Math.min(schema.maxItems ?? 4, 4) });
      return withHostile(items);
    }
    case "object": {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const shape = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, next(value)]));
      const record = fc.record(shape, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
      const extras = fc.dictionary(fc.constantFrom("extra", "__proto__", "constructor", "id", "role", "pactIds"), hostile, { maxKeys: 2 });
      const withExtras = fc.tuple(record, extras).map(([base, more]) => ({ ...more, ...base }));
      // Sometimes a required key is missing.
      const missing = record.chain((value) =>
        Object.keys(value).length === 0
          ? fc.constant(value)
          : fc.constantFrom(...Object.keys(value)).map((drop) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== drop))),
      );
      return fc.oneof(
        { arbitrary: record, weight: 6 },
        { arbitrary: withExtras, weight: 2 },
        { arbitrary: missing, weight: 1 },
        { arbitrary: hostile, weight: 1 },
      );
    }
    default:
      return hostile;
  }
}

/** The JSON Schema of a procedure's input (several `.input()`s merge as one object); `{}` when none. */
export function inputJsonSchema(inputs: readonly unknown[]): JsonSchema {
  if (inputs.length === 0) return {};
  const schemas = inputs.filter((s): s is z.ZodType => s instanceof z.ZodType);
  const converted = schemas.map((schema) => {
    try {
      return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    } catch {
      return {};
    }
  });
  if (converted.length === 1) return converted[0]!;
  return { allOf: converted };
}

/** Inputs for one procedure: from its schema, with a share of wholly hostile values. */
export function inputsFor(inputs: readonly unknown[], pools: FuzzPools): fc.Arbitrary<unknown> {
  const schema = inputJsonSchema(inputs);
  const fromSchema = Object.keys(schema).length === 0 ? hostile : arbitraryFor(schema, pools);
  return fc.oneof({ arbitrary: fromSchema, weight: 9 }, { arbitrary: hostile, weight: 1 });
}

/** Text in a client-visible error message that would reveal internals. */
export const LEAK =
  /\brelation\b|\bcolumn\b|syntax error|violates|duplicate key|\bSQL\b|select .* from|insert into|node_modules|\/work\/|\bat .*\.[tj]s:\d+|\.ts:\d+|TypeError|ReferenceError|Cannot read prop|is not a function|undefined is not|ECONNREFUSED|pglite|kysely/i;

/** A short description of an input for a failure report. */
export function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_, value: unknown) =>
      typeof value === "string" && value.length > 60 ? `${value.slice(0, 20)}…(${value.length})` : typeof value === "bigint" ? `${value}n` : value,
    );
    return text === undefined ? typeof input : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return `(${typeof input} that JSON cannot show)`;
  }
}

/** `count` inputs for a procedure from a fixed seed (for callers without fast-check of their own). */
export function sampleInputs(inputs: readonly unknown[], pools: FuzzPools, seed: number, count: number): unknown[] {
  return fc.sample(inputsFor(inputs, pools), { seed, numRuns: count });
}

/** `count` hostile values from a fixed seed. */
export function sampleHostile(seed: number, count: number): unknown[] {
  return fc.sample(hostile, { seed, numRuns: count });
}
