import { describe, expect, it } from "vitest";
import { loginInputSchema, userCreateInputSchema } from "./account.ts";

const valid = {
  email: " Redacteur.Noord@Demo.Zorgpact.nl ",
  name: "Redacteur Noord",
  role: "regional_editor",
  pactIds: ["6f1c3c0e-8a3b-4c1e-9f3a-2b7d9e0c1a2b"],
  password: "een lange zin als wachtwoord",
};

describe("user input", () => {
  it("normalises the e-mail address", () => {
    expect(userCreateInputSchema.parse(valid).email).toBe("redacteur.noord@demo.zorgpact.nl");
  });

  it("refuses a password shorter than 12 characters, naming the field", () => {
    const result = userCreateInputSchema.safeParse({ ...valid, password: "kort123" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["password"]);
  });

  it("refuses a regional editor without any pact", () => {
    const result = userCreateInputSchema.safeParse({ ...valid, pactIds: [] });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["pactIds"]);
  });

  it("accepts a national admin without pacts", () => {
    expect(userCreateInputSchema.safeParse({ ...valid, role: "national_admin", pactIds: [] }).success).toBe(true);
  });

  it("refuses a malformed e-mail address at login", () => {
    expect(loginInputSchema.safeParse({ email: "geen-adres", password: "x" }).success).toBe(false);
  });
});
