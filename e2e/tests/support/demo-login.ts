import type { Page } from "playwright-core";
import { baseUrl } from "../../browser.ts";

/** The demo seed's accounts: one password for all of them (DEMO_PASSWORD in packages/db/src/env.ts, this unless set). */
export const DEMO_PASSWORD = "zorgpact-demo-2026";
/** The editor of Zorgpact Noord, the only pact of that account (so it lands on the pact's page). */
export const EDITOR_NOORD = "redacteur.noord@demo.zorgpact.nl";
/** The national team's administrator. */
export const NATIONAL_ADMIN = "beheer@demo.zorgpact.nl";

/**
 * Signs in on the admin app's login form, reached from `path` (a visitor who opens any admin page
 * gets the form), and waits until the header offers to sign out.
 */
export async function logIn(page: Page, email: string, path = "/admin/inloggen"): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("button", { name: "Uitloggen", exact: true }).waitFor();
}
