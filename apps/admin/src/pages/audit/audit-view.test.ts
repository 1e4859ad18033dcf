import { describe, expect, it } from "vitest";
import { actionOptionLabel, changeRows, formatAuditTime, formatChangeValue, reasonLabel } from "./audit-view.ts";

const names = { pacts: new Map([["p1", "Zorgpact Noord"]]) };

describe("formatAuditTime", () => {
  it("shows the time in Amsterdam to the second", () => {
    expect(formatAuditTime("2026-07-01T10:05:09Z")).toBe("1 jul 2026, 12:05:09");
    expect(formatAuditTime("2026-01-15T23:30:00Z")).toBe("16 jan 2026, 00:30:00");
  });
});

describe("formatChangeValue", () => {
  it("writes values the way a reader expects", () => {
    expect(formatChangeValue("active", false, names)).toBe("nee");
    expect(formatChangeValue("role", "regional_editor", names)).toBe("Regioredacteur");
    expect(formatChangeValue("pactIds", ["p1", "p2"], names)).toBe("Zorgpact Noord, p2");
    expect(formatChangeValue("pactIds", [], names)).toBe("—");
    expect(formatChangeValue("name", null, names)).toBe("—");
  });
});

describe("changeRows", () => {
  it("lists every field that appears before or after", () => {
    const rows = changeRows({ before: { name: "Anna", active: true }, after: { name: "Anna de Vries", active: true } }, names);
    expect(rows).toEqual([
      { field: "name", label: "Naam", before: "Anna", after: "Anna de Vries" },
      { field: "active", label: "Actief", before: "ja", after: "ja" },
    ]);
    expect(changeRows({ after: { password: "gewijzigd" } }, names)).toEqual([{ field: "password", label: "Wachtwoord", before: "—", after: "gewijzigd" }]);
    expect(changeRows(null, names)).toEqual([]);
  });
});

describe("labels", () => {
  it("names known actions and reasons in Dutch and keeps unknown codes", () => {
    expect(actionOptionLabel("user.create")).toBe("Gebruiker aanmaken (user.create)");
    expect(actionOptionLabel("taxonomy.add")).toBe("taxonomy.add");
    expect(reasonLabel("FORBIDDEN")).toBe("geen toestemming");
    expect(reasonLabel(undefined)).toBeUndefined();
  });
});
