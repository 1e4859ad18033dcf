import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
/** The demo editor of Zorgpact Noord (services/demo-users.ts). */
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
const SHOTS = process.env.AUDIT_SHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/admin/inloggen`);
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
}

/** A call to the API from inside the signed-in page, as the app makes it (same origin, session cookie). */
async function api<T>(page: Page, path: string, input: unknown, method: "GET" | "POST"): Promise<T> {
  return page.evaluate(
    async ({ path, input, method }) => {
      const url = method === "GET" ? `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `/trpc/${path}`;
      const response = await fetch(url, method === "GET" ? {} : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
      const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body.error)}`);
      return body.result!.data as T;
    },
    { path, input, method },
  ) as Promise<T>;
}

async function fitsWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}

describe("the audit log in words", () => {
  it("shows a partner added by an editor as a sentence with the pact's and organisation's names, filtered by person and by record", async () => {
    const stamp = Date.now();
    const organisationName = `Noorderpoort E2E ${stamp}`;

    // The editor of Zorgpact Noord adds a new organisation as a partner.
    const editor = await newPage(browser);
    await logIn(editor, EDITOR);
    const organisation = await api<{ id: string }>(
      editor,
      "organisation.create",
      { name: organisationName, sector: "education", level: "mbo", place: "Groningen" },
      "POST",
    );
    const managed = await api<unknown>(editor, "pact.listManaged", {}, "GET");
    const pacts = (Array.isArray(managed) ? managed : (managed as { items: unknown[] }).items) as { id: string; name: string }[];
    const noord = pacts.find((p) => p.name === "Zorgpact Noord");
    expect(noord).toBeDefined();
    await api(editor, "partner.add", { pactId: noord!.id, organisationId: organisation.id }, "POST");
    await editor.context().close();

    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await logIn(page, ADMIN);
    await page.goto(`${baseUrl()}/admin/auditlog`);
    await page.getByRole("heading", { level: 1, name: "Auditlog" }).waitFor();
    const list = page.getByRole("list", { name: "Auditlog" });
    const sentence = `Zorgpact Noord: partner ${organisationName} toegevoegd`;
    const entry = list.getByRole("listitem").filter({ hasText: sentence });
    await entry.waitFor();
    await expect(entry.getByText("Redacteur Zorgpact Noord", { exact: false }).count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await fitsWidth(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/audit-1280.png`, fullPage: false });

    // By person: the editor's changes include it, the national team's do not.
    const personValue = async (email: string) =>
      page
        .locator("#audit-persoon option")
        .evaluateAll((options, email) => options.find((o) => o.textContent?.includes(email))?.getAttribute("value") ?? "", email);
    await page.getByLabel("Persoon").selectOption(await personValue(EDITOR));
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/persoon=/);
    await entry.waitFor();
    const admin = await personValue(ADMIN);
    await page.getByLabel("Persoon").selectOption(admin);
    const filtered = page.waitForResponse((r) => r.url().includes("audit.list") && r.url().includes(admin));
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(new RegExp(`persoon=${admin}`));
    await filtered;
    // The previous page stays visible (aria-busy) until the filtered one is shown.
    await page.waitForFunction(() => !document.querySelector('.audit-entries[aria-busy="true"]'));
    await expect(list.getByRole("listitem").filter({ hasText: sentence }).count()).resolves.toBe(0);

    // By name, then every change to that one record.
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await page.getByLabel("Naam van record of zorgpact").fill(organisationName);
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/naam=/);
    await entry.waitFor();
    const recordRows = page.waitForResponse((r) => r.url().includes("audit.list") && r.url().includes("objectId"));
    await entry.getByRole("link", { name: /alle wijzigingen aan dit record/ }).click();
    await page.waitForURL(/soort=pact_partner&record=/);
    await recordRows;
    await page.waitForFunction(() => !document.querySelector('.audit-entries[aria-busy="true"]'));
    await page.getByText(`Alle wijzigingen aan ${organisationName}`).waitFor();
    await expect(list.getByRole("listitem").count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    // On a phone the entries stack as cards, still without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await entry.waitFor();
    await fitsWidth(page);
    await expectNoAxeViolations(page);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/audit-390.png`, fullPage: false });
      await entry.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/audit-390-entry.png`, fullPage: false });
    }
    await page.context().close();
  });
});
