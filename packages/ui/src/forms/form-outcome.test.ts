import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { regionUpdateInputSchema } from "@zorgpact/domain/region";
import { regulationFieldsSchema } from "@zorgpact/domain/regulation";
import { flatFieldErrors, readSaveFailure, renameFieldErrors } from "./form-outcome.ts";
import { zodFormResolver } from "./zod-form-resolver.ts";

function apiError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe("readSaveFailure", () => {
  it("puts a BAD_REQUEST's field errors back on their fields and asks to check them", () => {
    const error = apiError("Ongeldig", {
      code: "BAD_REQUEST",
      zodError: { formErrors: [], fieldErrors: { name: ["Deze naam is al in gebruik."], latitude: [] } },
    });
    expect(readSaveFailure(error)).toEqual({ kind: "fields", errors: { name: "Deze naam is al in gebruik." }, message: "Controleer de gemarkeerde velden." });
  });

  it("reads a stale version as a conflict with the API's own message", () => {
    const error = apiError("Iemand anders heeft dit intussen gewijzigd.", { code: "CONFLICT" });
    expect(readSaveFailure(error)).toEqual({ kind: "conflict", message: "Iemand anders heeft dit intussen gewijzigd." });
  });

  it("shows the API's reason for a BAD_REQUEST without fields, and a Dutch default for a failure that never reached the API", () => {
    expect(readSaveFailure(apiError("Dit zorgpact is gearchiveerd.", { code: "BAD_REQUEST", zodError: null }))).toEqual({
      kind: "other",
      message: "Dit zorgpact is gearchiveerd.",
    });
    expect(readSaveFailure(new Error("Failed to fetch"))).toEqual({
      kind: "other",
      message: "Dit is niet gelukt. Controleer je verbinding en probeer het opnieuw.",
    });
  });
});

describe("flatFieldErrors", () => {
  it("keeps one message per top-level field, also for errors deeper in a list", () => {
    const errors = {
      name: { type: "too_small", message: "Vul een naam in." },
      dates: [undefined, { startsOn: { type: "custom", message: "Geef een datum." } }],
      root: { type: "server", message: "niet per veld" },
    };
    expect(flatFieldErrors(errors as never)).toEqual({ name: "Vul een naam in.", dates: "Geef een datum." });
  });
});

describe("zodFormResolver", () => {
  type Typed = { name: string; latitude: string; longitude: string };
  const toInput = (values: Typed) => ({
    id: "7b1f0c52-4d0e-4b43-9a53-2f8f4f5f9c11",
    version: 3,
    name: values.name,
    provinces: ["Groningen"],
    latitude: Number(values.latitude.replace(",", ".")),
    longitude: Number(values.longitude.replace(",", ".")),
  });
  const options = { fields: {}, shouldUseNativeValidation: false } as never;

  it("checks the typed values with the procedure's own schema and submits its parsed output", async () => {
    const resolver = zodFormResolver(regionUpdateInputSchema, toInput);
    const result = await resolver({ name: "  Noord  ", latitude: "53,2", longitude: "6,56" }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: "Noord", latitude: 53.2, longitude: 6.56, version: 3 });
  });

  it("names the field the schema refuses, in Dutch", async () => {
    const resolver = zodFormResolver(regionUpdateInputSchema, toInput);
    const result = await resolver({ name: "", latitude: "53,2", longitude: "6,56" }, undefined, options);
    expect(Object.keys(result.errors)).toEqual(["name"]);
    expect(flatFieldErrors(result.errors)["name"]).toMatch(/[a-z]/);
  });

  it("adds the form's own checks over the schema's", async () => {
    const resolver = zodFormResolver(regionUpdateInputSchema, toInput, (values) => (values.latitude === "x" ? { latitude: "Geef een getal." } : {}));
    const result = await resolver({ name: "Noord", latitude: "x", longitude: "6,56" }, undefined, options);
    expect(flatFieldErrors(result.errors)).toEqual({ latitude: "Geef een getal." });
    expect(result.values).toEqual({});
  });

  it("puts the schema's error on an API field onto the form field it was typed in (fieldNames)", async () => {
    type Budget = { name: string; purpose: string; budget: string };
    const toBudget = (values: Budget) => ({
      name: values.name,
      ministry: "OCW",
      purpose: values.purpose,
      startYear: null,
      endYear: null,
      budgetCents: Number(values.budget),
      conditions: null,
      link: null,
      results: null,
      source: null,
    });
    const typed = { name: "Regionaal investeringsfonds mbo", purpose: "Samenwerking in het mbo.", budget: "-5" };
    const plain = await zodFormResolver(regulationFieldsSchema, toBudget)(typed, undefined, options);
    expect(Object.keys(plain.errors)).toEqual(["budgetCents"]);
    const renamed = await zodFormResolver(regulationFieldsSchema, toBudget, undefined, { budgetCents: "budget" })(typed, undefined, options);
    expect(Object.keys(renamed.errors)).toEqual(["budget"]);
    expect(flatFieldErrors(renamed.errors)["budget"]).toBe(flatFieldErrors(plain.errors)["budgetCents"]);
  });
});

describe("renameFieldErrors", () => {
  it("renames the API's field names to the form's and keeps the others", () => {
    expect(renameFieldErrors({ budgetCents: "Te hoog.", name: "Vul een naam in." }, { budgetCents: "budget" })).toEqual({
      budget: "Te hoog.",
      name: "Vul een naam in.",
    });
    expect(renameFieldErrors({ budgetCents: "Te hoog." }, undefined)).toEqual({ budgetCents: "Te hoog." });
  });

  it("keeps the form field's own error when both names have one", () => {
    expect(renameFieldErrors({ budget: "Geef een bedrag.", budgetCents: "Te hoog." }, { budgetCents: "budget" })).toEqual({ budget: "Geef een bedrag." });
    expect(renameFieldErrors({ budgetCents: "Te hoog.", budget: "Geef een bedrag." }, { budgetCents: "budget" })).toEqual({ budget: "Geef een bedrag." });
  });
});
