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

describe("public site", () => {
  it("lists the published pacts and narrows the list with the filters", async () => {
    await page.goto(`${baseUrl()}/zorgpacten`);
    await page.getByRole("heading", { level: 1, name: "Zorgpacten" }).waitFor();
    await page.getByText(/\d+ zorgpacten gevonden/).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel("Zoeken").fill("Noord");
    await page.getByLabel("Zoeken").press("Enter");
    await page.getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByLabel("Zoeken").fill("");
    await page.getByLabel("Zoeken").press("Enter");

    await page.getByLabel("Soort").selectOption({ label: "Koploper" });
    await page.getByRole("link", { name: "Zorgtechniek Limburg" }).waitFor();
    // Gone once the list has refetched; waiting avoids racing the update.
    await page.getByRole("link", { name: "Zorgpact Noord", exact: true }).first().waitFor({ state: "detached" });
    expect(page.url()).toContain("soort=");
  });

  it("opens a pact page with partners, phase and effect chain, accessible to all", async () => {
    await page.goto(`${baseUrl()}/zorgpacten?zoek=Noord`);
    await page.getByRole("link", { name: "Zorgpact Noord", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Effectketen" }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("shows a Dutch not-found page for an unknown pact", async () => {
    await page.goto(`${baseUrl()}/zorgpacten/bestaat-niet`);
    await page
      .getByText(/niet gevonden/i)
      .first()
      .waitFor();
  });

  it("has a home page with the programme in figures, accessible to all", async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("table", { name: "Gepubliceerde regionale zorgpacten per huidige fase" }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe("admin app", () => {
  it("shows the table of all pacts", async () => {
    // The table needs a session: sign in as the national team, then come back to the filtered list.
    await page.goto(`${baseUrl()}/admin/zorgpacten?zoek=Noord`);
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await page.getByLabel("E-mailadres").fill("beheer@demo.zorgpact.nl");
    await page.getByLabel("Wachtwoord").fill("zorgpact-demo-2026");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const table = page.getByRole("table", { name: "Alle zorgpacten" });
    await table.waitFor();
    await table.getByRole("rowheader", { name: "Zorgpact Noord", exact: true }).waitFor();
    await expectNoAxeViolations(page);
  });
});
