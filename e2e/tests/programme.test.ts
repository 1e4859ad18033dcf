import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const ADMIN = "beheer@demo.zorgpact.nl";
const DEMO_PASSWORD = "zorgpact-demo-2026";
const SHOTS = process.env.SHOTS_DIR;
const sizes = { wide: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
/** A status cell: the progress share, then the status in words (domain/indicator-status.ts) and its explanation. */
const STATUS = /\d+% van het doel[\s\S]*(Doel bereikt|Op koers|Achter op planning|Streefdatum verstreken|Geen recente meting)[\s\S]*\S/;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

/** Screenshots at both sizes when SHOTS_DIR is set, and never any sideways scrolling. */
async function look(name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${size} scrolls sideways`).toBeLessThanOrEqual(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(sizes.wide);
}

describe("national totals on the public site", () => {
  it("shows a total per catalogue indicator, the map with its table, and drills down to the pacts behind it", async () => {
    await page.goto(`${baseUrl()}/programma?jaar=2017`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Landelijke totalen");
    // Demo chains: Zorgpact Noord 118, Wijkleercentra Achterhoek 104, Zorgpact Rotterdam 265 in 2017.
    const card = main.getByRole("article", { name: "Studenten die leren in de praktijk" });
    await expect(card.innerText()).resolves.toMatch(/487 studenten[\s\S]*3 zorgpacten[\s\S]*Som van de laatst goedgekeurde waarde per zorgpact in het jaar/);

    // The map has its table alternative, with the same figures.
    await card.getByRole("link", { name: /Toon op de kaart/ }).click();
    await page.waitForURL(/kaart=/);
    const table = main.getByRole("table", { name: /Studenten die leren in de praktijk per regio/ });
    await expect(table.getByRole("row", { name: /Rotterdam/ }).innerText()).resolves.toMatch(/265 studenten/);
    await expect(
      main
        .getByRole("group", { name: /Kaart van Nederland: Studenten die leren in de praktijk/ })
        .getByRole("link")
        .count(),
    ).resolves.toBe(3);
    await expectNoAxeViolations(page);
    await look("programma");

    await main
      .getByRole("article", { name: "Studenten die leren in de praktijk" })
      .getByRole("link", { name: /Bekijk de zorgpacten/ })
      .click();
    await page.waitForURL(/\/programma\/[0-9a-f-]{36}/);
    const pacts = main.getByRole("table", { name: /Zorgpacten die bijdragen aan Studenten die leren in de praktijk in 2017/ });
    await pacts.waitFor();
    const names = await pacts.locator("tbody th").allInnerTexts();
    expect(names.sort()).toEqual(["Wijkleercentra Achterhoek", "Zorgpact Noord", "Zorgpact Rotterdam"].sort());
    await expect(pacts.getByRole("row", { name: /Zorgpact Noord/ }).innerText()).resolves.toMatch(/118 studenten[\s\S]*31 december 2017/);
    // Every pact's indicator has its progress and status of today, with the explanation as text (sign and words, not colour).
    await expect(pacts.locator("thead th").last().innerText()).resolves.toBe("Voortgang en status vandaag");
    const statuses = await pacts.locator("tbody td.programme-status").allInnerTexts();
    expect(statuses).toHaveLength(3);
    for (const status of statuses) expect(status).toMatch(STATUS);
    await expectNoAxeViolations(page);
    await look("programma-zorgpacten");
  });

  it("renders the drill-down's statuses on the server and hydrates them without a mismatch", async () => {
    await page.goto(`${baseUrl()}/programma?jaar=2017`);
    const href = await page.getByRole("link", { name: /Bekijk de zorgpacten achter ‘Studenten die leren in de praktijk’/ }).getAttribute("href");
    const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam", javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl()}${href}`);
    // Words only: without JavaScript the route's stylesheet is not loaded, so the lines break elsewhere.
    const words = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, " ").trim());
    const serverStatuses = words(await noJs.locator("main tbody td.programme-status").allInnerTexts());
    await context.close();
    expect(serverStatuses).toHaveLength(3);
    for (const status of serverStatuses) expect(status).toMatch(STATUS);

    const problems: string[] = [];
    const listen = (message: { type(): string; text(): string }) => {
      if (message.type() === "error" || /hydrat/i.test(message.text())) problems.push(message.text());
    };
    const uncaught = (error: Error) => problems.push(error.message);
    page.on("console", listen);
    page.on("pageerror", uncaught);
    try {
      await page.goto(`${baseUrl()}${href}`);
      await page.waitForFunction(() => Object.keys(document.getElementById("root") ?? {}).some((key) => key.startsWith("__reactContainer")));
      await page.waitForLoadState("networkidle");
    } finally {
      page.off("console", listen);
      page.off("pageerror", uncaught);
    }
    expect(problems).toEqual([]);
    expect(words(await page.locator("main tbody td.programme-status").allInnerTexts())).toEqual(serverStatuses);
  });

  it("shows the median of percentages, not a sum, and filters by region without JavaScript", async () => {
    const context = await browser.newContext({ locale: "nl-NL", javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl()}/programma?jaar=2017`);
    const card = noJs.getByRole("main").getByRole("article", { name: "Medewerkers die zorgtechnologie zelfstandig inzetten" });
    await expect(card.innerText()).resolves.toMatch(/39,5%[\s\S]*mediaan, 2 zorgpacten/);
    // The GET form submits without JavaScript; the server renders the filtered totals.
    await noJs.locator("#programma-regio").selectOption({ label: "Rotterdam-Rijnmond" });
    await noJs.getByRole("button", { name: "Toon cijfers" }).click();
    await noJs.waitForURL(/regio=/);
    await expect(noJs.getByRole("main").getByRole("article", { name: "Studenten die leren in de praktijk" }).innerText()).resolves.toMatch(/265 studenten/);
    await context.close();
  });
});

describe("the indicator catalogue in the admin app", () => {
  it("lists the catalogue for the national team", async () => {
    await page.goto(`${baseUrl()}/admin/inloggen`);
    await page.getByLabel("E-mailadres").fill(ADMIN);
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
    await page.goto(`${baseUrl()}/admin/indicatorcatalogus`);
    await expect(page.getByRole("table", { name: "Catalogusindicatoren" }).innerText()).resolves.toMatch(/Bijgeschoolde medewerkers[\s\S]*2 indicatoren/);
    await expectNoAxeViolations(page);
    await look("admin-catalogus");
    await page.getByRole("link", { name: /Bewerken Bijgeschoolde medewerkers/ }).click();
    await page.waitForURL(/indicatorcatalogus\/[0-9a-f-]{36}/);
    await page.getByRole("heading", { level: 1, name: "Bijgeschoolde medewerkers" }).waitFor();
    await expect(page.getByLabel("Naam", { exact: true }).inputValue()).resolves.toBe("Bijgeschoolde medewerkers");
    await expectNoAxeViolations(page);
    await look("admin-catalogusindicator");
  });
});
