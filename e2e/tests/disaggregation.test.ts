import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

/**
 * Disaggregation: the national team corrects the demo breakdown of "Studenten in de opleiding
 * zorgtechnicus" (Zorgtechniek Limburg) by mbo-niveau. The live sum refuses parts that do not add
 * up to the measurement; saved (the national team's save is approved at once), the new parts are
 * on the public pact page.
 */
const SLUG = "zorgtechniek-limburg";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

describe("a measurement's breakdown", () => {
  it("is checked live, saved by the national team and shown on the public pact page", async () => {
    await page.goto(`${baseUrl()}/admin/inloggen`);
    await page.getByLabel("E-mailadres").fill("beheer@demo.zorgpact.nl");
    await page.getByLabel("Wachtwoord").fill("zorgpact-demo-2026");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("button", { name: "Uitloggen", exact: true }).waitFor();
    const pact = (await (await fetch(`${baseUrl()}/trpc/pact.get?input=${encodeURIComponent(JSON.stringify({ slug: SLUG }))}`)).json()) as {
      result: { data: { id: string } };
    };
    await page.goto(`${baseUrl()}/admin/zorgpacten/${pact.result.data.id}/agenda/indicatoren`);

    const table = page.getByRole("table", { name: "Metingen uitgesplitst naar Mbo-niveau" });
    await table.getByRole("button", { name: "Uitsplitsing invullen voor de meting van 1 oktober 2017" }).click();
    const editor = page.locator(".agenda-panel", { has: page.getByRole("heading", { name: /Uitsplitsing naar Mbo-niveau/ }) });
    await editor.getByLabel("Niveau 3").fill("30");
    await expect.poll(() => editor.locator("[aria-live]").textContent()).toBe("De delen tellen op tot 85, maar de meting is 86: er ontbreekt 1.");
    await editor.getByLabel("Niveau 4").fill("56");
    await expect.poll(() => editor.locator("[aria-live]").textContent()).toBe("De delen tellen op tot het totaal.");
    await expectNoAxeViolations(page);
    await editor.getByRole("button", { name: "Uitsplitsing opslaan" }).click();
    await expect.poll(() => table.getByRole("row", { name: /1 oktober 2017/ }).textContent()).toContain("Niveau 3: 30 · Niveau 4: 56");

    await page.goto(`${baseUrl()}/zorgpacten/${SLUG}`);
    const shown = page.getByRole("table", { name: /uitgesplitst naar mbo-niveau/ });
    await expect.poll(() => shown.getByRole("row", { name: /Niveau 3/ }).textContent()).toContain("30");
    expect(await shown.getByRole("row", { name: /Niveau 4/ }).textContent()).toContain("56");
  });
});

describe("the dimensions page", () => {
  it("renames a dimension after a stale-version conflict, and a category", async () => {
    await page.goto(`${baseUrl()}/admin/uitsplitsingen`);
    const added = page.getByRole("form", { name: "Nieuwe dimensie" });
    await added.getByLabel("Naam").fill("Leeftijd (e2e)");
    await added.getByRole("button", { name: "Dimensie toevoegen" }).click();
    const card = page.getByRole("region", { name: "Leeftijd (e2e)", exact: true });
    await card.getByLabel("Nieuwe categorie (Leeftijd (e2e))").fill("Tot 25");
    await card.getByRole("button", { name: "Categorie toevoegen" }).click();
    await card.getByRole("rowheader", { name: /^Tot 25/ }).waitFor();

    await card.getByRole("button", { name: "Naam wijzigen Leeftijd (e2e)" }).click();
    const rename = card.getByRole("form", { name: "Naam wijzigen: Leeftijd (e2e)" });
    await rename.getByLabel("Naam").fill("Leeftijdsgroep (e2e)");
    // Meanwhile someone else changes the dimension: this form's version is stale.
    const status = await page.evaluate(async () => {
      const input = encodeURIComponent(JSON.stringify({ includeRetired: true }));
      const list = (await (await fetch(`/trpc/disaggregation.listDimensions?input=${input}`)).json()) as {
        result: { data: { id: string; label: string; version: number }[] };
      };
      const dimension = list.result.data.find((d) => d.label === "Leeftijd (e2e)")!;
      const response = await fetch("/trpc/disaggregation.updateDimension", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: dimension.id, version: dimension.version, label: dimension.label, description: "Leeftijd bij inschrijving" }),
      });
      return response.status;
    });
    expect(status).toBe(200);
    await rename.getByRole("button", { name: "Naam opslaan" }).click();
    await card.getByRole("button", { name: "Nieuwste versie laden" }).click();
    await expect.poll(() => rename.getByLabel("Naam").inputValue()).toBe("Leeftijdsgroep (e2e)");
    await expectNoAxeViolations(page);
    await rename.getByRole("button", { name: "Naam opslaan" }).click();
    await page.getByText("De naam is gewijzigd in 'Leeftijdsgroep (e2e)'.").waitFor();
    const renamed = page.getByRole("region", { name: "Leeftijdsgroep (e2e)", exact: true });
    await renamed.getByText("Leeftijd bij inschrijving").waitFor();

    await renamed.getByRole("button", { name: "Naam wijzigen Tot 25" }).click();
    const category = renamed.getByRole("form", { name: "Naam wijzigen: Tot 25" });
    await category.getByLabel("Naam van de categorie").fill("Jonger dan 25");
    await category.getByRole("button", { name: "Naam opslaan" }).click();
    await renamed.getByRole("rowheader", { name: /^Jonger dan 25/ }).waitFor();
    expect(await renamed.getByRole("form").count()).toBe(1); // only the new-category form: the rename form closed
  });
});
