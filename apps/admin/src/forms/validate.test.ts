import { describe, expect, it } from "vitest";
import { loginInputSchema, userCreateInputSchema } from "@zorgpact/domain/account";
import { validate } from "./validate.ts";

describe("validate", () => {
  it("returns the parsed input when the form is valid", () => {
    const result = validate(loginInputSchema, { email: "  Beheer@Demo.Zorgpact.nl ", password: "x" });
    expect(result).toEqual({ ok: true, data: { email: "beheer@demo.zorgpact.nl", password: "x" }, errors: {} });
  });

  it("gives the domain's Dutch message per field", () => {
    const result = validate(userCreateInputSchema, { email: "geen-adres", name: "A", role: "regional_editor", pactIds: [], password: "kort" });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      email: "Vul een geldig e-mailadres in.",
      name: "Vul een naam in van minstens 2 tekens.",
      password: "Kies een wachtwoord van minstens 12 tekens.",
      pactIds: "Een regioredacteur hoort bij minstens één zorgpact.",
    });
  });
});
