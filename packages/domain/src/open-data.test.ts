import { describe, expect, it } from "vitest";
import { isOpenDataset, joinList, openDataColumns, openDatasetNames } from "./open-data.ts";

describe("open data sets", () => {
  it("names the data sets and refuses others", () => {
    expect(openDatasetNames).toEqual([
      "pacts",
      "partners",
      "chain-nodes",
      "chain-links",
      "indicators",
      "measurements",
      "breakdowns",
      "barriers",
      "regulations",
      "events",
    ]);
    expect(isOpenDataset("chain-links")).toBe(true);
    expect(isOpenDataset("users")).toBe(false);
    expect(isOpenDataset("toString")).toBe(false);
  });

  it("has the columns of the row schema, in order, as the CSV header", () => {
    expect(openDataColumns("chain-links")).toEqual(["pactId", "pactSlug", "fromId", "toId"]);
    expect(openDataColumns("pacts")[0]).toBe("id");
  });

  it("joins lists inside a row with a semicolon", () => {
    expect(joinList(["Groningen", "Friesland"])).toBe("Groningen; Friesland");
  });
});
