import { describe, expect, it } from "vitest";
import { differingFields, filterPacts, togglePact, userFormInput, type UserFormValues } from "./user-form.ts";

const editor: UserFormValues = { name: "Anna", email: "anna@example.nl", role: "regional_editor", pactIds: ["a", "b"] };

describe("userFormInput", () => {
  it("sends no pacts for the national team and keeps them for an editor", () => {
    expect(userFormInput({ ...editor, role: "national_admin" }).pactIds).toEqual([]);
    expect(userFormInput(editor).pactIds).toEqual(["a", "b"]);
  });
});

describe("filterPacts", () => {
  const pacts = [{ name: "Zorgpact Noord" }, { name: "Zorgpact Zuid-Holland" }, { name: "Coöperatie Één" }];

  it("matches part of the name, ignoring case and accents", () => {
    expect(filterPacts(pacts, "noord")).toEqual([{ name: "Zorgpact Noord" }]);
    expect(filterPacts(pacts, "cooperatie")).toEqual([{ name: "Coöperatie Één" }]);
    expect(filterPacts(pacts, "  ")).toHaveLength(3);
  });
});

describe("togglePact", () => {
  it("adds and removes without duplicates", () => {
    expect(togglePact(["a"], "b", true)).toEqual(["a", "b"]);
    expect(togglePact(["a", "b"], "a", true)).toEqual(["b", "a"]);
    expect(togglePact(["a", "b"], "a", false)).toEqual(["b"]);
  });
});

describe("differingFields", () => {
  it("lists what the user typed that is not what is stored now", () => {
    const saved = { ...editor, name: "Anna de Vries", pactIds: ["b", "a"] };
    expect(differingFields(editor, saved)).toEqual(["name"]);
    expect(differingFields({ ...editor, email: " Anna@Example.nl" }, editor)).toEqual([]);
    expect(differingFields({ ...editor, role: "national_admin" }, editor)).toEqual(["role", "pactIds"]);
  });
});
