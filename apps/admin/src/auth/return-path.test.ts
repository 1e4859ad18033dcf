import { describe, expect, it } from "vitest";
import { loginPathFor, safeReturnPath } from "./return-path.ts";

describe("safeReturnPath", () => {
  it("keeps a path inside the app, with its query string", () => {
    expect(safeReturnPath("/gebruikers")).toBe("/gebruikers");
    expect(safeReturnPath("/auditlog?actie=user.create&pagina=2")).toBe("/auditlog?actie=user.create&pagina=2");
  });

  it.each([null, "", "gebruikers", "//evil.example/x", "/\\evil.example", "https://evil.example", "/inloggen", "/inloggen?terug=/x", "/a\nb"])(
    "sends %j to the pacts table instead",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});

describe("loginPathFor", () => {
  it("adds the page to return to, except for the pacts table", () => {
    expect(loginPathFor("/gebruikers")).toBe("/inloggen?terug=%2Fgebruikers");
    expect(loginPathFor("/")).toBe("/inloggen");
    expect(loginPathFor(null)).toBe("/inloggen");
  });
});
