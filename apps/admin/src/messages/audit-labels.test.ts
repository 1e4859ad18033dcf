/**
 * The audit log's action labels follow the router. The real check is the typecheck
 * (`auditActions satisfies CompleteAuditLabels` in audit.ts); these type assertions pin what that
 * type means, so loosening it (to `Record<string, string>`, say) fails here too.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AuditLabels, CompleteAuditLabels, MutationPath, QueryPath } from "./audit-paths.ts";
import { auditActions } from "./audit.ts";

describe("audit action labels typed from the router", () => {
  it("has a Dutch label for every mutation of the API", () => {
    expectTypeOf(auditActions).toExtend<Record<MutationPath, string>>();
    expectTypeOf<Exclude<MutationPath, keyof typeof auditActions>>().toEqualTypeOf<never>();
    expect(auditActions["partner.add"]).toBe("Partner toevoegen");
  });

  it("knows mutations from queries and refuses a label for a procedure that does not exist", () => {
    expectTypeOf<"partner.add">().toExtend<MutationPath>();
    expectTypeOf<"audit.list">().not.toExtend<MutationPath>();
    expectTypeOf<"audit.list">().toExtend<QueryPath>();
    expectTypeOf<{ "partner.verzin": string }>().not.toExtend<AuditLabels>();
    // A map without one mutation's label is not complete.
    expectTypeOf<Omit<typeof auditActions, "partner.add">>().not.toExtend<CompleteAuditLabels>();
  });

  it("gives every label some Dutch text", () => {
    for (const [action, label] of Object.entries(auditActions)) expect(label.trim(), action).not.toBe("");
  });
});
