import { describe, expect, it } from "vitest";
import { repeatPasswordError } from "./password-repeat.ts";

describe("repeatPasswordError", () => {
  it("accepts the same password twice", () => {
    expect(repeatPasswordError("een lange zin als wachtwoord", "een lange zin als wachtwoord")).toBeUndefined();
  });

  it("asks for the repeat and spots a difference, spaces included", () => {
    expect(repeatPasswordError("een lange zin", "")).toBe("Herhaal het nieuwe wachtwoord.");
    expect(repeatPasswordError("een lange zin", "een lange zin ")).toBe("De twee nieuwe wachtwoorden zijn niet gelijk.");
  });
});
