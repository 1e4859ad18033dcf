import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
const NATIONAL = "beheer@demo.zorgpact.nl";

/** Today in the Netherlands: the Volgspot is held today, so it can be submitted at once. */
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const REPORT = "E2E-verslag: de leerwerkplaatsen groeien en de gemeenten sluiten vaker aan.";
const GUEST = "Wethouder Zorg (e2e)";
const AGREEMENT = "Stageplaatsen in de wijk samen tellen (e2e)";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

async function logIn(target: Page, email: string): Promise<void> {
  await target.goto(`${baseUrl()}/admin/inloggen`);
  await target.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await target.getByLabel("E-mailadres").fill(email);
  await target.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await target.getByRole("button", { name: "Inloggen" }).click();
}

describe("the Volgspot from draft to the public page", () => {
  it("lets the editor of Zorgpact Noord record this year's Volgspot from the pact's page", async () => {
    await logIn(page, EDITOR);
    // An editor with one pact lands on its page.
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByRole("link", { name: "Volgspot (jaarlijkse reflectie)" }).click();
    await page.getByRole("heading", { level: 1, name: "Volgspot – Zorgpact Noord" }).waitFor();
    // The demo's earlier years are listed; this year is not there yet.
    const years = page.getByRole("region", { name: "Volgspots van dit zorgpact" });
    await years.getByRole("link", { name: "Volgspot 2017 openen" }).waitFor();
    await expect(years.getByRole("link", { name: `Volgspot ${YEAR} openen` }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel("Gehouden op").fill(TODAY);
    await page.getByRole("button", { name: "Volgspot aanmaken" }).click();
    await page.getByRole("heading", { level: 1, name: `Volgspot ${YEAR} – Zorgpact Noord` }).waitFor();
    await page.getByText("Concept", { exact: true }).waitFor();
  });

  it("refuses to submit an incomplete Volgspot and shows what is missing at the fields", async () => {
    await page.getByRole("button", { name: "Indienen bij het landelijke team" }).click();
    const dialog = page.getByRole("dialog", { name: "Volgspot indienen?" });
    await dialog.getByRole("button", { name: "Indienen bij het landelijke team" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Schrijf het verslag voordat je de Volgspot indient.").waitFor();
    await expect(page.getByLabel("Samenvatting van wat de partners vonden").getAttribute("aria-invalid")).resolves.toBe("true");
  });

  it("fills in the three questions, the report, participants, results and factors, and saves", async () => {
    const form = page.getByRole("form", { name: "Verslag van de Volgspot" });
    await form.getByLabel("Noorderpoort").check();
    await form.getByLabel("Andere deelnemers").fill(GUEST);
    await form.getByLabel("Hoe vertalen we ambitie en vraagstukken naar acties van partners?").fill("Elke partner trekt een project.");
    await form.getByLabel("Waar staan we als Zorgpact in onze ambitie?").fill("Halverwege, met meer leerwerkplaatsen dan verwacht.");
    await form.getByLabel("Welke succes- en faalfactoren zien we?").fill("Bestuurlijke steun helpt; financiering blijft lastig.");
    await form.getByLabel("Samenvatting van wat de partners vonden").fill(REPORT);
    await form.getByLabel("Aantal nieuwe samenwerkingsverbanden").fill("2");
    await form.getByLabel("Resultaat: Studenten leren in leerwerkplaatsen in de wijk").check();
    await form.getByLabel("Toelichting bij Studenten leren in leerwerkplaatsen in de wijk").fill("Meer plaatsen dan vorig jaar.");
    await form.getByRole("button", { name: "Structureel bestuurlijk overleg toevoegen (succesfactoren)" }).click();
    await form.getByRole("button", { name: "Financiering rondkrijgen toevoegen (faalfactoren)" }).click();
    await expect(form.getByRole("textbox", { name: "Succesfactoren" }).inputValue()).resolves.toBe("Structureel bestuurlijk overleg");
    await form.getByRole("button", { name: "Verslag opslaan" }).click();
    await page.getByText("Het verslag is opgeslagen.").waitFor();
    await expectNoAxeViolations(page);
  });

  it("adds an agreement with an owner among the partners", async () => {
    const add = page.getByRole("form", { name: "Afspraak toevoegen" });
    await add.getByLabel("Afspraak", { exact: true }).fill(AGREEMENT);
    await add.getByLabel("Eigenaar").selectOption({ label: "Noorderpoort" });
    await add.getByLabel("Streefdatum").fill(`${YEAR + 1}-06-30`);
    await add.getByRole("button", { name: "Afspraak toevoegen" }).click();
    await page.getByText("De afspraak is toegevoegd.").waitFor();
    await page.getByRole("region", { name: "Verbeterafspraken" }).getByText(AGREEMENT, { exact: true }).waitFor();
  });

  it("submits the Volgspot after a confirmation; then it waits for the national team and cannot be changed", async () => {
    await page.getByRole("button", { name: "Indienen bij het landelijke team" }).click();
    const dialog = page.getByRole("dialog", { name: "Volgspot indienen?" });
    await dialog.getByRole("button", { name: "Indienen bij het landelijke team" }).click();
    await page.getByText("Ingediend: het landelijke Zorgpact-team beoordeelt deze Volgspot.", { exact: false }).waitFor();
    await expect(page.getByRole("form", { name: "Verslag van de Volgspot" }).count()).resolves.toBe(0);
    await page.getByText(REPORT).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("lets the national team accept it from the monitoring view", async () => {
    page = await newPage(browser);
    await logIn(page, NATIONAL);
    await page.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();
    await page.getByRole("link", { name: "Volgspot", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Volgspot: landelijk overzicht" }).waitFor();
    const table = page.getByRole("region", { name: `Stand per zorgpact in ${YEAR}` });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Zorgpact Noord", exact: true }) });
    await row.getByText("Wacht op beoordeling").waitFor();
    await expectNoAxeViolations(page);

    const waiting = page.getByRole("region", { name: "Wacht op beoordeling" });
    await waiting.getByRole("button", { name: `Accepteren: Zorgpact Noord ${YEAR}` }).click();
    const dialog = page.getByRole("dialog", { name: `Volgspot ${YEAR} van Zorgpact Noord accepteren?` });
    await dialog.getByRole("button", { name: "Accepteren" }).click();
    await page.getByText("De Volgspot is geaccepteerd.").waitFor();
    await row.getByText("Gehouden", { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // The year can be picked: the demo's 2017 shows 15 of the 16 published regional pacts (seed 002).
    await page.getByLabel("Jaar", { exact: true }).selectOption("2017");
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByText("15 van 16 regionale zorgpacten hielden in 2017 een Volgspot.").waitFor();
  });

  it("shows the accepted summary on the public page, without participants' names", async () => {
    await page.goto(`${baseUrl()}/zorgpacten/zorgpact-noord`);
    const section = page.getByRole("region", { name: "Volgspot", exact: true });
    await section.getByRole("heading", { level: 3, name: `Volgspot ${YEAR}` }).waitFor();
    await section.getByText(REPORT).waitFor();
    await section.getByText(AGREEMENT, { exact: false }).waitFor();
    await expect(section.getByText(GUEST).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.goto(`${baseUrl()}/`);
    await page
      .getByText(/regionale zorgpacten hielden in \d{4} een Volgspot\./)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
  });
});
