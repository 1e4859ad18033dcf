import { describe, expect, it } from "vitest";
import { countPactsByKind, orderMapPacts } from "./map.ts";

describe("map pacts", () => {
  const pacts = [
    { kind: "front_runner" as const, name: "Zorgtechniek Limburg" },
    { kind: "regional_pact" as const, name: "Zorgpact Limburg" },
    { kind: "breeding_ground" as const, name: "Broedplaats Heerlen" },
    { kind: "front_runner" as const, name: "Care Academy" },
  ];

  it("puts regional pacts first, then breeding grounds, then front-runners by name", () => {
    expect(orderMapPacts(pacts).map((p) => p.name)).toEqual(["Zorgpact Limburg", "Broedplaats Heerlen", "Care Academy", "Zorgtechniek Limburg"]);
  });

  it("counts the pacts of each kind", () => {
    expect(countPactsByKind(pacts)).toEqual({ regionalPacts: 1, frontRunners: 2, breedingGrounds: 1 });
  });
});
