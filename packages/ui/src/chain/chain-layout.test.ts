import { describe, expect, it } from "vitest";
import { chainTree, diagramColumns, incompleteReasons, linkPath } from "./chain-layout.ts";

const node = (id: string, kind: "input" | "activity" | "result" | "effect") => ({ id, kind, title: id.toUpperCase() });
const nodes = [node("i1", "input"), node("a1", "activity"), node("a2", "activity"), node("r1", "result"), node("e1", "effect")];
const links = [
  { fromId: "i1", toId: "a1" },
  { fromId: "a1", toId: "r1" },
  { fromId: "a2", toId: "r1" },
  { fromId: "r1", toId: "e1" },
];

describe("diagramColumns", () => {
  it("puts nodes in the four columns in chain order, each with the nodes it leads to", () => {
    const columns = diagramColumns(nodes, links);
    expect(columns.map((c) => c.kind)).toEqual(["input", "activity", "result", "effect"]);
    expect(columns[1]!.entries.map((e) => [e.node.id, e.leadsTo.map((t) => t.node.id)])).toEqual([
      ["a1", ["r1"]],
      ["a2", ["r1"]],
    ]);
    expect(columns[3]!.entries[0]!.leadsTo).toEqual([]);
  });

  it("names nodes outside the diagram as external and ignores links it does not allow", () => {
    const outside = node("e2", "effect");
    const columns = diagramColumns(nodes, [...links, { fromId: "r1", toId: "e2" }, { fromId: "i1", toId: "r1" }], [outside]);
    expect(columns[2]!.entries[0]!.leadsTo).toEqual([
      { node: nodes[4], external: false },
      { node: outside, external: true },
    ]);
    expect(columns[0]!.entries[0]!.leadsTo.map((t) => t.node.id)).toEqual(["a1"]);
  });
});

describe("chainTree", () => {
  it("starts at every input and at every node nothing leads to, following links forward", () => {
    const tree = chainTree(nodes, links);
    expect(tree.map((t) => t.node.id)).toEqual(["i1", "a2"]);
    expect(tree[0]!.children[0]!.node.id).toBe("a1");
    expect(tree[0]!.children[0]!.children[0]!.children[0]!.node.id).toBe("e1");
    expect(tree[1]!.children[0]!.node.id).toBe("r1");
  });
});

describe("incompleteReasons", () => {
  it("says per node why the chain is incomplete there", () => {
    const reasons = incompleteReasons({ effectsWithoutResult: ["e"], resultsWithoutActivity: ["r"], activitiesWithoutInput: ["a"] });
    expect(Object.fromEntries(reasons)).toEqual({ e: "effectWithoutResult", r: "resultWithoutActivity", a: "activityWithoutInput" });
  });
});

describe("linkPath", () => {
  it("draws a curve from the right edge of one card to the left edge of the next", () => {
    expect(linkPath({ left: 0, top: 0, right: 100, bottom: 40 }, { left: 140, top: 60, right: 240, bottom: 100 })).toBe("M 100 20 C 120 20, 120 80, 140 80");
  });

  it("draws nothing when the columns are stacked", () => {
    expect(linkPath({ left: 0, top: 0, right: 300, bottom: 40 }, { left: 0, top: 60, right: 300, bottom: 100 })).toBeNull();
  });
});
