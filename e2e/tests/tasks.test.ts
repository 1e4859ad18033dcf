import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
/** Set to keep screenshots of the task page at both sizes (e.g. SCREENSHOT_DIR=/tmp/shots/tasks). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

const SIZES = [
  { name: "breed", width: 1280, height: 800 },
  { name: "smal", width: 390, height: 844 },
] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signedIn(email: string, path = "/admin/"): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
  return page;
}

/** At each size: nothing scrolls sideways, axe finds nothing, and (when asked) a full-page screenshot. */
async function checkAtBothSizes(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.getByRole("heading", { level: 1, name: "Mijn taken" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways overflow at ${size.width}px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    if (SCREENSHOT_DIR) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${size.name}.png`), fullPage: true });
    }
  }
}

describe("Mijn taken", () => {
  it("shows an editor the tasks of their pact from the demo data, with a count in the menu, and leads to where the work is done", async () => {
    const page = await signedIn(EDITOR);
    const nav = page.getByRole("navigation", { name: "Beheermenu" });
    // The menu names the number of open tasks.
    const link = nav.getByRole("link", { name: /^Mijn taken \(\d+ openstaande taken?\)$/ });
    await link.waitFor();
    await link.click();
    await page.getByRole("heading", { level: 1, name: "Mijn taken" }).waitFor();
    await page.getByText(/^\d+ taken?(, waarvan \d+ te laat)?\.$/).waitFor();

    // The demo's measurements date from 2016–2018: Zorgpact Noord's indicators are due for a new one.
    const measurements = page.getByRole("region", { name: /^Metingen \(\d+\)$/ });
    await measurements.waitFor();
    const first = measurements.getByRole("listitem").first();
    await expect(first.textContent()).resolves.toContain("Zorgpact Noord");
    await expect(first.textContent()).resolves.toMatch(/uiterlijk \d{1,2} [a-z]+ \d{4}/);
    await page.getByRole("heading", { level: 2, name: "Wanneer verschijnt een taak?" }).waitFor();
    // Editors do not see the national team's undelivered e-mail.
    await expect(page.getByRole("heading", { name: "Niet bezorgde e-mail" }).count()).resolves.toBe(0);

    await checkAtBothSizes(page, "taken-redacteur");

    await page.setViewportSize({ width: 1280, height: 800 });
    await measurements.getByRole("link").first().click();
    await page.waitForURL(/\/admin\/zorgpacten\/[0-9a-f-]+\/agenda(\/[a-z-]+)?(\?.*)?$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.context().close();
  });

  it("shows the national team the overdue tasks of every pact and the undelivered e-mail", async () => {
    const page = await signedIn(ADMIN, "/admin/taken");
    await page.getByRole("heading", { level: 1, name: "Mijn taken" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Niet bezorgde e-mail" }).waitFor();
    await page.getByText("Alle e-mail is bezorgd.").waitFor();
    const sections = page.getByRole("region", { name: /^(Verbeterafspraken|Metingen) \(\d+\)$/ });
    await expect(sections.count()).resolves.toBeGreaterThan(0);
    // Long sections show the first tasks and the rest on request; focus moves to the first one revealed.
    const showAll = page.getByRole("button", { name: /^Toon alle \d+/ }).first();
    if ((await showAll.count()) > 0) {
      await showAll.click();
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("A");
    }
    await checkAtBothSizes(page, "taken-landelijk");
    await page.context().close();
  });
});
