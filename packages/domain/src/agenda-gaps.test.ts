import { describe, expect, it } from "vitest";
import { agendaGaps, type AgendaGapsInput } from "./agenda-gaps.ts";

const A = "issue-a";
const B = "issue-b";

/** A complete chain under issue A: input → activity → result → effect, result and effect measured. */
function completeA(): AgendaGapsInput {
  return {
    issues: [{ id: A }],
    nodes: [
      { id: "in", kind: "input", issueId: A },
      { id: "act", kind: "activity", issueId: A },
      { id: "res", kind: "result", issueId: A },
      { id: "eff", kind: "effect", issueId: A },
    ],
    links: [
      { fromId: "in", toId: "act" },
      { fromId: "act", toId: "res" },
      { fromId: "res", toId: "eff" },
    ],
    indicators: [
      { id: "i-res", nodeId: "res", measurements: [{}] },
      { id: "i-eff", nodeId: "eff", measurements: [{}] },
    ],
  };
}

describe("agenda gaps", () => {
  it("finds nothing missing in a complete, measured chain", () => {
    expect(agendaGaps(completeA())).toEqual([]);
  });

  it("reports an empty agenda as lacking an effect, for the pact as a whole", () => {
    expect(agendaGaps({ issues: [], nodes: [], links: [], indicators: [] })).toEqual([{ kind: "noEffect", part: "chain", count: 1, issueIds: [null] }]);
  });

  it("names every issue without an effect, in the agenda's order", () => {
    const agenda = completeA();
    const gaps = agendaGaps({ ...agenda, issues: [{ id: B }, ...agenda.issues, { id: "issue-c" }] });
    expect(gaps).toEqual([{ kind: "noEffect", part: "chain", count: 2, issueIds: [B, "issue-c"] }]);
  });

  it("reports the chain's breaks per kind with the issues where they are, nodes without an issue last", () => {
    const agenda = completeA();
    const gaps = agendaGaps({
      ...agenda,
      issues: [{ id: A }, { id: B }],
      nodes: [
        ...agenda.nodes,
        { id: "old-res", kind: "result", issueId: null },
        { id: "b-res", kind: "result", issueId: B },
        { id: "b-eff", kind: "effect", issueId: B },
      ],
      indicators: [
        ...agenda.indicators,
        { id: "i-old", nodeId: "old-res", measurements: [{}] },
        { id: "i-b1", nodeId: "b-res", measurements: [{}] },
        { id: "i-b2", nodeId: "b-eff", measurements: [{}] },
      ],
    });
    expect(gaps).toEqual([
      { kind: "effectsWithoutResult", part: "chain", count: 1, issueIds: [B] },
      { kind: "resultsWithoutActivity", part: "chain", count: 2, issueIds: [B, null] },
    ]);
  });

  it("sends results and effects without an indicator, and indicators without a measurement, to the indicators part", () => {
    const agenda = completeA();
    const gaps = agendaGaps({ ...agenda, indicators: [{ id: "i-res", nodeId: "res", measurements: [] }] });
    expect(gaps).toEqual([
      { kind: "outcomesWithoutIndicator", part: "indicators", count: 1, issueIds: [A] },
      { kind: "indicatorsWithoutMeasurement", part: "indicators", count: 1, issueIds: [A] },
    ]);
  });

  it("does not ask for indicators on inputs and activities", () => {
    const agenda = completeA();
    const gaps = agendaGaps({ ...agenda, nodes: [...agenda.nodes, { id: "in2", kind: "input", issueId: A }] });
    expect(gaps).toEqual([]);
  });
});
