import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";
const WERKDAG = "Tweede Landelijke Werkdag Zorgpact";
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots/11b";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

async function signedIn(email: string, path = "/admin/"): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
  return page;
}

/** Screenshots at desktop and phone width; nothing may stick out sideways on either. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height, suffix] of [
    [1280, 800, "desktop"],
    [390, 844, "mobile"],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${suffix}.png`, fullPage: true });
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll("body *")].filter(
        (el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".table-wrap"),
      );
      return { by: document.documentElement.scrollWidth - window.innerWidth, culprits: wide.slice(0, 5).map((el) => `${el.tagName}.${el.className}`) };
    });
    expect(overflow.by, `${name} at ${width}px overflows sideways: ${overflow.culprits.join(", ")}`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe("public agenda", () => {
  it("lists the Landelijke Werkdag of 8 December 2016 under past meetings and filters by kind in the URL", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/agenda`);
    await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Komende bijeenkomsten" }).waitFor();
    await page.getByRole("link", { name: "Themabijeenkomst Permanent leren" }).waitFor();
    expect(await page.getByRole("link", { name: WERKDAG }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await shoot(page, "agenda-komend");

    await page.getByRole("navigation", { name: "Welke bijeenkomsten" }).getByRole("link", { name: "Eerdere bijeenkomsten" }).click();
    await page.getByRole("heading", { level: 2, name: "Eerdere bijeenkomsten" }).waitFor();
    const werkdag = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: WERKDAG }) });
    await expect(werkdag.textContent()).resolves.toContain("donderdag 8 december 2016, 09:30–16:30");
    await expect(page.getByRole("link", { name: "Sociaal werk in het Zorgpact" }).count()).resolves.toBe(1);

    await page.getByLabel("Soort").selectOption({ label: "Landelijke Werkdag" });
    await page.waitForURL((url) => url.searchParams.get("soort") === "national_working_day" && url.searchParams.get("tijd") === "voorbij");
    await page.getByText("1 bijeenkomst gevonden").waitFor();
    await expect(page.getByRole("link", { name: "Sociaal werk in het Zorgpact" }).count()).resolves.toBe(0);
    const subscribe = await page.getByRole("link", { name: "Abonneren in je agenda-app" }).getAttribute("href");
    expect(subscribe).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/agenda\.ics\?soort=national_working_day$/);
    await expectNoAxeViolations(page);
    await shoot(page, "agenda-voorbij-werkdag");

    // The feed behind the link holds the same meeting, in UTC.
    const feed = await (await fetch(`${baseUrl()}/agenda.ics?soort=national_working_day`)).text();
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).toContain("DTSTART:20161208T083000Z");
    expect(feed).not.toContain("Sociaal werk in het Zorgpact");

    // A link with the filter works on its own, and the meeting has its own page.
    const fresh = await newPage(browser);
    await fresh.goto(`${baseUrl()}/agenda?tijd=voorbij&soort=national_working_day`);
    await fresh.getByRole("link", { name: WERKDAG }).click();
    await fresh.getByRole("heading", { level: 1, name: WERKDAG }).waitFor();
    await fresh.getByText("500 deelnemers", { exact: true }).waitFor();
    await fresh.getByText(/Bron: brief van de ministers/).waitFor();
    await expectNoAxeViolations(fresh);
    await shoot(fresh, "bijeenkomst-werkdag");
  });
});

describe("maatwerkondersteuning", () => {
  it("lets an editor request support, which the national team sees in the overview and takes up", async () => {
    const question = `Hoe borgen we de samenwerking na 2018? (e2e ${Date.now()})`;
    const editor = await signedIn(EDITOR, "/admin/ondersteuning");
    // The heading carries a soft hyphen (Maatwerk-ondersteuning on a phone).
    await editor.getByRole("heading", { level: 1, name: /^Maatwerk\u00AD?ondersteuning$/ }).waitFor();
    await editor.getByText(/Er zijn \(nog\) geen ondersteuningstrajecten/).waitFor();
    await expectNoAxeViolations(editor);
    await editor.getByRole("link", { name: "Ondersteuning aanvragen" }).click();
    await editor.getByRole("heading", { level: 1, name: "Ondersteuning aanvragen" }).waitFor();
    await editor.getByRole("button", { name: "Aanvraag versturen" }).click();
    await editor.getByText("Kies een soort vraag.").waitFor();
    await expectNoAxeViolations(editor);
    await shoot(editor, "ondersteuning-aanvragen");
    await editor.getByLabel("Soort vraag").selectOption({ label: "Verduurzaming na subsidie" });
    await editor.getByLabel("Je vraag").fill(question);
    await editor.getByRole("button", { name: "Aanvraag versturen" }).click();
    await editor.getByRole("heading", { level: 1, name: "Ondersteuning voor Zorgpact Noord" }).waitFor();
    await editor.getByText("Je aanvraag is verstuurd.", { exact: false }).waitFor();
    await expectNoAxeViolations(editor);
    await shoot(editor, "ondersteuning-traject-redacteur");

    const team = await signedIn(ADMIN, "/admin/ondersteuning/overzicht");
    await team.getByRole("heading", { level: 1, name: /^Landelijk overzicht maatwerk\u00AD?ondersteuning$/ }).waitFor();
    const row = team.getByRole("row").filter({ has: team.getByRole("rowheader", { name: "Verduurzaming na subsidie" }) });
    await row.getByRole("link", { name: /^\d+ (traject|trajecten): Verduurzaming na subsidie, aangevraagd$/ }).click();
    await team.waitForURL((url) => url.searchParams.get("soort") === "sustaining_after_subsidy" && url.searchParams.get("status") === "requested");
    await team.getByRole("cell", { name: question }).waitFor();
    await expectNoAxeViolations(team);
    await shoot(team, "ondersteuning-lijst-team");

    await team.getByRole("row").filter({ hasText: question }).getByRole("link", { name: "Zorgpact Noord" }).click();
    await team.getByRole("heading", { level: 2, name: "Behandeling", exact: true }).waitFor();
    await team.getByLabel("Status").selectOption({ label: "Lopend" });
    await team.getByRole("button", { name: "Opslaan" }).click();
    await team.getByText("Geef de adviseur die het traject begeleidt.").waitFor();
    await team.getByLabel("Adviseur").fill("E2E Adviseur");
    await team.getByRole("button", { name: "Opslaan" }).click();
    await team.getByText("De wijzigingen zijn opgeslagen.").waitFor();
    await expectNoAxeViolations(team);
    await shoot(team, "ondersteuning-traject-team");

    // Taken up: the editor can no longer rephrase it.
    await editor.reload();
    await editor.getByText(/in behandeling genomen/).waitFor();
    expect(await editor.getByRole("button", { name: "Opslaan" }).count()).toBe(0);

    await team.goto(`${baseUrl()}/admin/ondersteuning/overzicht`);
    await team.getByRole("table").waitFor();
    await expectNoAxeViolations(team);
    await shoot(team, "ondersteuning-overzicht");
  });
});

describe("events in the admin", () => {
  it("lets the national team add an event to the public agenda and delete it after confirming", async () => {
    const title = `E2E Themabijeenkomst ${Date.now()}`;
    const team = await signedIn(ADMIN, "/admin/evenementen");
    await team.getByRole("heading", { level: 1, name: "Evenementen" }).waitFor();
    await team.getByRole("link", { name: "Tweede Landelijke Werkdag Zorgpact" }).waitFor();
    await expectNoAxeViolations(team);
    await shoot(team, "evenementen-lijst");

    await team.getByRole("link", { name: "Nieuw evenement" }).click();
    await team.getByLabel("Soort bijeenkomst").selectOption({ label: "Themabijeenkomst" });
    await team.getByLabel("Titel").fill(title);
    await team.getByLabel("Begin").fill("2027-03-28T01:30");
    await team.getByLabel("Einde").fill("2027-03-28T02:30");
    await team.getByRole("button", { name: "Evenement opslaan" }).click();
    // 28 March 2027, 02:30 does not exist in the Netherlands (summer time starts).
    await team.getByText(/Dit tijdstip bestaat niet in Nederland/).waitFor();
    await expectNoAxeViolations(team);
    await team.getByLabel("Einde").fill("2027-03-28T04:00");
    await team.getByLabel("Gepubliceerd op de publieke agenda").check();
    await team.getByRole("button", { name: "Evenement opslaan" }).click();
    await team.getByText(`Het evenement ‘${title}’ is opgeslagen.`).waitFor();

    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/agenda?soort=thematic_meeting`);
    await visitor.getByRole("link", { name: title }).click();
    await visitor.getByText("zondag 28 maart 2027, 01:30–04:00").waitFor();

    await team.getByRole("link", { name: title }).click();
    await team.getByRole("heading", { level: 1, name: title }).waitFor();
    await expectNoAxeViolations(team);
    await shoot(team, "evenement-bewerken");
    await team.getByRole("button", { name: "Evenement verwijderen" }).click();
    const dialog = team.getByRole("dialog", { name: "Evenement verwijderen?" });
    await dialog.waitFor();
    await expectNoAxeViolations(team);
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await team.getByText(`Het evenement ‘${title}’ is verwijderd.`).waitFor();
    await visitor.reload();
    await visitor.getByRole("heading", { level: 1, name: "Deze bijeenkomst bestaat niet" }).waitFor();
  });
});
