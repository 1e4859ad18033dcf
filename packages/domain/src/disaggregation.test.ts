import { describe, expect, it } from "vitest";
import { breakdownIssue, breakdownRuleFor, breakdownSetInputSchema, sumOfParts } from "./disaggregation.ts";

const niveau = [
  { id: "00000000-0000-4000-8000-000000000001", label: "Niveau 1" },
  { id: "00000000-0000-4000-8000-000000000002", label: "Niveau 2" },
  { id: "00000000-0000-4000-8000-000000000003", label: "Niveau 3" },
];
const [n1, n2, n3] = niveau.map((c) => c.id) as [string, string, string];

describe("breakdownRuleFor", () => {
  it("treats percentages as a value per category and everything else as parts of a sum", () => {
    expect(breakdownRuleFor("%")).toBe("per_category");
    expect(breakdownRuleFor(" Procent ")).toBe("per_category");
    expect(breakdownRuleFor("studenten")).toBe("sum");
    expect(breakdownRuleFor("euro")).toBe("sum");
  });

  it("follows the indicator's unit kind when it has one", () => {
    expect(breakdownRuleFor("studenten", "percentage")).toBe("per_category");
    expect(breakdownRuleFor("%", "anders")).toBe("sum");
  });
});

describe("breakdownIssue for counts and amounts (parts add up to the total)", () => {
  it("accepts parts that add up to the measurement exactly", () => {
    const parts = [
      { categoryId: n1, value: 30 },
      { categoryId: n2, value: 56 },
    ];
    expect(breakdownIssue("sum", 86, parts, niveau)).toBeNull();
  });

  it("accepts decimal parts despite binary rounding (0,1 + 0,2 = 0,3)", () => {
    expect(sumOfParts([{ value: 0.1 }, { value: 0.2 }])).toBe(0.3);
    const parts = [
      { categoryId: n1, value: 0.1 },
      { categoryId: n2, value: 0.2 },
    ];
    expect(breakdownIssue("sum", 0.3, parts, niveau)).toBeNull();
  });

  it("refuses parts that fall short and names the difference in Dutch", () => {
    const issue = breakdownIssue("sum", 86, [{ categoryId: n1, value: 80 }], niveau);
    expect(issue).toEqual({ field: "parts", message: "De delen tellen op tot 80, maar de meting is 86: er ontbreekt 6." });
  });

  it("refuses parts that add up to more than the total", () => {
    const issue = breakdownIssue(
      "sum",
      1000,
      [
        { categoryId: n1, value: 900 },
        { categoryId: n2, value: 350.5 },
      ],
      niveau,
    );
    expect(issue?.message).toBe("De delen tellen op tot 1.250,5, maar de meting is 1.000: dat is 250,5 te veel.");
  });

  it("blames the total when the total changes under an existing breakdown", () => {
    const issue = breakdownIssue("sum", 90, [{ categoryId: n1, value: 86 }], niveau, "value");
    expect(issue?.field).toBe("value");
    expect(issue?.message).toContain("telt op tot 86");
  });

  it("refuses a category of another dimension, a category twice, a negative part and an empty breakdown", () => {
    expect(breakdownIssue("sum", 1, [{ categoryId: "00000000-0000-4000-8000-00000000000f", value: 1 }], niveau)?.message).toMatch(/hoort niet bij/);
    expect(
      breakdownIssue(
        "sum",
        2,
        [
          { categoryId: n1, value: 1 },
          { categoryId: n1, value: 1 },
        ],
        niveau,
      )?.message,
    ).toMatch(/hoogstens één/);
    expect(breakdownIssue("sum", 0, [{ categoryId: n3, value: -1 }], niveau)?.message).toMatch(/negatief/);
    expect(breakdownIssue("sum", 0, [], niveau)?.message).toMatch(/minstens één/);
  });
});

describe("breakdownIssue with the indicator's unit kind", () => {
  it("refuses half a student in a count and half a cent in an amount", () => {
    const half = [
      { categoryId: n1, value: 40.5 },
      { categoryId: n2, value: 45.5 },
    ];
    expect(breakdownIssue("sum", 86, half, niveau, "parts", { kind: "aantal", text: "studenten" })?.message).toMatch(/heel getal/);
    expect(breakdownIssue("sum", 86, half, niveau, "parts", { kind: "euro", text: "euro" })?.message).toMatch(/hele centen/);
    expect(breakdownIssue("sum", 86, half, niveau, "parts", { kind: "anders", text: "uren" })).toBeNull();
    const short = breakdownIssue("sum", 250_000, [{ categoryId: n1, value: 100_000 }], niveau, "parts", { kind: "euro", text: "euro" });
    expect(short?.message.replace(/\s/g, " ")).toBe("De delen tellen op tot € 1.000,00, maar de meting is € 2.500,00: er ontbreekt € 1.500,00.");
  });
});

describe("breakdownIssue for percentages (a value per category)", () => {
  it("does not require percentages per category to add up to the total", () => {
    const parts = [
      { categoryId: n1, value: 20 },
      { categoryId: n2, value: 14.5 },
    ];
    expect(breakdownIssue("per_category", 15.4, parts, niveau)).toBeNull();
  });

  it("refuses a percentage above 100", () => {
    expect(breakdownIssue("per_category", 50, [{ categoryId: n1, value: 101 }], niveau)?.message).toBe("Een percentage ligt tussen 0 en 100.");
  });
});

describe("breakdownSetInputSchema", () => {
  it("refuses a negative part before any rule runs", () => {
    const result = breakdownSetInputSchema.safeParse({
      measurementId: n1,
      version: 1,
      dimensionId: n2,
      parts: [{ categoryId: n3, value: -2 }],
    });
    expect(result.success).toBe(false);
  });
});
