import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
/** Set to keep screenshots at both sizes (e.g. SCREENSHOT_DIR=/tmp/shots/11a). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

const SIZES = [
  { name: "breed", width: 1280, height: 800 },
  { name: "smal", width: 390, height: 844 },
] as const;

const OUTCOME_LABELS = {
  more_room_than_thought: "Meer ruimte dan gedacht",
  not_regulation: "Bleek niet om regelgeving te gaan",
  rule_changed: "Regelgeving aangepast",
  remains: "Blijft een belemmering",
} as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
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

/** At each size: nothing scrolls sideways, axe finds nothing, and (when asked) a full-page screenshot. */
async function checkAtBothSizes(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways overflow of ${name} at ${size.width}px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    if (SCREENSHOT_DIR) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${size.name}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The register's figures as the public page shows them: the number in each row of a figures table. */
async function figureTable(page: Page, caption: string): Promise<Record<string, number>> {
  const table = page.getByRole("table", { name: caption });
  await table.waitFor();
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")?.textContent ?? "", tr.querySelector("td")?.textContent ?? ""]));
  return Object.fromEntries(rows.map(([label, count]) => [label, Number(count!.replace(/\./g, ""))]));
}

async function openDataBarriers(): Promise<{ reference: string; outcome: keyof typeof OUTCOME_LABELS; ministry: string }[]> {
  const response = await fetch(`${baseUrl()}/v1/downloads/barriers.json`);
  expect(response.ok).toBe(true);
  return (await response.json()) as { reference: string; outcome: keyof typeof OUTCOME_LABELS; ministry: string }[];
}

describe("Ruimte in de regels", () => {
  it("takes a public report into the national team's triage and, once answered, publishes it without the submitter's details", async () => {
    const stamp = Date.now();
    const question = `Mogen studenten van twee opleidingen samen één praktijkovereenkomst hebben (e2e ${stamp})?`;
    const submitter = { organisation: `ROC Geheim ${stamp}`, name: `Indiener Geheim ${stamp}`, email: `geheim-${stamp}@voorbeeld.nl` };

    // 1. The public reports a barrier: first empty (errors, focus), then complete.
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/ruimte-in-de-regels`);
    await visitor.getByRole("heading", { level: 1, name: "Ruimte in de regels" }).waitFor();
    await visitor.getByRole("link", { name: "Meld een drempel" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Een drempel melden" }).waitFor();
    // The spam trap is out of reach for people: off screen, not in the tab order, hidden from screen readers.
    const trap = visitor.locator("#melding-website");
    await expect(trap.getAttribute("tabindex")).resolves.toBe("-1");
    await expect(visitor.locator(".report-form__trap").getAttribute("aria-hidden")).resolves.toBe("true");
    expect(await visitor.getByRole("textbox", { name: "Laat dit veld leeg" }).count()).toBe(0);
    await checkAtBothSizes(visitor, "publiek-melden");

    await visitor.getByRole("button", { name: "Drempel melden" }).click();
    await visitor.getByText("Beschrijf de vraag of belemmering in minstens 10 tekens.").waitFor();
    await expect(visitor.evaluate(() => document.activeElement?.id)).resolves.toBe("melding-vraag");
    await expectNoAxeViolations(visitor);

    await visitor.getByLabel("Vraag of belemmering").fill(question);
    await visitor.getByLabel("Toelichting (optioneel)").fill(`Vertrouwelijke toelichting ${stamp}`);
    await visitor.getByLabel("Zorgpact (optioneel)").selectOption({ label: "Zorgpact Noord" });
    await visitor.getByLabel("Organisatie").fill(submitter.organisation);
    await visitor.getByLabel("Naam").fill(submitter.name);
    await visitor.getByLabel("E-mailadres").fill(submitter.email);
    await visitor.getByRole("button", { name: "Drempel melden" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Bedankt, we hebben je melding ontvangen" }).waitFor();
    await expect(visitor.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H1");
    const reference = (await visitor.locator(".reference-number").textContent())!.trim();
    expect(reference).toMatch(/^RR-\d{4,}$/);
    await checkAtBothSizes(visitor, "publiek-melding-ontvangen");

    // Not answered yet: not on the public site.
    await visitor.goto(`${baseUrl()}/ruimte-in-de-regels?zoek=${encodeURIComponent(reference)}`);
    await visitor.getByText("Geen drempels gevonden").waitFor();

    // The register's total as the public page shows it now.
    const totalBefore = (await openDataBarriers()).length;

    // 2. The national team finds it in the triage list and answers it.
    const admin = await signedIn(ADMIN);
    await admin.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Drempels", exact: true }).click();
    await admin.getByRole("heading", { level: 1, name: "Drempels (Ruimte in de regels)" }).waitFor();
    await admin.getByLabel("Status").selectOption({ label: "Nieuw" });
    await admin.waitForURL(/status=new/);
    const table = admin.getByRole("table", { name: "Gemelde drempels, nieuwste eerst" });
    await table.getByRole("rowheader", { name: reference }).waitFor();
    expect(await table.getByRole("row").filter({ hasText: reference }).getByText(submitter.organisation).count()).toBe(1);
    await checkAtBothSizes(admin, "beheer-drempels");
    await table.getByRole("link", { name: `Behandelen drempel ${reference}` }).click();
    await admin.getByRole("heading", { level: 1, name: `Drempel ${reference}` }).waitFor();
    await expect(admin.getByLabel("Vraag of belemmering").inputValue()).resolves.toBe(question);
    await expect(admin.getByLabel(/E-mailadres indiener/).inputValue()).resolves.toBe(submitter.email);

    // Answered without answer and outcome: refused on the fields.
    await admin.getByLabel("Status").selectOption({ label: "Beantwoord" });
    await admin.getByLabel("Ministerie").selectOption({ label: "OCW" });
    await admin.getByRole("button", { name: "Opslaan" }).click();
    await admin.getByText("Een beantwoorde drempel heeft een antwoord.").waitFor();
    await admin.getByText("Kies de uitkomst van de behandeling.").waitFor();
    await expect(admin.evaluate(() => document.activeElement?.id)).resolves.toBe("drempel-antwoord");
    await checkAtBothSizes(admin, "beheer-drempel-fouten");

    await admin.getByLabel("Onderwerp (optioneel)").fill("Praktijkovereenkomst");
    await admin.getByLabel("Antwoord").fill(`Ja, dat kan: de scholen sluiten samen één overeenkomst met het leerbedrijf (e2e ${stamp}).`);
    await admin.getByLabel("Uitkomst").selectOption({ label: "Meer ruimte dan gedacht" });
    await admin.getByRole("button", { name: "Opslaan" }).click();
    await admin.getByRole("status").getByText("De drempel is opgeslagen.").waitFor();
    await admin.getByRole("link", { name: "Bekijk op de publieke site" }).waitFor();
    // Only a new, unpublished report can be discarded as unwanted.
    await expect(admin.getByRole("button", { name: "Verwijderen als ongewenste melding" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(admin);
    await admin.context().close();

    // 3. The public finds the answer, with the question, never with the submitter's details.
    await visitor.goto(`${baseUrl()}/ruimte-in-de-regels?zoek=${encodeURIComponent(reference)}`);
    await visitor.getByText("1 drempel gevonden").waitFor();
    await visitor.getByRole("link", { name: question }).click();
    await visitor.getByRole("heading", { level: 1, name: question }).waitFor();
    await visitor.getByText(`e2e ${stamp}).`).waitFor();
    await visitor.getByRole("link", { name: "Zorgpact Noord" }).waitFor();
    const text = await visitor.locator("main").textContent();
    for (const secret of [submitter.organisation, submitter.name, submitter.email, `Vertrouwelijke toelichting ${stamp}`]) expect(text).not.toContain(secret);
    await checkAtBothSizes(visitor, "publiek-drempel");

    // The open data has it too, without the submitter; the register counts one more.
    const rows = await openDataBarriers();
    expect(rows).toHaveLength(totalBefore + 1);
    expect(JSON.stringify(rows)).not.toContain(submitter.email);
    expect(rows.some((r) => r.reference === reference)).toBe(true);
    await visitor.context().close();
  });

  it("lets the national team discard an unwanted new report after confirming, and it leaves the list", async () => {
    const stamp = Date.now().toString(36);
    const response = await fetch(`${baseUrl()}/trpc/barrier.submit`, {
      method: "POST",
      // The server refuses a mutation without an allowed Origin (CSRF); the site's own is one.
      headers: { "content-type": "application/json", origin: new URL(baseUrl()).origin },
      body: JSON.stringify({
        question: `Goedkope horloges, klik hier (spam e2e ${stamp})`,
        organisation: "Spamfabriek BV",
        submitterName: "Spam Bot",
        submitterEmail: "bot@spam.example",
      }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const { reference } = ((await response.json()) as { result: { data: { reference: string } } }).result.data;

    const admin = await signedIn(ADMIN);
    const search = `${baseUrl()}/admin/drempels?zoek=${encodeURIComponent(reference)}`;
    await admin.goto(search);
    await admin.getByRole("link", { name: `Behandelen drempel ${reference}` }).click();
    await admin.getByRole("heading", { level: 1, name: `Drempel ${reference}` }).waitFor();
    await admin.getByRole("button", { name: "Verwijderen als ongewenste melding" }).click();
    const dialog = admin.getByRole("dialog", { name: "Melding verwijderen als ongewenst?" });
    await dialog.getByText(`Drempelmelding ${reference} (Spamfabriek BV) wordt definitief verwijderd.`, { exact: false }).waitFor();
    await checkAtBothSizes(admin, "beheer-drempel-ongewenst");
    await dialog.getByRole("button", { name: "Definitief verwijderen" }).click();

    await admin.getByRole("heading", { level: 1, name: "Drempels (Ruimte in de regels)" }).waitFor();
    await admin.getByRole("status").getByText(`Drempelmelding ${reference} is verwijderd als ongewenste melding.`).waitFor();
    await admin.goto(search);
    await admin.getByText("Er zijn geen drempels die bij deze filters passen.").waitFor();
    await admin.context().close();
  });

  it("computes the outcome figures from the register and shows the letter's figures apart, as a quoted source", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/ruimte-in-de-regels`);
    await page.getByRole("heading", { level: 1, name: "Ruimte in de regels" }).waitFor();

    // The letter: a quotation with its source, under its own heading.
    const letter = page.getByRole("region", { name: "Wat de Kamerbrief meldde" });
    await letter
      .locator("blockquote")
      .getByText(/Bij 39 genoemde belemmeringen/)
      .waitFor();
    await letter
      .locator("cite")
      .getByText(/Tweede Kamer/)
      .waitFor();

    // The register: every count equals what the answered barriers in the open data add up to.
    const rows = await openDataBarriers();
    const register = page.getByRole("region", { name: "Cijfers uit dit register" });
    await register.locator(".figure__number").waitFor();
    expect(await register.locator(".figure__number").textContent()).toBe(String(rows.length));
    const byOutcome = await figureTable(page, "Behandelde drempels per uitkomst");
    for (const [outcome, label] of Object.entries(OUTCOME_LABELS)) {
      expect(byOutcome[label], label).toBe(rows.filter((r) => r.outcome === outcome).length);
    }
    const byMinistry = await figureTable(page, "Behandelde drempels per ministerie");
    expect(byMinistry["OCW"]).toBe(rows.filter((r) => r.ministry === "OCW").length);
    // The outcomes add up to the register's own total (the letter's 51 are quoted above, not counted).
    expect(Object.values(byOutcome).reduce((a, b) => a + b, 0)).toBe(rows.length);

    // Filtering by outcome lists exactly the barriers counted under it.
    await page.getByLabel("Uitkomst", { exact: true }).selectOption({ label: "Regelgeving aangepast" });
    await page.waitForURL(/uitkomst=rule_changed/);
    const changed = byOutcome[OUTCOME_LABELS.rule_changed]!;
    await page.getByText(changed === 1 ? "1 drempel gevonden" : `${changed} drempels gevonden`).waitFor();
    await page.getByRole("link", { name: /Stagefonds/ }).waitFor();
    await checkAtBothSizes(page, "publiek-ruimte-in-de-regels");
    await page.context().close();
  });
});

describe("Regelingen", () => {
  it("lists the regelingen and shows the RIF with its sourced facts and the pacts it funded", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Regelingen", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Regelingen en subsidies" }).waitFor();
    for (const name of ["Stagefonds", "SectorplanPlus", "Regionaal investeringsfonds mbo (RIF)"]) await page.getByRole("link", { name, exact: true }).waitFor();
    await checkAtBothSizes(page, "publiek-regelingen");

    await page.getByLabel("Ministerie").selectOption({ label: "OCW" });
    await page.waitForURL(/ministerie=OCW/);
    await page.getByText("1 regeling", { exact: true }).waitFor();
    await page.getByRole("link", { name: "Regionaal investeringsfonds mbo (RIF)" }).click();
    await page.getByRole("heading", { level: 1, name: "Regionaal investeringsfonds mbo (RIF)" }).waitFor();
    await page.getByText("€ 125.000.000,00").waitFor();
    await page.getByText("2014–2018").waitFor();
    await page.getByText(/tot en met 2017 in totaal 16/).waitFor();
    const funded = page.getByRole("table", { name: "Gehonoreerde aanvragen" });
    await funded.getByRole("link", { name: "Zorgpact Noord", exact: true }).waitFor();
    await funded
      .getByText(/^Demodata/)
      .first()
      .waitFor();
    // A rejected application is not funding.
    expect(await funded.getByRole("link", { name: "Zorgpact Twente" }).count()).toBe(0);
    await checkAtBothSizes(page, "publiek-regeling");
    await page.context().close();
  });

  it("lets the national team record an application that then shows on the regeling's public page", async () => {
    const admin = await signedIn(ADMIN);
    await admin.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Regelingen", exact: true }).click();
    await admin.getByRole("heading", { level: 1, name: "Regelingen" }).waitFor();
    await admin.getByRole("link", { name: "Bewerken SectorplanPlus" }).click();
    await admin.getByRole("heading", { level: 1, name: "SectorplanPlus" }).waitFor();
    const form = admin.getByRole("form", { name: "Aanvraag toevoegen" });
    await form.getByLabel("Zorgpact").selectOption({ label: "Zorgpact Utrecht" });
    await form.getByLabel("Aangevraagd op").fill("2017-06-01");
    await form.getByLabel("Status").selectOption({ label: "Gehonoreerd" });
    await form.getByLabel(/Bedrag/).fill("75.000");
    await form.getByRole("button", { name: "Aanvraag toevoegen" }).click();
    await admin.getByRole("status").getByText("Aanvraag van Zorgpact Utrecht is toegevoegd.").waitFor();
    await admin.getByRole("table", { name: "Aanvragen" }).getByRole("rowheader", { name: "Zorgpact Utrecht" }).waitFor();
    await checkAtBothSizes(admin, "beheer-regeling");

    // Removing one asks first.
    await admin.getByRole("button", { name: "Verwijderen aanvraag van Zorgpact Rotterdam" }).click();
    const dialog = admin.getByRole("dialog", { name: "Aanvraag verwijderen?" });
    await dialog.waitFor();
    await expectNoAxeViolations(admin);
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await admin.context().close();

    const reader = await newPage(browser);
    await reader.goto(`${baseUrl()}/regelingen/sectorplanplus`);
    const funded = reader.getByRole("table", { name: "Gehonoreerde aanvragen" });
    await funded.getByRole("link", { name: "Zorgpact Utrecht" }).waitFor();
    await funded.getByText("€ 75.000,00").waitFor();
    await reader.context().close();
  });
});
