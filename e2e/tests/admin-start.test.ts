import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
/** The demo editor has exactly one pact, Zorgpact Noord (services/demo-users.ts). */
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
/** Set to keep screenshots (e.g. SCREENSHOT_DIR=/tmp/shots/start). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signedIn(email: string, password = DEMO_PASSWORD, path = "/admin/"): Promise<Page> {
  const page = await newPage(browser);
  await page.setViewportSize(WIDE);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-venster.png`) });
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Inside the window as it is, without scrolling either way; and the link's text is not clipped. */
async function expectInView(link: Locator, viewport: { width: number; height: number }, what: string): Promise<void> {
  const box = await link.boundingBox();
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.x, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends inside the window`).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height, `${what} ends inside the window`).toBeLessThanOrEqual(viewport.height);
  await expect(link.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).resolves.toBe(true);
}

/** The action links of one pact, named in full for screen readers. */
function actionsOf(scope: Locator, pact: string): Locator {
  return scope.getByRole("link", { name: new RegExp(`^(Bewerken ${pact}|Agenda en effectketen van ${pact}|Volgspot van ${pact})$`) });
}

describe("the national team's start page", () => {
  it("shows the work queue with the applications waiting, counted in the menu too", async () => {
    const page = await signedIn(ADMIN);
    await page.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();
    const applications = page.getByRole("heading", { level: 2, name: /^Aanmeldingen koplopers \(\d+\)$/ });
    const heading = await applications.innerText();
    const waiting = Number(/\((\d+)\)/.exec(heading)?.[1]);
    // The demo seed has an application waiting and one under review.
    expect(waiting).toBeGreaterThanOrEqual(2);
    await page.getByRole("link", { name: `${waiting} Aanmeldingen`, exact: true }).waitFor();
    const nav = page.getByRole("navigation", { name: "Beheermenu" });
    await nav.getByRole("link", { name: new RegExp(`^Koplopers\\s*,\\s*${waiting}\\s*wachten op beoordeling$`) }).waitFor();
    // Every group is on the page, with its threshold where it has one.
    for (const group of ["Drempels om te beoordelen", "Volgspots", "Ondersteuningsvragen", "Niet bezorgde e-mail", "Zorgpacten zonder wijziging"]) {
      await page.getByRole("heading", { level: 2, name: new RegExp(`^${group} \\(\\d+\\)$`) }).waitFor();
    }
    await page.getByText("180 dagen", { exact: false }).first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "start-landelijk-1280");

    // An application links to its review.
    const first = page
      .getByRole("region", { name: /^Aanmeldingen koplopers/ })
      .getByRole("link")
      .first();
    const name = await first.innerText();
    await first.click();
    await page.getByRole("heading", { level: 1, name: new RegExp(name) }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/koplopers\/[0-9a-f-]{36}$/);

    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl()}/admin/`);
    await page.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "start-landelijk-390");
    await page.context().close();
  });
});

describe("the pacts table", () => {
  it("fits a 1280×800 window: every action of the first row in view, none beyond the right edge, the page not wider than the window", async () => {
    const page = await signedIn(ADMIN, DEMO_PASSWORD, "/admin/zorgpacten");
    const table = page.getByRole("table", { name: "Alle zorgpacten" });
    await table.getByRole("rowheader").first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    const rows = table.getByRole("row");
    const firstPact = await table.getByRole("rowheader").first().innerText();
    const firstActions = actionsOf(table, firstPact);
    expect(await firstActions.count()).toBeGreaterThanOrEqual(2);
    for (const link of await firstActions.all()) await expectInView(link, WIDE, `${await link.innerText()} (${firstPact})`);

    // Every other row's actions lie within the window's width (further down is reached by scrolling down only).
    const boxes = await rows.evaluateAll((trs) =>
      trs.flatMap((tr) => [...tr.querySelectorAll(".pact-actions a")].map((a) => a.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right }))),
    );
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(WIDE.width);
    }

    // The pact's name is a link to the pact.
    await table.getByRole("rowheader").first().getByRole("link", { name: firstPact, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: firstPact, exact: true }).waitFor();
    await page.goBack();
    await table.getByRole("rowheader").first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "zorgpacten-landelijk-1280");
    await page.context().close();
  });

  it("turns rows into cards on a 390×844 phone, every action visible and nothing sideways", async () => {
    const page = await signedIn(ADMIN, DEMO_PASSWORD, "/admin/zorgpacten");
    await page.setViewportSize(PHONE);
    await page.getByRole("heading", { level: 1, name: "Alle zorgpacten" }).waitFor();
    await expect(page.getByRole("table", { name: "Alle zorgpacten" }).isVisible()).resolves.toBe(false);
    const cards = page.getByRole("list", { name: "Alle zorgpacten" });
    const first = cards.getByRole("listitem").first();
    await first.waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await first.scrollIntoViewIfNeeded();
    const name = await first.locator(".pact-card__name").innerText();
    const actions = actionsOf(first, name);
    expect(await actions.count()).toBeGreaterThanOrEqual(2);
    for (const link of await actions.all()) await expectInView(link, PHONE, `${await link.innerText()} (${name})`);
    await expectNoAxeViolations(page);
    await screenshot(page, "zorgpacten-landelijk-390");
    await page.context().close();
  });
});

describe("an editor's start", () => {
  it("takes an editor with one pact straight to that pact, and their pacts table reads in full", async () => {
    const page = await signedIn(EDITOR);
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/zorgpacten\/[0-9a-f-]{36}$/);

    await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Zorgpacten", exact: true }).click();
    const table = page.getByRole("table", { name: "Mijn zorgpacten" });
    await table.getByRole("rowheader", { name: "Zorgpact Noord", exact: true }).waitFor();
    const actions = actionsOf(table, "Zorgpact Noord");
    // The visible words (the pact's name after them is for screen readers only).
    await expect(actions.evaluateAll((links) => links.map((a) => a.firstChild?.textContent))).resolves.toEqual(["Bewerken", "Agenda", "Volgspot"]);
    for (const link of await actions.all()) await expectInView(link, WIDE, await link.innerText());
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "zorgpacten-redacteur-1280");
    await page.setViewportSize(PHONE);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "zorgpacten-redacteur-390");
    await page.context().close();
  });

  it("shows an editor with several pacts a short list of them, each linking to the pact and its agenda", async () => {
    // The national team creates such an editor through the API, with the session of its browser.
    const admin = await signedIn(ADMIN);
    await admin.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();
    const email = `twee-pacten-${Date.now()}@voorbeeld.nl`;
    const created = await admin.evaluate(async (email) => {
      const input = encodeURIComponent(JSON.stringify({ search: "Zorgpact", page: 1 }));
      const list = (await (await fetch(`/trpc/pact.listManaged?input=${input}`)).json()) as { result: { data: { items: { id: string; name: string }[] } } };
      const pacts = list.result.data.items.slice(0, 2);
      const response = await fetch("/trpc/user.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          email,
          name: "Redacteur van twee (e2e)",
          role: "regional_editor",
          pactIds: pacts.map((p) => p.id),
          password: "een lang e2e-wachtwoord 2026",
        }),
      });
      return { ok: response.ok, names: pacts.map((p) => p.name) };
    }, email);
    expect(created.ok).toBe(true);
    await admin.context().close();

    const page = await signedIn(email, "een lang e2e-wachtwoord 2026");
    await page.getByRole("heading", { level: 1, name: "Mijn zorgpacten" }).waitFor();
    const list = page.getByRole("list", { name: "Mijn zorgpacten" });
    await list.getByRole("listitem").first().waitFor();
    await expect(list.getByRole("listitem").count()).resolves.toBe(2);
    for (const name of created.names) {
      await list.getByRole("link", { name, exact: true }).waitFor();
      await list.getByRole("link", { name: `Agenda en effectketen van ${name}`, exact: true }).waitFor();
    }
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "start-redacteur-1280");
    await page.setViewportSize(PHONE);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "start-redacteur-390");

    await list.getByRole("link", { name: created.names[0]!, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: created.names[0]!, exact: true }).waitFor();
    await page.context().close();
  });
});
