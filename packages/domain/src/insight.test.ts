import { describe, expect, it } from "vitest";
import { groupedShares, share, type TermMention } from "./insight.ts";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const education = { id: id(1), label: "Onderwijs" };
const sector = { id: id(2), label: "Toekomst van de sector" };
const internships = { id: id(11), label: "Toename stageplaatsen", parentId: education.id };
const practice = { id: id(12), label: "Meer leren in de praktijk", parentId: education.id };
const attraction = { id: id(21), label: "Meer aantrekkingskracht van de sector", parentId: sector.id };

const mention = (termId: string, pactId: string, pactKind: TermMention["pactKind"]): TermMention => ({ termId, pactId, pactKind });

describe("share", () => {
  it("divides by N and has no share when N is 0", () => {
    expect(share(3, 12)).toEqual({ count: 3, share: 0.25 });
    expect(share(0, 0)).toEqual({ count: 0, share: null });
  });
});

describe("groupedShares", () => {
  const n = { regionalPacts: 4, frontRunners: 2 };

  it("counts each pact once per term, however many of its nodes name it", () => {
    const [group] = groupedShares(
      [education],
      [internships],
      [
        mention(internships.id, "noord", "regional_pact"),
        mention(internships.id, "noord", "regional_pact"),
        mention(internships.id, "rotterdam", "regional_pact"),
        mention(internships.id, "ztl", "front_runner"),
      ],
      n,
    );
    expect(group?.rows).toEqual([
      { termId: internships.id, label: "Toename stageplaatsen", regionalPacts: { count: 2, share: 0.5 }, frontRunners: { count: 1, share: 0.5 } },
    ]);
  });

  it("keeps the order of groups and terms, with terms nobody names at zero", () => {
    const groups = groupedShares([education, sector], [internships, practice, attraction], [mention(attraction.id, "ztl", "front_runner")], n);
    expect(groups.map((g) => g.label)).toEqual(["Onderwijs", "Toekomst van de sector"]);
    expect(groups[0]?.rows.map((r) => [r.label, r.regionalPacts.count, r.frontRunners.count])).toEqual([
      ["Toename stageplaatsen", 0, 0],
      ["Meer leren in de praktijk", 0, 0],
    ]);
    expect(groups[1]?.rows[0]?.frontRunners).toEqual({ count: 1, share: 0.5 });
  });

  it("leaves out groups without terms and gathers terms without a known parent last", () => {
    const orphan = { id: id(31), label: "Los resultaatgebied", parentId: null };
    const groups = groupedShares([education, sector], [internships, orphan], [], n);
    expect(groups.map((g) => [g.groupId, g.label])).toEqual([
      [education.id, "Onderwijs"],
      [null, null],
    ]);
  });

  it("has no shares when there are no published pacts of a kind", () => {
    const [group] = groupedShares([education], [internships], [], { regionalPacts: 0, frontRunners: 0 });
    expect(group?.rows[0]?.regionalPacts).toEqual({ count: 0, share: null });
  });
});
