import { describe, expect, it } from "vitest";
import { checklistProgress, checklistTickInputSchema, isChecklistItem, phases, phaseNumberSchema } from "./phase.ts";

describe("phases of collaboration", () => {
  it("has four phases with the Dutch labels of figure 3, in order", () => {
    expect(phases.map((p) => p.label)).toEqual(["Kaderen van de uitdaging", "Richten van de inzet", "Mobiliseren van de uitvoering", "Verankeren"]);
    expect(phases.map((p) => p.checklist.length)).toEqual([3, 4, 3, 4]);
  });

  it("refuses a phase outside 1–4", () => {
    expect(phaseNumberSchema.safeParse(5).success).toBe(false);
    expect(phaseNumberSchema.safeParse(0).success).toBe(false);
  });

  it("counts ticked items of the phase only, ignoring other phases and unticked items", () => {
    const progress = checklistProgress(2, [
      { phase: 2, itemKey: "change_coalition", done: true },
      { phase: 2, itemKey: "ground_rules", done: false },
      { phase: 1, itemKey: "vision", done: true },
    ]);
    expect(progress).toEqual({ done: 1, total: 4 });
  });

  it("knows which item keys belong to a phase", () => {
    expect(isChecklistItem(4, "restart_pdca")).toBe(true);
    expect(isChecklistItem(1, "restart_pdca")).toBe(false);
  });
});

describe("ticking a checklist item", () => {
  const pactId = "00000000-0000-4000-8000-000000000001";

  it("refuses an item of another phase", () => {
    const result = checklistTickInputSchema.safeParse({ pactId, phase: 1, itemKey: "restart_pdca", done: false });
    expect(result.error?.issues[0]?.path).toEqual(["itemKey"]);
  });

  it("needs the date an item was done", () => {
    const result = checklistTickInputSchema.safeParse({ pactId, phase: 4, itemKey: "restart_pdca", done: true });
    expect(result.error?.issues[0]?.path).toEqual(["doneOn"]);
    expect(checklistTickInputSchema.safeParse({ pactId, phase: 4, itemKey: "restart_pdca", done: true, doneOn: "2017-06-01" }).success).toBe(true);
  });
});
