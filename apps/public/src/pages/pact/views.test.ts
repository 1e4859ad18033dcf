import { describe, expect, it } from "vitest";
import type { ChainNode } from "@zorgpact/domain/effect-chain";
import type { Partner } from "@zorgpact/domain/organisation";
import { nodeTitles } from "./chain-view.ts";
import { partnersBySector } from "./partners-view.ts";
import { checklistView } from "./phase-view.ts";

const node = (id: string, kind: ChainNode["kind"], title: string): ChainNode => ({
  id,
  kind,
  title,
  description: null,
  termId: null,
  amountCents: null,
  fte: null,
  fundingSource: null,
  regulationId: null,
  ownerOrganisationId: null,
  periodStart: null,
  periodEnd: null,
  status: null,
});

describe("nodeTitles", () => {
  const nodes = [node("e1", "effect", "Minder uitval"), node("r2", "result", "Nieuwe module")];

  it("names the nodes behind completeness ids", () => {
    expect(nodeTitles(["r2", "onbekend", "e1"], nodes)).toEqual(["Nieuwe module", "Minder uitval"]);
  });
});

describe("partnersBySector", () => {
  const partner = (name: string, sector: Partner["sector"], role: Partner["role"] = "partner"): Partner => ({
    id: name,
    name,
    sector,
    level: null,
    place: null,
    role,
  });

  it("groups in gouden-driehoek order and leaves out empty sectors", () => {
    const groups = partnersBySector([partner("Gemeente Rotterdam", "government"), partner("ROC", "education"), partner("Tinten", "care_welfare")]);
    expect(groups.map((g) => g.sector)).toEqual(["care_welfare", "education", "government"]);
  });

  it("puts the trekker first, then the others by name", () => {
    const [group] = partnersBySector([
      partner("Zorggroep", "care_welfare"),
      partner("Amstelring", "care_welfare"),
      partner("WGV Zorg & Welzijn", "care_welfare", "lead"),
    ]);
    expect(group?.partners.map((p) => p.name)).toEqual(["WGV Zorg & Welzijn", "Amstelring", "Zorggroep"]);
  });
});

describe("checklistView", () => {
  it("marks ticked items of the current phase and counts them", () => {
    const view = checklistView(1, [
      { phase: 1, itemKey: "awareness", done: true },
      { phase: 1, itemKey: "vision", done: false },
      { phase: 2, itemKey: "starting_point", done: true },
    ]);
    expect(view.phase.label).toBe("Kaderen van de uitdaging");
    expect(view.items.map((i) => i.done)).toEqual([true, false, false]);
    expect(view.progress).toEqual({ done: 1, total: 3 });
  });
});
