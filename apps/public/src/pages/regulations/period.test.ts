import { describe, expect, it } from "vitest";
import { periodText } from "./period.ts";

describe("periodText", () => {
  it("names the period in Dutch", () => {
    expect(periodText(2014, 2018)).toBe("2014–2018");
    expect(periodText(2017, 2017)).toBe("2017");
    expect(periodText(2014, null)).toBe("vanaf 2014");
    expect(periodText(null, 2018)).toBe("tot en met 2018");
    expect(periodText(null, null)).toBeNull();
  });
});
