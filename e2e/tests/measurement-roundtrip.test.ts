import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots/C";

let browser: Browser;
let page: Page;
let exported: string;
let edited: Buffer;
/** The changed value as the CSV writes it, and as the preview shows it (nl-NL). */
let newValue = "";
let newValueShown = "";
let dataRows: number;
/** The line changed: the first without quoted cells, so splitting on `;` is safe. */
let changedLine: number;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

/** Downloads the measurements table through the page's own button and returns its text. */
async function downloadCsv(): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Metingen als CSV (Excel)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^metingen-.*\.csv$/);
  return (await readFile((await download.path())!)).toString("utf-8");
}

async function upload(content: Buffer): Promise<void> {
  await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles({ name: "metingen-bewerkt.csv", mimeType: "text/csv", buffer: content });
  await page.getByRole("heading", { level: 3, name: "Wat de import doet" }).waitFor();
}

const counts = () => page.locator(".import-preview__counts");

describe("measurements export → edit → import round trip", () => {
  it("opens the agenda's import and export part as the editor of Zorgpact Noord", async () => {
    await page.goto(`${baseUrl()}/admin/`);
    await page.getByLabel("E-mailadres").fill(EDITOR);
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Zorgpacten", exact: true }).click();
    await page.getByRole("link", { name: "Agenda en effectketen van Zorgpact Noord" }).click();
    await page.getByRole("navigation", { name: "Onderdelen van de agenda" }).getByRole("link", { name: "Importeren en exporteren", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Metingen importeren" }).waitFor();
  });

  it("downloads one table for Dutch Excel: BOM, semicolons, CRLF, Dutch column names", async () => {
    exported = await downloadCsv();
    expect(exported.startsWith("\uFEFFIndicator;Eenheid;Datum;Waarde;Bron;Toelichting;Indicator-ID\r\n")).toBe(true);
    const lines = exported
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    dataRows = lines.length - 1;
    expect(dataRows).toBeGreaterThan(1);
    // Change the value of one measurement only.
    changedLine = lines.findIndex((line, i) => i > 0 && !line.includes('"'));
    const cells = lines[changedLine]!.split(";");
    // One step up (or down from 100 and over) keeps the value valid for any unit: counts stay
    // whole, percentages stay within 0–100.
    const original = Number(cells[3]!.replaceAll(".", "").replace(",", "."));
    const changed = original >= 100 ? original - 1 : original + 1;
    newValue = String(changed).replace(".", ",");
    newValueShown = new Intl.NumberFormat("nl-NL").format(changed);
    cells[3] = newValue;
    lines[changedLine] = cells.join(";");
    edited = Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf-8");
  });

  it("previews the edited file as one update (before → after) and the rest unchanged", async () => {
    await upload(edited);
    await expect.poll(() => counts().innerText()).toContain("1 meting gewijzigd");
    const text = await counts().innerText();
    expect(text).toContain("0 metingen nieuw");
    expect(text).toContain(`${dataRows - 1} ${dataRows - 1 === 1 ? "meting" : "metingen"} ongewijzigd`);
    expect(text).toContain("0 rijen met een fout");
    const updated = page.locator(".import-preview__row--updated");
    await expect.poll(() => updated.count()).toBe(1);
    expect(await updated.innerText()).toContain(`→ ${newValueShown}`);
    await page.getByRole("button", { name: "1 meting importeren" }).waitFor();
  });

  it("fits the preview at 1280×800 and 390×844 without sideways scrolling, and axe finds nothing", async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.locator(".import-preview").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/import-preview-${width}.png`, fullPage: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${width}px`).toBeLessThanOrEqual(0);
    }
    await page.getByRole("radio", { name: /^Alle/ }).check();
    await page.locator(".import-preview").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/import-preview-390-all.png`, fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoAxeViolations(page);
  });

  it("applies the one change and the next export carries the new value", async () => {
    await page.getByRole("button", { name: "1 meting importeren" }).click();
    await page.getByText(/^Geïmporteerd uit metingen-bewerkt\.csv: 0 metingen nieuw, 1 meting gewijzigd/).waitFor();
    const again = await downloadCsv();
    expect(
      again
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        [changedLine]?.split(";")[3],
    ).toBe(newValue);
    expect(again.split("\r\n").length).toBe(exported.split("\r\n").length);
  });

  it("reports every row of the same file unchanged the second time and offers nothing to import", async () => {
    await upload(edited);
    await expect.poll(() => counts().innerText()).toContain(`${dataRows} metingen ongewijzigd`);
    expect(await counts().innerText()).toContain("0 metingen gewijzigd");
    await page.getByText("Alles in het bestand is al zo vastgelegd; er is niets te importeren.").waitFor();
    expect(await page.getByRole("button", { name: /importeren$/ }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/import-unchanged-1280.png` });
  });

  it("blocks a file with a wrong row, naming the row and the reason in words", async () => {
    const wrong = Buffer.from(`${edited.toString("utf-8").trimEnd()}\r\nBestaat niet;;31-02-2020;12;;;\r\n`, "utf-8");
    await upload(wrong);
    await expect.poll(() => counts().innerText()).toContain("1 rij met een fout");
    const row = page.locator(".import-preview__row--error");
    expect(await row.innerText()).toMatch(/Fout[\s\S]*Onbekende indicator[\s\S]*'31-02-2020' is geen geldige datum/);
    expect(await row.locator("th").innerText()).toContain(String(dataRows + 2));
    expect(await page.getByRole("button", { name: /importeren$/ }).count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(".import-preview").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/import-error-390.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoAxeViolations(page);
  });
});
