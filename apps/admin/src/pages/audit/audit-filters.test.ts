import { describe, expect, it } from "vitest";
import { auditFiltersToParams, auditListInput, hasActiveAuditFilters, isRangeReversed, parseAuditFilters, recordFilterHref } from "./audit-filters.ts";

const person = "0b6f3c2e-5a1d-4c8e-9f7a-2d3b4c5e6f70";

describe("parseAuditFilters", () => {
  it("reads every filter from the query string", () => {
    const params = new URLSearchParams(
      `persoon=${person}&gebruiker=beheer@&actie=user.create&resultaat=refused&soort=pact_partner&record=a:b&naam=Noord&van=2026-01-01&tot=2026-01-31&pagina=3`,
    );
    expect(parseAuditFilters(params)).toEqual({
      actorUserId: person,
      actorEmail: "beheer@",
      action: "user.create",
      result: "refused",
      objectType: "pact_partner",
      objectId: "a:b",
      record: "Noord",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    });
  });

  it("drops values the API would refuse", () => {
    expect(parseAuditFilters(new URLSearchParams("persoon=anna&resultaat=misschien&van=gisteren&tot=2026-02-30&pagina=0&actie=%20"))).toEqual({ page: 1 });
  });
});

describe("auditFiltersToParams", () => {
  it("round-trips through the query string and leaves defaults out", () => {
    const filters = { actorUserId: person, action: "auth.login", result: "failed" as const, from: "2026-03-01", page: 2 };
    expect(parseAuditFilters(auditFiltersToParams(filters))).toEqual(filters);
    expect(auditFiltersToParams({ page: 1 }).toString()).toBe("");
  });

  it("links to every change of one record", () => {
    expect(recordFilterHref("pact", "p1")).toBe("?soort=pact&record=p1");
  });
});

describe("auditListInput", () => {
  it("asks for pages of 50 with only the set filters", () => {
    expect(auditListInput({ page: 2, result: "ok", record: "Noord" })).toEqual({ page: 2, pageSize: 50, result: "ok", record: "Noord" });
  });
});

describe("hasActiveAuditFilters and isRangeReversed", () => {
  it("ignores the page and spots an end date before the start date", () => {
    expect(hasActiveAuditFilters({ page: 4 })).toBe(false);
    expect(hasActiveAuditFilters({ page: 1, to: "2026-01-01" })).toBe(true);
    expect(hasActiveAuditFilters({ page: 1, objectId: "x" })).toBe(true);
    expect(isRangeReversed({ from: "2026-02-01", to: "2026-01-31" })).toBe(true);
    expect(isRangeReversed({ from: "2026-02-01", to: "2026-02-01" })).toBe(false);
    expect(isRangeReversed({ from: "2026-02-01" })).toBe(false);
  });
});
