import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
/** Set to keep screenshots (e.g. SCREENSHOT_DIR=/tmp/shots/e2). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The admin list pages built on the shared DataList, each with its page heading. */
const LISTS = [
  { path: "organisaties", heading: "Organisaties" },
  { path: "regios", heading: "Regio's" },
  { path: "taxonomieen", heading: "Taxonomieën" },
  { path: "koplopers", heading: "Koplopers en aanmeldingen" },
  { path: "drempels", heading: "Drempels (Ruimte in de regels)" },
  { path: "ondersteuning", heading: /^Maatwerk/ },
  { path: "evenementen", heading: "Evenementen" },
  { path: "regelingen", heading: "Regelingen" },
  { path: "volgspot", heading: /Volgspot/ },
] as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.setViewportSize(WIDE);
  await page.goto(`${baseUrl()}/admin/inloggen`);
  await page.getByLabel("E-mailadres").fill(ADMIN);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
});
afterAll(async () => {
  await browser.close();
});

async function screenshot(name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function sidewaysOverflow(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Opens a list and waits until it has stopped loading. */
async function openList(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl()}/admin/${path}`);
  await page
    .getByRole("heading", { level: 1, name: heading })
    .waitFor()
    .catch(async (error: unknown) => {
      throw new Error(`${path}: ${String(error)}\n${(await page.locator("body").innerText()).slice(0, 800)}`);
    });
  await page.locator(".data-list").first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.data-list[aria-busy="true"]').length === 0);
}

describe("admin lists on the shared list component", () => {
  it("are tables at 1280×800 and cards at 390×844, without sideways scrolling and without axe findings", async () => {
    for (const list of LISTS) {
      for (const [size, viewport] of [
        ["wide", WIDE],
        ["phone", PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await openList(list.path, list.heading);
        await screenshot(`${list.path}-${size}`);
        if (SCREENSHOT_DIR) {
          // The first rows as the eye sees them, beside the full page.
          await page
            .locator(".data-list__table")
            .first()
            .evaluate((table) => table.scrollIntoView());
          await page.screenshot({ path: join(SCREENSHOT_DIR, `${list.path}-${size}-rows.png`) });
        }
        expect(await sidewaysOverflow(), `${list.path} at ${size} scrolls sideways`).toBeLessThanOrEqual(0);
        // The table fits its column too: no column (and no action) hides behind a sideways scroll.
        const hidden = await page.locator(".data-list .table-wrap").evaluateAll((wraps) => wraps.map((wrap) => wrap.scrollWidth - wrap.clientWidth));
        for (const width of hidden) expect(width, `${list.path} at ${size}: table wider than its column`).toBeLessThanOrEqual(0);
        const display = await page
          .locator(".data-list__table tbody tr")
          .first()
          .evaluate((row) => getComputedStyle(row).display);
        expect(display, `${list.path} rows at ${size}`).toBe(size === "wide" ? "table-row" : "flex");
        await expectNoAxeViolations(page);
      }
    }
    await page.setViewportSize(WIDE);
  });

  it("shows every action of a card inside the phone's width, with each column's label", async () => {
    await page.setViewportSize(PHONE);
    await openList("taxonomieen", "Taxonomieën");
    const firstCard = page.locator(".data-list__table tbody tr").first();
    await expect(firstCard.locator(".data-list__label").allInnerTexts()).resolves.toEqual(["Volgorde", "Gebruikt", "Status"]);
    const actions = firstCard.locator(".data-list__actions").getByRole("button");
    expect(await actions.count()).toBeGreaterThanOrEqual(2);
    for (const action of await actions.all()) {
      const box = await action.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    await openList("organisaties", "Organisaties");
    const editButtons = page.getByRole("button", { name: /^Bewerken / });
    expect(await editButtons.count()).toBe(25);
    const last = editButtons.last();
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(WIDE);
  });

  it("pages through the organisations with the page in the URL, and keeps the filter when paging", async () => {
    await openList("organisaties", "Organisaties");
    const count = page.locator(".result-count");
    await expect(count.getAttribute("aria-live")).resolves.toBe("polite");
    const total = Number(/\d+/.exec(await count.innerText())?.[0]);
    expect(total).toBeGreaterThan(25);
    const pages = Math.ceil(total / 25);
    await page.getByText(`Pagina 1 van ${pages}`).waitFor();
    const firstName = await page.locator(".data-list__table tbody th").first().innerText();
    await page.getByRole("button", { name: "Volgende pagina" }).click();
    await page.getByText(`Pagina 2 van ${pages}`).waitFor();
    expect(new URL(page.url()).searchParams.get("pagina")).toBe("2");
    await page.waitForFunction(() => document.querySelectorAll('.data-list[aria-busy="true"]').length === 0);
    expect(await page.locator(".data-list__table tbody th").first().innerText()).not.toBe(firstName);
    // Focus goes to the table, so a keyboard user carries on at the top of the new page.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("TABLE");
    await page.goBack();
    await page.getByText(`Pagina 1 van ${pages}`).waitFor();

    // A filter starts at page 1 and stays in the URL.
    await page.getByLabel("Sector").selectOption({ label: "Onderwijs" });
    await page.waitForURL((url) => url.searchParams.get("sector") === "education" && !url.searchParams.has("pagina"));
    // The previous page's rows stay in view while the filtered ones load: wait for the new rows.
    const sectorCells = () =>
      page.getByRole("table", { name: "Organisaties" }).evaluate((table: HTMLTableElement) => {
        const column = [...table.tHead!.rows[0]!.cells].findIndex((th) => th.textContent === "Sector");
        return [...table.tBodies[0]!.rows].map((row) => row.cells[column]!.textContent ?? "");
      });
    await expect.poll(async () => (await sectorCells()).filter((sector) => !sector.includes("Onderwijs")).length).toBe(0);
    expect((await sectorCells()).length).toBeGreaterThan(0);
  });

  it("says so when a filter matches nothing, and clears it again", async () => {
    await openList("drempels", "Drempels (Ruimte in de regels)");
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("geen-drempel-heet-zo-xq");
    await page.getByRole("search", { name: "Drempels filteren" }).getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("Er zijn geen drempels die bij deze filters passen.").waitFor();
    await expect(page.locator(".result-count").innerText()).resolves.toBe("0 drempels");
    expect(new URL(page.url()).searchParams.get("zoek")).toBe("geen-drempel-heet-zo-xq");
    await expect(page.locator(".data-list table").count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await page.locator(".data-list__table").waitFor();
    expect(new URL(page.url()).search).toBe("");
  });
});
