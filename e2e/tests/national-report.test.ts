import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";
import { pdfPages, withoutSpace } from "../pdf-text.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The headings of the report's title page and of every figure section, as the page shows them. */
async function sectionTitles(page: Page): Promise<string[]> {
  return page.locator(".report-cover h2, .report-figure > h2").allTextContents();
}

describe("demo data never passes for fact", () => {
  it("says 'Demodata' on every page of both apps while the demo seed is loaded", async () => {
    const page = await newPage(browser);
    for (const path of ["/", "/zorgpacten", "/rapportage", "/admin/inloggen"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page
        .getByRole("note", { name: "Demodata" })
        .getByText(/Deze omgeving bevat voorbeeldgegevens/)
        .waitFor();
    }
  });

  it("shows the demo source beside invented follow-up answers and measurements on a pact page", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/zorgpacten/zorgtechniek-limburg`);
    await page.getByRole("heading", { level: 1, name: "Zorgtechniek Limburg" }).waitFor();
    const followUp = page.getByRole("region", { name: "Navolging en borging" });
    await followUp.getByText("Bron: demodata (verzonnen voor de demonstratie)").first().waitFor();
    // Every measurement in the charts' tables names its source; invented ones say "Demodata".
    await page
      .locator(".indicator-chart__table td.demo-source", { hasText: /^Demodata – / })
      .first()
      .waitFor();
    await page.getByRole("heading", { level: 2, name: "Effectketen" }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
  });

  it("says on the results page that its figures come from demo chains", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/resultaten-en-effecten`);
    await page.getByText(/^Demodata: de effectketens waaruit deze cijfers komen/).waitFor();
  });
});

describe("the public national report", () => {
  it("shows every figure with its explanation and a table, accessible, and downloads them all as XLSX", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/rapportage?jaar=2017`);
    await page.getByRole("heading", { level: 1, name: "Landelijke rapportage" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Landelijke rapportage Zorgpact 2017" }).waitFor();
    await page.getByText(/^Demodata: deze cijfers zijn berekend uit demonstratiegegevens/).waitFor();
    for (const name of [
      "Wie telt mee",
      "Figuur 6. Is het concept van het koplopersinitiatief overgenomen door derden?",
      "Figuur 9. Welke resultaten levert de samenwerking op als het gaat om scholing en onderwijs?",
      "Figuur 15. Functies van regionale Zorgpacten",
      "Figuur 16. Waaruit bestaat de bestuurlijke samenwerking in de regio, nu en over vijf jaar?",
      "Groei van de Kopgroep",
    ]) {
      await page.getByRole("heading", { level: 2, name, exact: true }).waitFor();
    }
    const figures = await page.locator(".report-figure").count();
    expect(figures).toBeGreaterThanOrEqual(15);
    // A table beside every chart, with N in its header and the answers' labels as in seed 002.
    await expect(page.locator(".report-figure .report-table").count()).resolves.toBe(figures);
    const adoption = page.getByRole("table", { name: /Figuur 6\./ });
    await adoption.getByRole("columnheader", { name: /^Koplopers \(N=\d+\)$/ }).waitFor();
    await adoption.getByRole("rowheader", { name: "Nog niet, wel interesse" }).waitFor();
    await page
      .getByRole("table", { name: /Figuur 7\./ })
      .getByRole("rowheader", { name: "Financiering rondkrijgen voor het project" })
      .waitFor();
    await page
      .getByRole("table", { name: /Groei van de Kopgroep/ })
      .getByRole("cell", { name: "Kamerbrief eerste resultaten Zorgpact (2016)" })
      .waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download alle figuren (Excel)" }).click()]);
    expect(download.suggestedFilename()).toBe("zorgpact-rapportage-2017-actueel.xlsx");
    await page.getByText("zorgpact-rapportage-2017-actueel.xlsx is gedownload.").waitFor();
  });

  it("prints as an A4 document: a title page, then every figure on a page of its own, every section in the PDF", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/rapportage?jaar=2017`);
    await page.locator(".report-figure").first().waitFor();
    const titles = await sectionTitles(page);
    await page.emulateMedia({ media: "print" });
    // Screen-only parts are gone; figures start a page and tables are not cut.
    await expect(page.locator(".site-header").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button", { name: "Afdrukken of opslaan als pdf" }).isVisible()).resolves.toBe(false);
    const styles = await page.evaluate(() => ({
      figure: getComputedStyle(document.querySelector(".report-figure")!).breakBefore,
      cover: getComputedStyle(document.querySelector(".report-cover")!).breakAfter,
      table: getComputedStyle(document.querySelector(".report-table")!).breakInside,
    }));
    expect(styles).toEqual({ figure: "page", cover: "page", table: "avoid" });

    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    // Title page, contents, and at least a page per figure.
    expect(pages.length).toBeGreaterThanOrEqual(titles.length + 1);
    const [cover, ...figurePages] = pages.map(withoutSpace);
    expect(cover).toContain(withoutSpace("Landelijke rapportage Zorgpact 2017"));
    expect(cover).toContain("Demodata");
    const body = figurePages.join("");
    const missing = titles.slice(1).filter((title) => !body.includes(withoutSpace(title)));
    expect(missing).toEqual([]);
    // Each figure's heading opens a page.
    for (const title of titles.slice(1)) {
      expect(
        figurePages.some((p) => p.startsWith(withoutSpace(title))),
        title,
      ).toBe(true);
    }
  });
});

describe("publishing the year's report", () => {
  it("lets the national team publish 2017 after confirming, and shows the frozen edition beside the live figures", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/admin/rapportage?jaar=2017`);
    await page.getByLabel("E-mailadres").fill(ADMIN);
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("heading", { level: 1, name: "Landelijke rapportage" }).waitFor();
    await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Rapportage" }).waitFor();
    await page.locator(".report-figure").first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Publiceer de rapportage over 2017" }).click();
    const dialog = page.getByRole("dialog", { name: "Rapportage over 2017 publiceren?" });
    await dialog.getByText(/kan niet ongedaan worden gemaakt/).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Ja, publiceer" }).click();
    await page.getByText("Landelijke rapportage Zorgpact 2017 is gepubliceerd. Je ziet nu de vastgelegde rapportage.").waitFor();
    expect(page.url()).toMatch(/editie=[0-9a-f-]{36}/);
    await page.getByText(/^Gepubliceerde rapportage, vastgesteld op /).waitFor();
    await page.getByText("Gepubliceerd door Landelijk team (demo).").waitFor();
    const editions = page.getByRole("table", { name: "Gepubliceerde rapportages" });
    await editions.getByRole("link", { name: /Bekijk Landelijke rapportage Zorgpact 2017, editie 1/ }).waitFor();
    await expectNoAxeViolations(page);

    // The public site lists the edition and shows it as published, without who published it.
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/rapportage`);
    await visitor.getByRole("link", { name: /^Landelijke rapportage Zorgpact 2017 \(vastgesteld op / }).click();
    await visitor.getByText(/^Gepubliceerde rapportage, vastgesteld op /).waitFor();
    await expect(visitor.getByText(/Gepubliceerd door/).count()).resolves.toBe(0);
    await visitor.locator(".report-figure").first().waitFor();
    await expectNoAxeViolations(visitor);
  });
});

// Keeps the PDF reader honest against a file it did not make itself: a tiny hand-written PDF.
describe("pdf-text", () => {
  it("reads text shown with a literal string in a plain font", () => {
    const content = "BT /F1 12 Tf 10 10 Td (Hallo wereld) Tj ET";
    const pdf = [
      "%PDF-1.4",
      "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj",
      "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj",
      "3 0 obj <</Type /Page /Parent 2 0 R /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>> endobj",
      `4 0 obj <</Length ${content.length}>> stream\n${content}\nendstream endobj`,
      "5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj",
      "%%EOF",
    ].join("\n");
    expect(pdfPages(Buffer.from(pdf, "latin1")).map((p) => p.trim())).toEqual(["Hallo wereld"]);
  });
});
