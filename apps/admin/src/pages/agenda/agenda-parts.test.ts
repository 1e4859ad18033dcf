import { describe, expect, it } from "vitest";
import { agendaPartPath, agendaParts } from "./agenda-parts.ts";

const pactId = "11111111-1111-4111-8111-111111111111";

describe("agenda part paths", () => {
  it("gives each part its own Dutch URL under the pact's agenda", () => {
    expect(agendaParts.map((part) => agendaPartPath(pactId, part.key))).toEqual([
      `/zorgpacten/${pactId}/agenda/vraagstukken`,
      `/zorgpacten/${pactId}/agenda/effectketen`,
      `/zorgpacten/${pactId}/agenda/indicatoren`,
      `/zorgpacten/${pactId}/agenda/importeren-exporteren`,
    ]);
  });

  it("names the chosen issue in the query, and the chain without an issue as 'zonder'", () => {
    expect(agendaPartPath(pactId, "chain", "abc")).toBe(`/zorgpacten/${pactId}/agenda/effectketen?vraagstuk=abc`);
    expect(agendaPartPath(pactId, "indicators", null)).toBe(`/zorgpacten/${pactId}/agenda/indicatoren?vraagstuk=zonder`);
  });
});
