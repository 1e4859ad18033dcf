import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser } from "../browser.ts";

let browser: Browser;
let noJs: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam", javaScriptEnabled: false });
  page = await noJs.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser.close();
});

/** The first link on a list page that leads to one of its items (ids and slugs come from the demo data). */
async function firstItemHref(listPath: string, itemPattern: RegExp): Promise<string> {
  await page.goto(`${baseUrl()}${listPath}`);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs.find((candidate) => itemPattern.test(candidate));
  if (!href) throw new Error(`no item link on ${listPath}`);
  return href;
}

/** A page as a reader without JavaScript gets it: heading, and its main content already there. */
async function expectReadable(path: string, heading: string | RegExp, content: string | RegExp): Promise<void> {
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response?.status(), path).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 }).innerText(), path).resolves.toMatch(heading);
  await expect(main.innerText(), path).resolves.toMatch(content);
  await expect(main.getByText("Bezig met laden").count(), `${path} still loading`).resolves.toBe(0);
}

describe("public site without JavaScript", () => {
  const routes: [path: string, heading: string | RegExp, content: string | RegExp][] = [
    ["/", "Het Zorgpact", /Het programma in cijfers[\s\S]*Verder kijken/],
    ["/zorgpacten", "Zorgpacten", /zorgpacten gevonden[\s\S]*Zorgpact Achterhoek/],
    ["/zorgpacten/zorgpact-noord", "Zorgpact Noord", /Partners[\s\S]*Effectketen/],
    ["/kaart", /Kaart/, /Natural Earth/],
    ["/koplopers", /Koplopers/, /\S{3,}[\s\S]{200,}/],
    ["/koplopers/aanmelden", /aanmelden/i, /\S[\s\S]{100,}/],
    ["/resultaten-en-effecten", "Resultaten en effecten", /\S[\s\S]{200,}/],
    ["/ruimte-in-de-regels", /Ruimte in de regels/, /\S[\s\S]{200,}/],
    ["/regelingen", /Regelingen/, /\S[\s\S]{200,}/],
    ["/agenda", /Agenda/, /\S[\s\S]{200,}/],
    ["/rapportage", /Rapportage|rapportage/, /\S[\s\S]{200,}/],
    ["/zoeken?q=Noord", /Zoeken/, /Zorgpact Noord/],
    ["/open-data", /Open data/, /CSV/],
    ["/toegankelijkheid", /Toegankelijkheid/, /\S[\s\S]{100,}/],
  ];
  for (const [path, heading, content] of routes) {
    it(`shows ${path} with its heading and content`, async () => {
      await expectReadable(path, heading, content);
    });
  }

  it("shows a barrier, a regulation and an event, found through their lists' links", async () => {
    const barrier = await firstItemHref("/ruimte-in-de-regels", /^\/ruimte-in-de-regels\/\d+/);
    await expectReadable(barrier, /\S/, /\S[\s\S]{100,}/);
    const regulation = await firstItemHref("/regelingen", /^\/regelingen\/[^/?]+$/);
    await expectReadable(regulation, /\S/, /\S[\s\S]{100,}/);
    const event = await firstItemHref("/agenda", /^\/agenda\/[0-9a-f-]{36}$/);
    await expectReadable(event, /\S/, /\S[\s\S]{100,}/);
  });

  it("answers an unknown pact with 404 and the not-found page", async () => {
    const response = await page.goto(`${baseUrl()}/zorgpacten/bestaat-niet`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(page.getByRole("main").innerText()).resolves.toMatch(/niet gevonden/i);
  });

  it("filters the pact list with the GET form and follows plain links", async () => {
    await page.goto(`${baseUrl()}/zorgpacten`);
    await page.getByLabel("Zoeken", { exact: true }).fill("Noord");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/zoek=Noord/);
    const results = page.getByRole("region", { name: "Resultaten" });
    await results.getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await expect(results.getByRole("link", { name: "Zorgpact Achterhoek" }).count()).resolves.toBe(0);
    await results.getByRole("link", { name: "Zorgpact Noord", exact: true }).click();
    await page.waitForURL(/\/zorgpacten\/zorgpact-noord$/);
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
  });

  it("pages through the pact list with plain links", async () => {
    await page.goto(`${baseUrl()}/zorgpacten`);
    await page.getByRole("link", { name: "Volgende pagina" }).click();
    await page.waitForURL(/pagina=2/);
    await page.getByText("Pagina 2 van").waitFor();
    await page.getByRole("region", { name: "Resultaten" }).getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
  });

  it("looks right at 1280×800 and 390×844 (screenshots)", async () => {
    mkdirSync("/tmp/shots/g1", { recursive: true });
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, path] of [
        ["home", "/"],
        ["pact", "/zorgpacten/zorgpact-noord"],
        ["list", "/zorgpacten"],
      ] as const) {
        await page.goto(`${baseUrl()}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `/tmp/shots/g1/nojs-${name}-${width}.png`, fullPage: false });
      }
    }
  });
});

describe("public site with JavaScript: hydrates the server's HTML", () => {
  let jsPage: Page;
  const problems: string[] = [];
  const trpcRequests: string[] = [];

  beforeAll(async () => {
    const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
    jsPage = await context.newPage();
    jsPage.setDefaultTimeout(15_000);
    jsPage.on("console", (message) => {
      if (message.type() === "error" || /hydrat/i.test(message.text())) problems.push(message.text());
    });
    jsPage.on("pageerror", (error) => problems.push(error.message));
    jsPage.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/trpc")) trpcRequests.push(request.url());
    });
  });

  for (const path of ["/", "/zorgpacten", "/zorgpacten/zorgpact-noord", "/resultaten-en-effecten", "/agenda", "/kaart"]) {
    it(`hydrates ${path} without errors and without fetching its data again`, async () => {
      problems.length = 0;
      trpcRequests.length = 0;
      await jsPage.goto(`${baseUrl()}${path}`);
      // Hydrated: React has attached its handlers to the root.
      await jsPage.waitForFunction(() => Object.keys(document.getElementById("root") ?? {}).some((key) => key.startsWith("__reactContainer")));
      await jsPage.waitForLoadState("networkidle");
      expect(problems, path).toEqual([]);
      expect(trpcRequests, path).toEqual([]);
      await expectNoAxeViolations(jsPage);
    });
  }

  it("still navigates in place after hydrating (a client-side link)", async () => {
    await jsPage.goto(`${baseUrl()}/`);
    await jsPage.waitForLoadState("networkidle");
    await jsPage.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zorgpacten" }).click();
    await jsPage.getByRole("heading", { level: 1, name: "Zorgpacten" }).waitFor();
    await jsPage.getByRole("link", { name: "Zorgpact Achterhoek", exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
