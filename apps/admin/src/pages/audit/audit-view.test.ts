import { describe, expect, it } from "vitest";
import { actionOptionLabel, auditSentence, changeRows, formatAuditTime, formatChangeValue, reasonLabel, recordLabel, shortened } from "./audit-view.ts";

const names = { pacts: new Map([["p1", "Zorgpact Noord"]]) };
const row = { objectId: "x", objectLabel: null, pactLabel: null } as const;

describe("formatAuditTime", () => {
  it("shows the time in Amsterdam to the second", () => {
    expect(formatAuditTime("2026-07-01T10:05:09Z")).toBe("1 jul 2026, 12:05:09");
    expect(formatAuditTime("2026-01-15T23:30:00Z")).toBe("16 jan 2026, 00:30:00");
  });
});

describe("auditSentence", () => {
  it("says who did what to which record by its name, the pact first", () => {
    expect(auditSentence({ ...row, action: "partner.add", objectType: "pact_partner", objectLabel: "Noorderpoort", pactLabel: "Zorgpact Noord" })).toBe(
      "Zorgpact Noord: partner Noorderpoort toegevoegd",
    );
    expect(auditSentence({ ...row, action: "pact.update", objectType: "pact", objectLabel: "Zorgpact Noord", pactLabel: "Zorgpact Noord" })).toBe(
      "Zorgpact Noord gewijzigd",
    );
    expect(auditSentence({ ...row, action: "organisation.update", objectType: "organisation", objectLabel: "Albeda" })).toBe("Organisatie Albeda gewijzigd");
  });

  it("reads a record that is gone as deleted, and an action without a verb by its label", () => {
    expect(recordLabel({ objectType: "pact_partner", objectId: "x", objectLabel: null })).toBe("(verwijderd) partner");
    expect(auditSentence({ ...row, action: "partner.setRole", objectType: "pact_partner", pactLabel: "Zorgpact Noord" })).toBe(
      "Zorgpact Noord: Rol van partner wijzigen – (verwijderd) partner",
    );
    expect(auditSentence({ ...row, action: "auth.login", objectType: "user", objectLabel: "Anna" })).toBe("Inloggen – Anna");
    expect(auditSentence({ action: "auth.logout", objectType: null, objectId: null, objectLabel: null, pactLabel: null })).toBe("Uitloggen");
  });
});

describe("formatChangeValue", () => {
  it("writes values the way a Dutch reader expects", () => {
    expect(formatChangeValue("active", false, names)).toBe("nee");
    expect(formatChangeValue("role", "regional_editor", names)).toBe("Regioredacteur");
    expect(formatChangeValue("role", "lead", names)).toBe("Trekker");
    expect(formatChangeValue("pactIds", ["p1", "p2"], names)).toBe("Zorgpact Noord, p2");
    expect(formatChangeValue("pactIds", [], names)).toBe("—");
    expect(formatChangeValue("name", null, names)).toBe("—");
    expect(formatChangeValue("value", 1234.5, names)).toBe("1.234,5");
    expect(formatChangeValue("amountCents", 500_000, names)).toMatch(/^€\s?5\.000/);
    expect(formatChangeValue("measuredOn", "2017-12-31", names)).toMatch(/31.*2017/);
  });
});

describe("changeRows", () => {
  it("lists only the fields that changed, before → after", () => {
    const rows = changeRows({ before: { name: "Anna", active: true }, after: { name: "Anna de Vries", active: true } }, names);
    expect(rows).toEqual([{ field: "name", label: "Naam", before: "Anna", after: "Anna de Vries" }]);
    expect(changeRows({ after: { password: "gewijzigd" } }, names)).toEqual([{ field: "password", label: "Wachtwoord", before: "—", after: "gewijzigd" }]);
    expect(changeRows(null, names)).toEqual([]);
  });

  it("shortens long texts for the list", () => {
    const long = "a".repeat(300);
    expect(shortened(long)).toHaveLength(120);
    expect(shortened("kort")).toBe("kort");
  });
});

describe("labels", () => {
  it("names known actions and reasons in Dutch and keeps unknown codes", () => {
    expect(actionOptionLabel("user.create")).toBe("Gebruiker aanmaken (user.create)");
    expect(actionOptionLabel("iets.anders")).toBe("iets.anders");
    expect(reasonLabel("FORBIDDEN")).toBe("geen toestemming");
    expect(reasonLabel(undefined)).toBeUndefined();
  });
});
