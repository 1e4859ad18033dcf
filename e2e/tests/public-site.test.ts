import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

describe("public site: home → map → pact page → chain", () => {
  it("starts with a skip link and the programme in figures, with a way in to every page", async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("heading", { level: 1, name: "Het Zorgpact" }).waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Naar de inhoud");
    const explore = page.getByRole("region", { name: "Verder kijken" });
    for (const name of ["Zorgpacten", "Kaart", "Koplopers", "Resultaten en effecten", "Zoeken", "Open data"]) {
      await explore.getByRole("link", { name, exact: true }).waitFor();
    }
    await expectNoAxeViolations(page);
  });

  it("shows the map with a labelled, focusable marker per pact, and the same content as a table", async () => {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kaart" }).click();
    await page.getByRole("heading", { level: 1, name: "Kaart van de zorgpacten" }).waitFor();
    const marker = page.getByRole("link", { name: "Zorgpact Noord (Regionaal Zorgpact, regio Noord-Nederland)" });
    await marker.waitFor();
    await page.getByText("Kaartgegevens: Natural Earth (publiek domein).").waitFor();
    await expectNoAxeViolations(page);

    // Keyboard: a marker takes focus and opens its pact with Enter.
    await marker.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.goBack();

    await page.getByRole("button", { name: "Tabel" }).click();
    expect(page.url()).toContain("weergave=tabel");
    const table = page.getByRole("table", { name: "Regio's met hun zorgpacten" });
    await table.waitFor();
    await table.getByRole("rowheader", { name: "Noord-Nederland" }).waitFor();
    await expect(table.getByRole("link", { name: "Zorgpact Zeeland" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await table.getByRole("link", { name: "Zorgpact Noord", exact: true }).click();
  });

  it("opens the pact page with its effect chain and front-runners, accessible to all", async () => {
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Effectketen" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Koplopers" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Effectketen" }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
  });
});

describe("front-runner showcase", () => {
  it("narrows the front-runners by theme and result area, with the filters in the URL", async () => {
    await page.goto(`${baseUrl()}/koplopers`);
    await page.getByRole("heading", { level: 1, name: "Koplopers" }).waitFor();
    const count = page.locator(".result-count");
    await page.getByText(/\d+ koplopers gevonden/).waitFor();
    const before = await count.textContent();
    await expectNoAxeViolations(page);

    await page.getByLabel("Thema").selectOption({ label: "Zorg en technologie" });
    await page.waitForURL(/thema=/);
    await page.waitForFunction((previous) => document.querySelector(".result-count")?.textContent !== previous, before);
    await page.getByRole("link", { name: "Zorgtechniek Limburg" }).waitFor();
    await expect(page.getByRole("link", { name: "Wijkleercentra Achterhoek" }).count()).resolves.toBe(0);

    await page.getByLabel("Resultaatgebied").selectOption({ label: "Toepassing technologische innovaties" });
    await page.waitForURL(/resultaatgebied=/);
    await page.getByText("1 koploper gevonden").waitFor();
    const item = page.getByRole("article", { name: "Zorgtechniek Limburg" });
    await item.getByRole("heading", { name: "Resultaten" }).waitFor();
    await item.getByText("Studenten volgen de e-learningmodules zorgtechnologie").waitFor();
    expect(page.url()).toMatch(/thema=[0-9a-f-]{36}/);
    expect(page.url()).toMatch(/resultaatgebied=[0-9a-f-]{36}/);
    await expectNoAxeViolations(page);

    // The URL alone restores the filtered view.
    await page.reload();
    await page.getByText("1 koploper gevonden").waitFor();
    await expect(page.getByLabel("Thema").inputValue()).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("results and effects", () => {
  it("shows per result area and effect category the count and share, with N", async () => {
    await page.goto(`${baseUrl()}/resultaten-en-effecten`);
    await page.getByRole("heading", { level: 1, name: "Resultaten en effecten" }).waitFor();
    await page.getByText(/^Regionale zorgpacten die hebben gerapporteerd: N = \d+$/).waitFor();
    const table = page.getByRole("table", { name: "Resultaatgebied: Onderwijs" });
    await table.getByRole("columnheader", { name: /^Regionale zorgpacten \(N = \d+\)$/ }).waitFor();
    await table.getByRole("columnheader", { name: /^Koplopers \(N = \d+\)$/ }).waitFor();
    await page.getByRole("table", { name: "Effecten voor studenten" }).waitFor();
    // nl-NL percentages: "1 (6%)".
    await expect(table.getByRole("cell").first().textContent()).resolves.toMatch(/^\s*\d+ \(\d+%\)$/);
    await expectNoAxeViolations(page);
  });
});

describe("search", () => {
  it("finds a front-runner by name, and never a draft", async () => {
    await page.goto(`${baseUrl()}/zoeken`);
    await page.getByRole("heading", { level: 1, name: "Zoeken" }).waitFor();
    await page.getByLabel("Zoekterm").fill("Zorgtechniek Limburg");
    await page.getByLabel("Zoekterm").press("Enter");
    await page.getByRole("link", { name: "Zorgtechniek Limburg" }).waitFor();
    expect(page.url()).toContain("q=Zorgtechniek+Limburg");
    await expectNoAxeViolations(page);

    await page.goto(`${baseUrl()}/zoeken?q=Zeeland`);
    await page.getByText(/gevonden voor “Zeeland”/).waitFor();
    await expect(page.getByRole("link", { name: "Zorgpact Zeeland" }).count()).resolves.toBe(0);
  });
});

describe("open data and the accessibility statement", () => {
  it("links to CSV and JSON downloads and the OpenAPI document, under CC0", async () => {
    await page.goto(`${baseUrl()}/open-data`);
    await page.getByRole("heading", { level: 1, name: "Open data" }).waitFor();
    await page
      .getByText(/CC0 1\.0/)
      .first()
      .waitFor();
    const csv = page.getByRole("link", { name: "CSV van Zorgpacten" });
    expect(await csv.getAttribute("href")).toBe("/v1/downloads/pacts.csv");
    const response = await page.request.get(`${baseUrl()}/v1/downloads/pacts.csv`);
    expect(response.status()).toBe(200);
    expect(await response.text()).not.toContain("zorgpact-zeeland");
    expect(await page.getByRole("link", { name: /OpenAPI/ }).getAttribute("href")).toBe("/v1/openapi.json");
    await expectNoAxeViolations(page);
  });

  it("has a toegankelijkheidsverklaring, reachable from the footer", async () => {
    await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" }).waitFor();
    await page.getByText(/opgesteld op 23 november 2026/).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe("only published data", () => {
  it("does not show the draft pact zorgpact-zeeland anywhere", async () => {
    await page.goto(`${baseUrl()}/zorgpacten/zorgpact-zeeland`);
    await page.getByRole("heading", { level: 1, name: "Zorgpact niet gevonden" }).waitFor();
    await expectNoAxeViolations(page);
    const api = await page.request.get(`${baseUrl()}/v1/pacts/zorgpact-zeeland`);
    expect(api.status()).toBe(404);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
  });
});
