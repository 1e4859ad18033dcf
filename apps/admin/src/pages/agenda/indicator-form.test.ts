import { describe, expect, it } from "vitest";
import { indicatorCreateInputSchema, measurementAddInputSchema } from "@zorgpact/domain/agenda";
import { indicatorFormFields, indicatorFormValues, measurementFormFields, measurementFormValues } from "./indicator-form.ts";

const ID = "00000000-0000-4000-8000-000000000001";

describe("indicatorFormFields", () => {
  it("reads Dutch numbers and leaves the rules to the domain schema", () => {
    const values = {
      ...indicatorFormValues(null),
      name: "Stageplaatsen",
      unit: "plaatsen",
      baselineValue: "12,5",
      baselineDate: "2026-01-01",
      targetValue: "40",
      targetDate: "2027-12-31",
    };
    const { fields, errors } = indicatorFormFields(values);
    expect(errors).toEqual({});
    expect(indicatorCreateInputSchema.parse({ ...fields, nodeId: ID })).toMatchObject({ baselineValue: 12.5, targetValue: 40, direction: "up" });
  });

  it("asks for the values it could not read", () => {
    const { errors } = indicatorFormFields({ ...indicatorFormValues(null), baselineValue: "", targetValue: "veel" });
    expect(errors).toEqual({ baselineValue: "Geef een waarde.", targetValue: "Geef een getal, bijvoorbeeld 20 of 2,5." });
  });
});

describe("measurementFormFields", () => {
  it("sends an empty source and note as none", () => {
    const { fields, errors } = measurementFormFields({ ...measurementFormValues(null), measuredOn: "2026-06-30", value: "24", source: "  " });
    expect(errors).toEqual({});
    expect(measurementAddInputSchema.parse({ ...fields, indicatorId: ID })).toEqual({
      indicatorId: ID,
      measuredOn: "2026-06-30",
      value: 24,
      source: null,
      note: null,
    });
  });
});
