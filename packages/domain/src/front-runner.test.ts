import { describe, expect, it } from "vitest";
import {
  admissionDecisionInputSchema,
  canMoveAdmission,
  frontRunnerApplicationInputSchema,
  frontRunnerCriteria,
  followUpSchema,
  isSpam,
  missingCriteria,
  nextAdmissionStatuses,
  submissionDecision,
} from "./front-runner.ts";
import { admissionStatuses } from "./pact.ts";

const id = "00000000-0000-4000-8000-000000000001";

describe("admission of a front-runner", () => {
  it("runs applied → under review → admitted or rejected, and only so", () => {
    const allowed = admissionStatuses.flatMap((from) => admissionStatuses.filter((to) => canMoveAdmission(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(["applied→under_review", "under_review→admitted", "under_review→rejected"]);
  });

  it("has no way out of a decision, and no way in without an application", () => {
    expect(nextAdmissionStatuses("admitted")).toEqual([]);
    expect(nextAdmissionStatuses("rejected")).toEqual([]);
    expect(canMoveAdmission(null, "under_review")).toBe(false);
  });

  it("lists the criteria of the brief, and which of them are not met yet, in order", () => {
    expect(frontRunnerCriteria.map((c) => c.key)).toEqual(["education_and_care", "local_government", "visible_results", "transferable"]);
    expect(
      missingCriteria([
        { key: "visible_results", met: true },
        { key: "local_government", met: false },
      ]),
    ).toEqual(["education_and_care", "local_government", "transferable"]);
    expect(missingCriteria(frontRunnerCriteria.map((c) => ({ key: c.key, met: true })))).toEqual([]);
  });

  it("requires a reason to reject, not to admit", () => {
    const reject = admissionDecisionInputSchema.safeParse({ id, version: 1, decision: "reject", reason: " " });
    expect(reject.success).toBe(false);
    expect(reject.error?.issues[0]?.path).toEqual(["reason"]);
    expect(admissionDecisionInputSchema.safeParse({ id, version: 1, decision: "reject", reason: "Geen zichtbare resultaten." }).success).toBe(true);
    expect(admissionDecisionInputSchema.safeParse({ id, version: 1, decision: "admit" }).success).toBe(true);
  });
});

describe("the public application form", () => {
  const form = {
    initiativeName: "Wijkleercentra Achterhoek",
    description: "Studenten leren in de wijk met een wijkdocent van het Graafschapcollege.",
    organisationName: "Graafschapcollege",
    contactName: "Jan Jansen",
    contactEmail: " Jan@Example.NL ",
    motivation: "We willen onze aanpak delen met andere regio's en ervan leren.",
  };

  it("accepts a complete form, with the e-mail address normalised and an empty spam trap", () => {
    const parsed = frontRunnerApplicationInputSchema.parse(form);
    expect(parsed.contactEmail).toBe("jan@example.nl");
    expect(parsed.website).toBe("");
    expect(isSpam(parsed)).toBe(false);
  });

  it("names the fields that are missing, in Dutch", () => {
    const result = frontRunnerApplicationInputSchema.safeParse({ ...form, motivation: "kort", contactEmail: "geen-adres" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["contactEmail", "motivation"]);
    expect(result.error?.issues.find((i) => i.path[0] === "motivation")?.message).toMatch(/koploper/);
  });

  it("treats a filled spam trap as spam", () => {
    expect(isSpam(frontRunnerApplicationInputSchema.parse({ ...form, website: "http://spam.example" }))).toBe(true);
  });
});

describe("submission rate limit", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it("allows five submissions an hour and refuses the sixth until the oldest leaves the window", () => {
    const four = [1, 2, 3, 4].map(minutesAgo);
    expect(submissionDecision(four, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const five = [50, 40, 30, 20, 10].map(minutesAgo);
    expect(submissionDecision(five, now)).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
  });

  it("forgets submissions older than an hour", () => {
    expect(submissionDecision([61, 70, 80, 90, 100].map(minutesAgo), now).allowed).toBe(true);
  });
});

describe("follow-up of an admitted front-runner", () => {
  it("accepts adoption, several challenges and agreements", () => {
    const parsed = followUpSchema.safeParse({
      adoption: "parts",
      challenges: ["funding", "collective_agreements"],
      consolidationAgreements: ["regular_offering", "joint_agenda"],
    });
    expect(parsed.success).toBe(true);
  });

  it("refuses 'no agreements' next to an agreement, and duplicates", () => {
    const none = followUpSchema.safeParse({ adoption: null, challenges: [], consolidationAgreements: ["none", "joint_agenda"] });
    expect(none.error?.issues[0]?.path).toEqual(["consolidationAgreements"]);
    expect(followUpSchema.safeParse({ adoption: null, challenges: ["funding", "funding"], consolidationAgreements: [] }).success).toBe(false);
  });
});
