import { describe, expect, it } from "vitest";
import { applyInput, emptyApplyForm } from "./apply-form.ts";

describe("applyInput", () => {
  it("sends a filled form with no region as null and the trap empty", () => {
    const result = applyInput({
      ...emptyApplyForm,
      initiativeName: "Wijkleercentrum Oost",
      description: "Studenten leren in de wijk met een wijkdocent.",
      organisationName: "ROC Oost",
      contactName: "Jan Jansen",
      contactEmail: " Jan@Voorbeeld.nl ",
      motivation: "We willen onze aanpak delen met andere regio's.",
    });
    expect(result).toMatchObject({ ok: true, data: { regionId: null, contactEmail: "jan@voorbeeld.nl", website: "" } });
  });

  it("gives the domain's Dutch message per field", () => {
    const result = applyInput({ ...emptyApplyForm, contactEmail: "geen-adres" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      initiativeName: "Geef de naam van het initiatief (minstens 2 tekens).",
      contactEmail: "Vul een geldig e-mailadres in.",
      motivation: "Vertel in een paar zinnen waarom jullie koploper willen worden.",
    });
  });
});
