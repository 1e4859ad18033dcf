import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./root.ts";

/**
 * Every string a procedure takes refuses NUL and lone surrogates (PostgreSQL stores neither, and
 * a jsonb audit row with one fails), and every integer refuses values past a 32-bit column. Walks
 * each procedure's input schema (as JSON Schema) to every string and integer field (money in
 * cents: past 2^53) and feeds
 * that field alone a bad value: the schema itself must name the field. New procedures are
 * checked as they are added to the router.
 */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maximum?: number;
};

interface Leaf {
  path: (string | number)[];
  kind: "string" | "integer";
  /** Builds an input holding `value` at the leaf (and the discriminators on the way). */
  build: (value: unknown) => unknown;
}

function leavesOf(schema: JsonSchema, build: (value: unknown) => unknown, path: (string | number)[] = [], depth = 0): Leaf[] {
  if (depth > 6) return [];
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return members.flatMap((member) => leavesOf(member, build, path, depth + 1));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "string" && schema.enum === undefined && schema.const === undefined) return [{ path, kind: "string", build }];
  if (type === "integer") return [{ path, kind: "integer", build }];
  if (type === "array" && schema.items) return leavesOf(schema.items, (value) => build([value]), [...path, 0], depth + 1);
  if (type === "object" && schema.properties) {
    // Constant properties (a discriminated union's `kind`) go along, so the right member is checked.
    const constants = Object.fromEntries(
      Object.entries(schema.properties)
        .filter(([, p]) => p.const !== undefined)
        .map(([k, p]) => [k, p.const]),
    );
    return Object.entries(schema.properties).flatMap(([key, property]) =>
      leavesOf(property, (value) => build({ ...constants, [key]: value }), [...path, key], depth + 1),
    );
  }
  return [];
}

interface Procedure {
  _def: { inputs: unknown[] };
}
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures);

type Issue = { path: PropertyKey[]; code: string; errors?: Issue[][] };

/** Whether some issue (also inside a union's members) names exactly `path`. */
function names(issues: readonly Issue[], path: string, prefix: PropertyKey[] = []): boolean {
  return issues.some((issue) => {
    const at = [...prefix, ...issue.path];
    if (at.join(".") === path) return true;
    return issue.code === "invalid_union" && (issue.errors ?? []).some((member) => names(member, path, at));
  });
}

function refusesAt(schema: z.ZodType, input: unknown, path: (string | number)[]): boolean {
  const result = schema.safeParse(input);
  return !result.success && names(result.error.issues as Issue[], path.join("."));
}

describe("procedure inputs", () => {
  it("refuse NUL and lone surrogates in every string field and integers past 2^31-1, naming the field", () => {
    const unguarded: string[] = [];
    let checked = 0;
    for (const [name, procedure] of procedures) {
      for (const input of procedure._def.inputs.filter((s): s is z.ZodType => s instanceof z.ZodType)) {
        const json = z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as JsonSchema;
        for (const leaf of leavesOf(json, (value) => value)) {
          checked++;
          const field = `${name}: ${leaf.path.join(".") || "(input)"}`;
          if (leaf.kind === "string") {
            for (const bad of ["Zorg\u0000pact", "Zorg\uD800pact", "\uDC00"]) {
              if (!refusesAt(input, leaf.build(bad), leaf.path)) unguarded.push(`${field} takes ${JSON.stringify(bad)}`);
            }
          } else {
            // Money is stored in cents in bigint columns; every other whole number in an integer one.
            const isCents = /cents$/i.test(String(leaf.path.at(-1)));
            const tooBig = isCents ? Number.MAX_SAFE_INTEGER + 2 : 2 ** 31;
            if (!refusesAt(input, leaf.build(tooBig), leaf.path)) unguarded.push(`${field} takes ${isCents ? "2^53" : "2^31"}`);
          }
        }
      }
    }
    console.log(`input fields checked: ${checked} over ${procedures.length} procedures`);
    expect(checked).toBeGreaterThan(100);
    expect([...new Set(unguarded)]).toEqual([]);
  });
});
