import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Each test starts in its own browser context: no cookies, nobody signed in. */
async function freshPage(): Promise<Page> {
  return newPage(browser);
}

async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

describe("admin sign-in", () => {
  it("lets a regional editor see only their own pacts, and sign out again", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/`);
    await page.waitForURL(/\/admin\/inloggen$/);
    await expectNoAxeViolations(page);

    await logIn(page, EDITOR);
    // An editor with one pact lands on it; the pacts list is one menu link away.
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Zorgpacten", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Mijn zorgpacten" }).waitFor();
    const table = page.getByRole("table", { name: "Mijn zorgpacten" });
    await table.getByRole("rowheader", { name: "Zorgpact Noord", exact: true }).waitFor();
    await expect(table.getByRole("rowheader").allInnerTexts()).resolves.toEqual(["Zorgpact Noord"]);
    await page.getByText("Regioredacteur", { exact: true }).waitFor();
    await expect(page.getByRole("link", { name: "Gebruikers" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "Auditlog" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await page.getByText("Je bent uitgelogd.").waitFor();

    await page.goto(`${baseUrl()}/admin/`);
    await page.waitForURL(/\/admin\/inloggen$/);
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await page.context().close();
  });

  it("shows the API's message in an alert for a wrong password", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/inloggen`);
    await logIn(page, EDITOR, "dit-is-het-niet-2026");
    const alert = page.getByRole("alert");
    await alert.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar", { exact: false }).waitFor();
    await expect(page.getByLabel("Wachtwoord").inputValue()).resolves.toBe("");
    expect(page.url()).toContain("/admin/inloggen");
    await page.context().close();
  });

  it("shows field errors from the form check at the field", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/inloggen`);
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const email = page.getByLabel("E-mailadres");
    await expect(email.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByText("Vul een geldig e-mailadres in.").waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("login-email");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("returns to the page asked for after signing in", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/gebruikers`);
    await page.waitForURL(/\/admin\/inloggen\?terug=%2Fgebruikers$/);
    await logIn(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/admin/gebruikers");
    await page.context().close();
  });
});

describe("national team", () => {
  it("creates a user and finds it in the audit log", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/`);
    await logIn(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();
    await page.getByText("Landelijk team", { exact: true }).waitFor();

    await page.getByRole("link", { name: "Gebruikers" }).click();
    await page.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    const users = page.getByRole("table", { name: "Gebruikers" });
    await users.getByRole("rowheader", { name: /Redacteur Zorgpact Noord/ }).waitFor();
    await expectNoAxeViolations(page);

    const stamp = Date.now();
    const name = `Test Redacteur ${stamp}`;
    const email = `e2e-${stamp}@voorbeeld.nl`;
    await page.getByRole("link", { name: "Gebruiker uitnodigen" }).click();
    await page.getByRole("heading", { level: 1, name: "Gebruiker uitnodigen" }).waitFor();
    await page.getByLabel("Naam", { exact: true }).fill(name);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Rol").selectOption({ label: "Regioredacteur" });
    await page.getByLabel("Zorgpacten filteren op naam").fill("Noord");
    await page.getByRole("checkbox", { name: "Zorgpact Noord", exact: true }).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Uitnodiging versturen" }).click();

    await page.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    await page.getByRole("status").getByText(`${name} is uitgenodigd.`, { exact: false }).waitFor();
    await users.getByRole("rowheader", { name }).waitFor();

    await page.getByRole("link", { name: "Auditlog" }).click();
    await page.getByRole("heading", { level: 1, name: "Auditlog" }).waitFor();
    await page.getByRole("list", { name: "Auditlog" }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel("Actie").selectOption("user.invite");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/actie=user\.invite/);
    const row = page
      .getByRole("list", { name: "Auditlog" })
      .getByRole("listitem")
      .filter({ hasText: `Gebruiker ${name} uitgenodigd` });
    await row.waitFor();
    await expect(row.getByText("gelukt").count()).resolves.toBe(1);
    await row.getByText("6 gewijzigde velden").click();
    await row.getByRole("cell", { name: email }).waitFor();
    await page.context().close();
  });

  it("asks before signing out everywhere, and returns focus when cancelled", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/`);
    await logIn(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();

    const trigger = page.getByRole("button", { name: "Overal uitloggen" });
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: "Overal uitloggen?" });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(trigger.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await trigger.click();
    await dialog.getByRole("button", { name: "Ja, overal uitloggen" }).click();
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    await page.getByText("Je bent op alle apparaten uitgelogd.").waitFor();
    await page.context().close();
  });

  it("sends the user to the login page when the session ends while working, and back afterwards", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/`);
    await logIn(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Werkvoorraad" }).waitFor();

    // The session ends on the server's side (here: the cookie is gone); the next call is refused.
    await page.context().clearCookies();
    await page.getByRole("link", { name: "Auditlog" }).click();
    await page.waitForURL(/\/admin\/inloggen\?terug=%2Fauditlog$/);
    await page.getByText("Je sessie is verlopen. Log opnieuw in.").waitFor();

    await logIn(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Auditlog" }).waitFor();
    await page.context().close();
  });

  it("shows a regional editor 'Geen toegang' on the users page", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/gebruikers`);
    await logIn(page, EDITOR);
    await page.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    await page.context().close();
  });
});

describe("own password", () => {
  it("asks for the new password twice and says so at the field when they differ, accessible to all", async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}/admin/wachtwoord`);
    await logIn(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Mijn wachtwoord wijzigen" }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel("Huidig wachtwoord").fill(DEMO_PASSWORD);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("paarse olifanten dansen traag");
    await page.getByLabel("Herhaal nieuw wachtwoord").fill("paarse olifanten dansen snel");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await page.getByText("De twee nieuwe wachtwoorden zijn niet gelijk.").waitFor();
    await expect(page.getByLabel("Herhaal nieuw wachtwoord").getAttribute("aria-invalid")).resolves.toBe("true");
    await expectNoAxeViolations(page);
  });
});
