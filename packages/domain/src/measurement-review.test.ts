import { describe, expect, it } from "vitest";
import {
  correctionInputSchema,
  lockCovering,
  lockInputSchema,
  periodsOverlap,
  reviewRefusal,
  reviewReturnInputSchema,
  statusAfterSave,
} from "./measurement-review.ts";
import type { Actor } from "./permission.ts";

const PACT = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const national: Actor = { kind: "user", userId: "n", role: "national_admin", pactIds: [] };
const editor = (userId: string, pactIds = [PACT]): Actor => ({ kind: "user", userId, role: "regional_editor", pactIds });
const submitted = { pactId: PACT, peerReview: false, reviewStatus: "submitted" as const, submittedBy: "e1" };

describe("who reviews a measurement", () => {
  it("lets the national team review any submitted measurement, and approves its own saves at once", () => {
    expect(reviewRefusal(national, submitted)).toBeNull();
    expect(statusAfterSave(national)).toBe("approved");
    expect(statusAfterSave(editor("e1"))).toBe("submitted");
  });

  it("lets a second editor review only when the pact opts in, never the submitter or another pact's editor", () => {
    expect(reviewRefusal(editor("e2"), submitted)).toBe("not_reviewer");
    const peer = { ...submitted, peerReview: true };
    expect(reviewRefusal(editor("e2"), peer)).toBeNull();
    expect(reviewRefusal(editor("e1"), peer)).toBe("own_submission");
    expect(reviewRefusal(editor("e3", [OTHER]), peer)).toBe("not_reviewer");
    expect(reviewRefusal({ kind: "anonymous" }, peer)).toBe("not_reviewer");
  });

  it("reviews submitted measurements only", () => {
    expect(reviewRefusal(national, { ...submitted, reviewStatus: "approved" })).toBe("not_submitted");
    expect(reviewRefusal(national, { ...submitted, reviewStatus: "returned" })).toBe("not_submitted");
  });
});

describe("locked periods", () => {
  const locks = [{ periodStart: "2017-01-01", periodEnd: "2017-12-31" }];
  it("covers both ends of the period and nothing outside it", () => {
    expect(lockCovering(locks, "2017-01-01")).toBe(locks[0]);
    expect(lockCovering(locks, "2017-12-31")).toBe(locks[0]);
    expect(lockCovering(locks, "2016-12-31")).toBeUndefined();
    expect(lockCovering(locks, "2018-01-01")).toBeUndefined();
  });

  it("finds overlapping periods, including ones sharing a single day", () => {
    expect(periodsOverlap(locks[0]!, { periodStart: "2017-12-31", periodEnd: "2018-06-30" })).toBe(true);
    expect(periodsOverlap(locks[0]!, { periodStart: "2018-01-01", periodEnd: "2018-06-30" })).toBe(false);
  });
});

describe("inputs", () => {
  const id = PACT;
  it("requires a comment to return and a reason to correct", () => {
    expect(reviewReturnInputSchema.safeParse({ id, version: 1, comment: "   " }).success).toBe(false);
    expect(reviewReturnInputSchema.safeParse({ id, version: 1, comment: "Bron?\u0000" }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ id, version: 1, value: 3, reason: "fout" }).success).toBe(false);
    expect(correctionInputSchema.parse({ id, version: 1, value: 3, source: "", reason: "Telfout gevonden" })).toMatchObject({ source: null, note: null });
  });

  it("refuses a period that ends before it starts", () => {
    const result = lockInputSchema.safeParse({ indicatorId: id, periodStart: "2018-01-01", periodEnd: "2017-12-31" });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual(["periodEnd"]);
  });
});
