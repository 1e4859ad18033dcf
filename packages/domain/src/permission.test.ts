import { describe, expect, it } from "vitest";
import { ANONYMOUS, canEditPact, isNationalAdmin, type Actor } from "./permission.ts";

const admin: Actor = { kind: "user", userId: "u1", role: "national_admin", pactIds: [] };
const editorOfA: Actor = { kind: "user", userId: "u2", role: "regional_editor", pactIds: ["A"] };

describe("permission policy", () => {
  it("lets the national team edit every pact", () => {
    expect(canEditPact(admin, "A")).toBe(true);
    expect(canEditPact(admin, "B")).toBe(true);
    expect(isNationalAdmin(admin)).toBe(true);
  });

  it("lets an editor edit their own pact and nothing else", () => {
    expect(canEditPact(editorOfA, "A")).toBe(true);
    expect(canEditPact(editorOfA, "B")).toBe(false);
    expect(isNationalAdmin(editorOfA)).toBe(false);
  });

  it("lets the public edit nothing", () => {
    expect(canEditPact(ANONYMOUS, "A")).toBe(false);
  });
});
