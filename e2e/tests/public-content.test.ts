import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

let browser: Browser;
let page: Page;
const SHOTS = process.env.SHOTS_DIR;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function top(locator: ReturnType<Page["locator"]>): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not visible");
  return box.y;
}

async function noSidewaysOverflow(path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
}

describe("public content", () => {
  it("shows the pact's action agenda — issue, coalition, ambition — above the effect chain, and each chart's title above it", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl()}/zorgpacten/zorgpact-noord`);
    const agenda = page.getByRole("region", { name: "Actieagenda" });
    const issue = agenda.getByRole("heading", { level: 3, name: "Te weinig praktijkleerplaatsen in de wijk" });
    await issue.waitFor();
    await agenda.getByRole("heading", { name: "Coalitie" }).first().waitFor();
    await agenda.getByText("Zorgplein Noord").waitFor();
    await agenda.getByText(/Startende professionals zijn toegerust/).waitFor();
    const chain = page.getByRole("heading", { level: 2, name: "Effectketen" });
    expect(await top(agenda.getByRole("heading", { level: 2, name: "Actieagenda" }))).toBeLessThan(await top(chain));
    expect(await top(agenda.getByText(/Startende professionals zijn toegerust/))).toBeLessThan(await top(chain));

    const figures = page.locator("figure.indicator-chart");
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const labelledBy = await figure.getAttribute("aria-labelledby");
      expect(labelledBy).toBeTruthy();
      const title = page.locator(`[id="${labelledBy}"]`);
      await expect(title.evaluate((el) => /^H[34]$/.test(el.tagName))).resolves.toBe(true);
      expect(await top(title)).toBeLessThan(await top(figure.locator("svg").first()));
    }
    await expectNoAxeViolations(page);
    await shot("pact-1280");
    if (SHOTS) {
      await agenda.screenshot({ path: `${SHOTS}/pact-agenda-1280.png` });
      await figures.first().screenshot({ path: `${SHOTS}/pact-chart-1280.png` });
    }
  });

  it("filters the pact list by province, with and without JavaScript", async () => {
    const count = async (p: Page) => Number((await p.locator("#resultaten-aantal").innerText()).match(/\d+/)?.[0] ?? 0);
    await page.goto(`${baseUrl()}/zorgpacten`);
    await page
      .locator("#resultaten-aantal")
      .getByText(/gevonden/)
      .waitFor();
    const all = await count(page);
    await page.getByLabel("Provincie").selectOption("Drenthe");
    await page.waitForURL(/provincie=Drenthe/);
    const results = page.locator("main");
    await results.getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await expect(results.getByRole("link", { name: "Zorgpact Rotterdam", exact: true }).count()).resolves.toBe(0);
    const inDrenthe = await count(page);
    expect(inDrenthe).toBeGreaterThan(0);
    expect(inDrenthe).toBeLessThan(all);
    await expectNoAxeViolations(page);
    await shot("pact-list-1280");

    const noJs = await browser.newContext({ locale: "nl-NL", javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${baseUrl()}/zorgpacten`);
    await plain.getByLabel("Provincie").selectOption("Groningen");
    await plain.getByRole("button", { name: "Toon resultaten" }).click();
    await plain.waitForURL(/provincie=Groningen/);
    await plain.getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await expect(plain.getByRole("link", { name: "Zorgpact Rotterdam", exact: true }).count()).resolves.toBe(0);
    expect(await count(plain)).toBeLessThan(all);
    await noJs.close();
  });

  it("finds a partner organisation's pact and the organisation itself by its name", async () => {
    await page.goto(`${baseUrl()}/zoeken?q=Zorgplein%20Noord`);
    const organisations = page.getByRole("region", { name: "Organisaties" });
    await organisations.getByRole("heading", { name: "Zorgplein Noord" }).waitFor();
    await organisations.getByRole("link", { name: "Zorgpact Noord" }).waitFor();
    await page.getByRole("region", { name: "Zorgpacten en koplopers" }).getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await shot("search-1280");
  });

  for (const width of [1280, 390]) {
    it(`places map markers of at least 24 px that do not overlap, each labelled (${width} px)`, async () => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      await page.goto(`${baseUrl()}/kaart`);
      const markers = page.locator("a.province-map__marker");
      await markers.first().waitFor();
      const boxes = [];
      for (const marker of await markers.all()) {
        await expect(marker.getAttribute("aria-label")).resolves.toBeTruthy();
        await expect(marker.locator("title").count()).resolves.toBe(1);
        const box = (await marker.locator("circle").boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        boxes.push(box);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          // Circles: boxes may touch at the corners; the centres must be a diameter apart.
          const apart = Math.hypot(a.x - b.x, a.y - b.y) >= a.width - 0.5;
          expect(!overlap || apart, `markers ${i} and ${j} overlap`).toBe(true);
        }
      }
      await expectNoAxeViolations(page);
      await shot(`map-${width}`);
    });
  }

  it("has no sideways overflow at 390×844 and axe finds nothing", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/", "/zorgpacten", "/zorgpacten/zorgpact-noord", "/resultaten-en-effecten", "/kaart", "/zoeken?q=Hanzehogeschool"]) {
      await noSidewaysOverflow(path);
      await expectNoAxeViolations(page);
    }
    await page.goto(`${baseUrl()}/zorgpacten/zorgpact-noord`);
    await page.getByRole("region", { name: "Actieagenda" }).waitFor();
    await shot("pact-390");
    if (SHOTS) await page.getByRole("region", { name: "Actieagenda" }).screenshot({ path: `${SHOTS}/pact-agenda-390.png` });
    await page.goto(`${baseUrl()}/zorgpacten?provincie=Drenthe`);
    await page.getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await shot("pact-list-390");
    await page.goto(`${baseUrl()}/zoeken?q=Hanzehogeschool`);
    await page.getByRole("region", { name: "Organisaties" }).waitFor();
    await shot("search-390");
  });
});
