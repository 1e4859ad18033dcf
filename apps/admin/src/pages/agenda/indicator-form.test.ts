import { describe, expect, it } from "vitest";
import { indicatorCreateInputSchema, measurementAddInputSchema } from "@zorgpact/domain/agenda";
import { validateForm } from "../../forms/validate.ts";
import {
  indicatorFormErrors,
  indicatorFormValues,
  indicatorToFields,
  measurementFormErrors,
  measurementFormValues,
  measurementToFields,
  targetPeriods,
} from "./indicator-form.ts";

const ID = "00000000-0000-4000-8000-000000000001";
const typed = {
  ...indicatorFormValues(null),
  name: "Stageplaatsen",
  unit: "plaatsen",
  baselineValue: "12",
  baselineDate: "2026-01-01",
  targetValue: "40",
  targetDate: "2027-12-31",
};
const check = (values: typeof typed) => validateForm(indicatorCreateInputSchema, { ...indicatorToFields(values), nodeId: ID }, indicatorFormErrors(values));

describe("indicator form", () => {
  it("reads Dutch numbers and sends the targets of the periods shown, in order", () => {
    const values = { ...typed, frequency: "halfjaar" as const, targets: { "2027-01-01": "30", "2026-07-01": "20", "2026-07-02": "99", "2026-01-01": " " } };
    expect(targetPeriods(values)).toEqual(["2026-01-01", "2026-07-01", "2027-01-01", "2027-07-01"]);
    const result = check(values);
    expect(result.ok && result.data).toMatchObject({
      unitKind: "aantal",
      frequency: "halfjaar",
      baselineValue: 12,
      targets: [
        { periodStart: "2026-07-01", value: 20 },
        { periodStart: "2027-01-01", value: 30 },
      ],
    });
  });

  it("refuses half a count and an unreadable target with Dutch messages at their fields", () => {
    const result = check({ ...typed, baselineValue: "12,5", targets: { "2026-01-01": "veel" } });
    expect(result.errors).toEqual({
      baselineValue: "Geef een heel getal: plaatsen tel je in hele aantallen.",
      targets: "Doel 2026: Geef een getal, bijvoorbeeld 20 of 2,5.",
    });
  });

  it("reads euro amounts into cents and shows them back in euros", () => {
    const values = { ...typed, unitKind: "euro" as const, unit: "euro", baselineValue: "1.250,50", targetValue: "10.000" };
    const result = check(values);
    expect(result.ok && result.data).toMatchObject({ baselineValue: 125050, targetValue: 1000000 });
  });

  it("asks for the values it could not read", () => {
    expect(indicatorFormErrors({ ...typed, baselineValue: "", targetValue: "veel" })).toEqual({
      baselineValue: "Geef een waarde.",
      targetValue: "Geef een getal, bijvoorbeeld 20 of 2,5.",
    });
  });
});

describe("measurement form", () => {
  const counted = { unitKind: "aantal" as const, unit: "gemeenten" };

  it("sends an empty source and note as none", () => {
    const values = { ...measurementFormValues(null, "aantal"), measuredOn: "2026-06-30", value: "24", source: "  " };
    expect(measurementAddInputSchema.parse({ ...measurementToFields(values, "aantal"), indicatorId: ID })).toEqual({
      indicatorId: ID,
      measuredOn: "2026-06-30",
      value: 24,
      source: null,
      note: null,
    });
  });

  it("refuses '4,5 gemeenten' before sending", () => {
    const values = { ...measurementFormValues(null, "aantal"), measuredOn: "2026-06-30", value: "4,5" };
    expect(measurementFormErrors(values, counted)).toEqual({ value: "Geef een heel getal: gemeenten tel je in hele aantallen." });
    expect(measurementFormErrors({ ...values, value: "4" }, counted)).toEqual({});
  });
});
