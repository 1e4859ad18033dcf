import { describe, expect, it } from "vitest";
import { phases } from "@zorgpact/domain/phase";
import { messages } from "../../messages.ts";

describe("phase names on the landing page", () => {
  it("are the domain's phase labels, word for word", () => {
    expect(Object.entries(messages.phaseNames)).toEqual(phases.map((phase) => [String(phase.number), phase.label]));
  });
});
