import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
/** Set to keep screenshots of every part at both sizes (e.g. SCREENSHOT_DIR=/tmp/shots/b). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

const PARTS = [
  { slug: "vraagstukken", name: "Vraagstukken en ambities" },
  { slug: "effectketen", name: "Effectketen" },
  { slug: "indicatoren", name: "Indicatoren en metingen" },
  { slug: "importeren-exporteren", name: "Importeren en exporteren" },
] as const;
const SIZES = [
  { label: "1280", width: 1280, height: 800 },
  { label: "390", width: 390, height: 844 },
] as const;

let browser: Browser;
let page: Page;
let agendaUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto(`${baseUrl()}/admin/inloggen`);
  await page.getByLabel("E-mailadres").fill(EDITOR);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
  const pactId = /\/zorgpacten\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(pactId).toBeDefined();
  agendaUrl = `${baseUrl()}/admin/zorgpacten/${pactId}/agenda`;
});
afterAll(async () => {
  await browser.close();
});

const partsNav = () => page.getByRole("navigation", { name: "Onderdelen van de agenda" });
const gaps = () => page.getByRole("region", { name: "Wat ontbreekt er nog?" });
const messagesShown = () => page.locator(".agenda-status p");

async function expectOnPart(name: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Agenda en effectketen: Zorgpact Noord" }).waitFor();
  await partsNav().locator('a[aria-current="page"]', { hasText: name }).waitFor();
  await expect(partsNav().locator('a[aria-current="page"]').count()).resolves.toBe(1);
  await expect.poll(() => page.title()).toContain(name);
}

describe("the action agenda in parts", () => {
  it("sends the bare agenda URL to the first part", async () => {
    await page.goto(agendaUrl);
    await page.waitForURL(/\/agenda\/vraagstukken$/);
    await expectOnPart("Vraagstukken en ambities");
  });

  it("reaches every part by its URL, each with the completeness summary, without sideways scrolling or axe findings", async () => {
    for (const part of PARTS) {
      await page.setViewportSize(SIZES[0]);
      await page.goto(`${agendaUrl}/${part.slug}`);
      await expectOnPart(part.name);
      await gaps().getByRole("heading", { level: 2 }).waitFor();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // The chain's diagram and tables settle their widths after a resize: wait for that, then require no sideways scroll.
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
            message: `${part.slug} scrolls sideways at ${size.width}px`,
            timeout: 5000,
          })
          .toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        if (SCREENSHOT_DIR) {
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          await page.screenshot({ path: join(SCREENSHOT_DIR, `agenda-${part.slug}-${size.label}.png`), fullPage: true });
        }
      }
    }
    await page.setViewportSize(SIZES[0]);
  });

  it("shows a new issue's missing effect on every part, linked to that issue's chain", async () => {
    const issue = `Vraagstuk zonder keten (e2e ${Date.now()})`;
    await page.goto(`${agendaUrl}/vraagstukken`);
    await expectOnPart("Vraagstukken en ambities");
    await page.getByRole("button", { name: "Vraagstuk toevoegen" }).click();
    const form = page.getByRole("form", { name: "Nieuw vraagstuk" });
    await form.getByLabel("Titel", { exact: true }).fill(issue);
    await form.getByLabel("Leren in de praktijk").check();
    await form.getByRole("button", { name: "Vraagstuk toevoegen" }).click();
    await page.getByRole("heading", { level: 2, name: issue }).waitFor();
    await page.getByRole("status").getByText(`Vraagstuk '${issue}' is toegevoegd.`).waitFor();

    for (const part of PARTS) {
      await partsNav().getByRole("link", { name: part.name, exact: true }).click();
      await expectOnPart(part.name);
      await gaps().getByRole("link", { name: "1 vraagstuk zonder effect" }).waitFor();
    }
    await gaps().getByRole("link", { name: "1 vraagstuk zonder effect" }).click();
    await expectOnPart("Effectketen");
    const region = page.getByRole("region", { name: issue, exact: true });
    await region.getByText("Er is nog geen effect benoemd", { exact: false }).waitFor();
    // The issue picker marks where the chain still has gaps.
    await page.getByRole("navigation", { name: "Kies een vraagstuk" }).locator('a[aria-current="true"]', { hasText: issue }).waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "agenda-gap-link-1280.png"), fullPage: true });

    // Clean up: the issue goes, and so does its gap.
    await partsNav().getByRole("link", { name: "Vraagstukken en ambities", exact: true }).click();
    await page.getByRole("button", { name: `Verwijderen ${issue}` }).click();
    await page.getByRole("dialog", { name: "Vraagstuk verwijderen?" }).getByRole("button", { name: "Ja, verwijderen" }).click();
    await page.getByRole("status").getByText(`Vraagstuk '${issue}' is verwijderd.`).waitFor();
    await gaps().getByRole("link", { name: "1 vraagstuk zonder effect" }).waitFor({ state: "detached" });
  });

  it("shows one status message at a time: a second action replaces the first", async () => {
    await page.goto(`${agendaUrl}/vraagstukken`);
    await expectOnPart("Vraagstukken en ambities");
    const ambition = `Een ambitie om de statusmelding te toetsen (${Date.now()})`;
    const ambitions = page.getByRole("region", { name: "Ambities" });
    await ambitions.getByLabel("Nieuwe ambitie").fill(ambition);
    await ambitions.getByRole("button", { name: "Ambitie toevoegen" }).click();
    await ambitions.getByText(ambition, { exact: true }).waitFor();
    await page.getByRole("status").getByText("De ambitie is toegevoegd.").waitFor();
    await expect(messagesShown().count()).resolves.toBe(1);
    await expect(page.getByText("De ambitie is toegevoegd.").count()).resolves.toBe(1);
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "agenda-status-1280.png") });

    // Saving the coalition as it is: a second message, in the same place, instead of the first.
    await page.getByRole("button", { name: "Coalitie opslaan" }).click();
    await page.getByRole("status").getByText("De coalitie is opgeslagen.").waitFor();
    await expect(messagesShown().count()).resolves.toBe(1);
    await expect(page.getByText("De ambitie is toegevoegd.").count()).resolves.toBe(0);

    // Clean up, which reports in the same place too.
    const items = ambitions.getByRole("listitem");
    const count = await items.count();
    await ambitions.getByRole("button", { name: `Verwijderen ambitie ${count}` }).click();
    await page.getByRole("dialog", { name: "Ambitie verwijderen?" }).getByRole("button", { name: "Ja, verwijderen" }).click();
    await page.getByRole("status").getByText("De ambitie is verwijderd.").waitFor();
    await expect(messagesShown().count()).resolves.toBe(1);
  });

  it("starts another part without the previous part's message", async () => {
    await page.goto(`${agendaUrl}/vraagstukken`);
    await page.getByRole("button", { name: "Coalitie opslaan" }).click();
    await page.getByRole("status").getByText("De coalitie is opgeslagen.").waitFor();
    await partsNav().getByRole("link", { name: "Effectketen", exact: true }).click();
    await expectOnPart("Effectketen");
    await expect(messagesShown().count()).resolves.toBe(0);
  });

  it("moves between the parts with the keyboard", async () => {
    await page.goto(`${agendaUrl}/vraagstukken`);
    await expectOnPart("Vraagstukken en ambities");
    await partsNav().getByRole("link", { name: "Indicatoren en metingen", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expectOnPart("Indicatoren en metingen");
    // As on every page change in the admin app, focus moves to the main content, not lost to the body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
  });
});
