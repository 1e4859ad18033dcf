/**
 * Accounts by e-mail, end to end: the national team invites a user, the invitation reaches an SMTP
 * server started here (the platform runs with SMTP_URL pointing at it), the link in it sets a
 * password once, and the new user can log in. This file starts its own platform, because the
 * shared one (server.setup.ts) has no SMTP server to talk to.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../../packages/api/src/test/mail-text.ts";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "../../packages/api/src/test/smtp.ts";
import { freePort, startServer, type RunningServer } from "../../bench/lib/server.mjs";
import { expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
const SHOTS = process.env.SHOTS_DIR;

let smtp: TestSmtpServer;
let server: RunningServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const port = await freePort();
  server = await startServer({
    port,
    timeoutMs: 120_000,
    // The links in the mails point at the server itself.
    env: { SMTP_URL: smtp.url, MAIL_FROM: "Zorgpact <noreply@voorbeeld.nl>", APP_URL: `http://127.0.0.1:${port}`, MAIL_POLL_MS: "500" },
  });
  base = server.base;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** The set-password link in a message, pointing at this platform (APP_URL). */
function linkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/admin\/wachtwoord-instellen\?token=[A-Za-z0-9_-]+/.exec(plainText(mail))?.[0];
  expect(link?.startsWith(`${base}/admin/wachtwoord-instellen?token=`)).toBe(true);
  return link!;
}

async function mailTo(email: string, timeoutMs = 30_000, which: (mail: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = smtp.received.find((m) => m.to.includes(email) && plainText(m).includes("wachtwoord-instellen") && which(m));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no e-mail to ${email} within ${timeoutMs} ms`);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const [label, viewport] of [
    ["1280", { width: 1280, height: 800 }],
    ["390", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${label} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

describe("accounts by e-mail", () => {
  it("invites a user whose e-mail link sets a password once (a resent invitation replaces the first link), after which the user can log in", async () => {
    const stamp = Date.now();
    const name = `Uitgenodigde Redacteur ${stamp}`;
    const email = `uitnodiging-${stamp}@voorbeeld.nl`;
    const password = "fietsen langs de Linge in mei";

    const admin = await newPage(browser);
    await admin.setViewportSize({ width: 1280, height: 800 });
    await admin.goto(`${base}/admin/gebruikers`);
    await logIn(admin, ADMIN, DEMO_PASSWORD);
    await admin.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    await admin.getByRole("link", { name: "Gebruiker uitnodigen" }).click();
    await admin.getByRole("heading", { level: 1, name: "Gebruiker uitnodigen" }).waitFor();
    await admin.getByLabel("Naam", { exact: true }).fill(name);
    await admin.getByLabel("E-mailadres").fill(email);
    await admin.getByLabel("Rol").selectOption({ label: "Regioredacteur" });
    await admin.getByLabel("Zorgpacten filteren op naam").fill("Noord");
    await admin.getByRole("checkbox", { name: "Zorgpact Noord", exact: true }).check();
    await expectNoAxeViolations(admin);
    await shoot(admin, "invite-form");
    await admin.getByRole("button", { name: "Uitnodiging versturen" }).click();

    await admin.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    await admin.getByRole("status").getByText(`${name} is uitgenodigd.`, { exact: false }).waitFor();
    const row = admin
      .getByRole("table", { name: "Gebruikers" })
      .getByRole("row")
      .filter({ has: admin.getByRole("rowheader", { name }) });
    await row.getByText("Uitgenodigd, nog niet actief").waitFor();
    await expectNoAxeViolations(admin);
    await shoot(admin, "users-list");

    const first = await mailTo(email);
    expect(first.subject).toBe("Uitnodiging voor Zorgpact beheer");
    const firstLink = linkIn(first);

    // The national team sends the invitation again: a new link, and the first one stops working.
    await row.getByRole("link", { name }).click();
    await admin.getByRole("heading", { level: 2, name: "Uitnodiging" }).waitFor();
    await expectNoAxeViolations(admin);
    await shoot(admin, "user-invitation");
    await admin.getByRole("button", { name: "Uitnodiging opnieuw versturen" }).click();
    await admin.getByRole("status").getByText(`Er is een nieuwe uitnodiging verstuurd naar ${email}.`, { exact: false }).waitFor();
    const link = linkIn(await mailTo(email, 30_000, (m) => linkIn(m) !== firstLink));
    await admin.getByRole("link", { name: "Terug naar alle gebruikers" }).click();

    const replaced = await newPage(browser);
    await replaced.goto(firstLink);
    await replaced
      .getByRole("alert")
      .getByText(/vervangen door een nieuwere/)
      .waitFor();
    await replaced.context().close();

    // The invited user opens the link in a browser of their own.
    const invited = await newPage(browser);
    await invited.setViewportSize({ width: 1280, height: 800 });
    await invited.goto(link);
    await invited.getByRole("heading", { level: 1, name: "Welkom: kies je wachtwoord" }).waitFor();
    await invited.getByText(`Voor het account van ${name} (${email}).`).waitFor();
    await expectNoAxeViolations(invited);
    await shoot(invited, "set-password");
    await invited.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
    await invited.getByLabel("Herhaal nieuw wachtwoord").fill(password);
    await invited.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await invited.waitForURL((url) => !url.pathname.includes("wachtwoord-instellen"));
    await invited.getByRole("button", { name: "Uitloggen", exact: true }).waitFor();
    await invited.context().close();

    // A second use of the same link is refused in words.
    const again = await newPage(browser);
    await again.setViewportSize({ width: 1280, height: 800 });
    await again.goto(link);
    await again.getByRole("heading", { level: 1, name: "Deze link werkt niet (meer)" }).waitFor();
    await again
      .getByRole("alert")
      .getByText(/al gebruikt/)
      .waitFor();
    await expectNoAxeViolations(again);
    await shoot(again, "link-used");

    // The new user logs in with the chosen password.
    await again.goto(`${base}/admin/inloggen`);
    await logIn(again, email, password);
    await again.getByRole("button", { name: "Uitloggen", exact: true }).waitFor();
    await again.context().close();

    // The national team's list now shows the account as active.
    await admin.reload();
    await row.getByText("Actief", { exact: true }).waitFor();
    await admin.context().close();
  });

  it("offers 'Wachtwoord vergeten?' on the login page and answers without saying whether the address exists", async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/admin/inloggen`);
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mailadres").fill("bestaat-niet@voorbeeld.nl");
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    await page
      .getByRole("status")
      .getByText(/Als dit e-mailadres bij een account hoort/)
      .waitFor();
    await expectNoAxeViolations(page);
    await shoot(page, "forgot-password");
    await page.context().close();
  });
});
