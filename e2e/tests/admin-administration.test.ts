import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";

const DEMO_PASSWORD = "zorgpact-demo-2026";
const ADMIN = "beheer@demo.zorgpact.nl";
const EDITOR = "redacteur.noord@demo.zorgpact.nl";

/** The admission criteria as the review page lists them (the domain's labels). */
const CRITERIA = [
  "Minstens één (v)mbo- of hbo-instelling en minstens één zorg- of welzijnsinstelling werken samen",
  "Er is (een visie op) betrokkenheid van de lokale overheid",
  "De aanpak heeft geleid tot zichtbare resultaten",
  "De aanpak is toepasbaar in andere regio's",
];

/** Phase 3's checklist (Zorgpact Noord is in phase 3 in the demo data). */
const PHASE_3_ITEMS = [
  "Stroomlijnen van benodigde middelen",
  "Hanteerbaar maken van organisatorische schotten",
  "Ontwikkelen van nieuw gedrag en een nieuwe cultuur in de samenwerking van de 3 O's (ondernemingen, onderwijs, overheid)",
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A new browser context, signed in at `path` (the login page sends the user back there). */
async function signedIn(email: string, path = "/admin/zorgpacten"): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"));
  return page;
}

/** From the pacts table to the edit page of Zorgpact Noord; returns its path. */
async function openNoord(page: Page): Promise<string> {
  const table = page.getByRole("table", { name: /zorgpacten$/ });
  await table.getByRole("rowheader", { name: "Zorgpact Noord", exact: true }).waitFor();
  await table.getByRole("link", { name: "Bewerken Zorgpact Noord", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
  await page.getByRole("button", { name: "Gegevens opslaan", exact: true }).waitFor();
  return new URL(page.url()).pathname;
}

describe("front-runner application and admission", () => {
  it("takes an application from the public form through review and admission to the public site", async () => {
    const stamp = Date.now();
    const name = `E2E Leerwerkplaats ${stamp}`;

    // 1. The public applies.
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/koplopers/aanmelden`);
    await visitor.getByRole("heading", { level: 1, name: "Aanmelden als koploper" }).waitFor();
    const trap = visitor.getByLabel("Laat dit veld leeg");
    await expect(trap.getAttribute("tabindex")).resolves.toBe("-1");
    await expect(trap.getAttribute("autocomplete")).resolves.toBe("off");
    await expectNoAxeViolations(visitor);

    await visitor.getByRole("button", { name: "Aanmelding versturen" }).click();
    await visitor.getByText("Geef de naam van het initiatief (minstens 2 tekens).").waitFor();
    await expect(visitor.evaluate(() => document.activeElement?.id)).resolves.toBe("aanmelding-initiatief");
    await expectNoAxeViolations(visitor);

    await visitor.getByLabel("Naam van het initiatief").fill(name);
    await visitor
      .getByLabel("Beschrijving van de aanpak")
      .fill("Studenten van mbo en hbo leren samen in een leerwerkplaats in de wijk, met de gemeente aan tafel.");
    await visitor.getByLabel("Regio (optioneel)").selectOption({ label: "Noord-Nederland" });
    await visitor.getByLabel("Waarom willen jullie koploper worden?").fill("We willen onze aanpak delen en leren van de andere koplopers.");
    await visitor.getByLabel("Naam van je organisatie").fill("ROC E2E");
    await visitor.getByLabel("Naam contactpersoon").fill("Jan Jansen");
    await visitor.getByLabel("E-mailadres").fill(`e2e-${stamp}@voorbeeld.nl`);
    await visitor.getByRole("button", { name: "Aanmelding versturen" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Bedankt voor je aanmelding" }).waitFor();
    await visitor.context().close();

    // 2. The national team finds it among the new applications.
    const admin = await signedIn(ADMIN);
    const nav = admin.getByRole("navigation", { name: "Beheermenu" });
    for (const link of ["Organisaties", "Regio's", "Taxonomieën"]) await nav.getByRole("link", { name: link, exact: true }).waitFor();
    // The menu counts the applications waiting for review ("Koplopers, 1 wacht op beoordeling").
    await nav.getByRole("link", { name: /^Koplopers\s*,\s*\d+\s*wachte?n? op beoordeling$/ }).click();
    await admin.getByRole("heading", { level: 1, name: "Koplopers en aanmeldingen" }).waitFor();
    await admin.getByLabel("Toelatingsstatus").selectOption({ label: "Aangemeld" });
    await admin.waitForURL(/status=applied/);
    const list = admin.getByRole("table", { name: "Koplopers en aanmeldingen" });
    await list.getByRole("rowheader", { name }).waitFor();
    await list.getByRole("link", { name: `Beoordelen ${name}` }).click();

    // 3. Review: start, tick every criterion, admit.
    await admin.getByRole("heading", { level: 1, name }).waitFor();
    await admin.getByText("ROC E2E").waitFor();
    await admin.getByRole("button", { name: "Beoordeling starten" }).click();
    await admin.getByRole("status").getByText("De beoordeling is gestart.").waitFor();
    for (const criterion of CRITERIA) {
      await admin.getByRole("group", { name: criterion, exact: true }).getByLabel("Voldaan").check();
    }
    await admin
      .getByRole("group", { name: CRITERIA[2]!, exact: true })
      .getByLabel(/Toelichting/)
      .fill("Twee cohorten afgestudeerd.");
    await admin.getByRole("button", { name: "Criteria opslaan" }).click();
    await admin.getByRole("status").getByText("De criteria zijn opgeslagen.").waitFor();
    await admin.getByText("4 van 4 criteria voldaan.").waitFor();
    await expectNoAxeViolations(admin);

    await admin.getByRole("button", { name: "Toelaten", exact: true }).click();
    const dialog = admin.getByRole("dialog", { name: "Koploper toelaten?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ja, toelaten" }).click();
    await admin
      .getByRole("status")
      .getByText(/De koploper is toegelaten/)
      .waitFor();

    // 4. Publish it.
    await admin.getByRole("radio", { name: "Gepubliceerd" }).check();
    await admin.getByRole("button", { name: "Publicatiestatus opslaan" }).click();
    await admin.getByRole("status").getByText("De publicatiestatus is nu: Gepubliceerd.").waitFor();
    await expectNoAxeViolations(admin);

    // The pact edit page of the new front-runner, with its follow-up fields.
    await admin.getByRole("link", { name: "Gegevens en partners bewerken" }).click();
    await admin.getByRole("heading", { level: 1, name }).waitFor();
    await admin.getByRole("group", { name: "Opvolging van de koploper" }).waitFor();
    await admin.getByRole("heading", { name: "Gouden driehoek" }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.context().close();

    // 5. The public site shows it.
    const reader = await newPage(browser);
    await reader.goto(`${baseUrl()}/zorgpacten?zoek=${encodeURIComponent(name)}`);
    await reader.getByRole("link", { name, exact: true }).click();
    await reader.getByRole("heading", { level: 1, name, exact: true }).waitFor();
    await reader.context().close();
  });
});

describe("phase checklist", () => {
  it("lets the editor of Zorgpact Noord tick an item of the current phase with a note, and keeps it after a reload", async () => {
    const page = await signedIn(EDITOR);
    const nav = page.getByRole("navigation", { name: "Beheermenu" });
    await nav.getByRole("link", { name: "Organisaties", exact: true }).waitFor();
    await expect(nav.getByRole("link", { name: "Regio's" }).count()).resolves.toBe(0);
    await expect(nav.getByRole("link", { name: "Koplopers" }).count()).resolves.toBe(0);
    await openNoord(page);
    // Editors do not get the national team's controls.
    await expect(page.getByRole("button", { name: "Zorgpact archiveren" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    const current = page.getByRole("group", { name: /^Checklist Fase 3: Mobiliseren van de uitvoering \(huidige fase\)/ });
    await current.waitFor();
    let item: string | undefined;
    for (const label of PHASE_3_ITEMS) {
      if (!(await current.getByRole("group", { name: label, exact: true }).getByRole("checkbox", { name: "Afgerond" }).isChecked())) {
        item = label;
        break;
      }
    }
    expect(item, "an unticked item in phase 3").toBeDefined();
    const note = `Besproken in het bestuurlijk overleg (${Date.now()})`;
    const group = current.getByRole("group", { name: item!, exact: true });
    await group.getByRole("checkbox", { name: "Afgerond" }).check();
    await expect(group.getByLabel("Datum afgerond").inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await group.getByLabel("Notitie").fill(note);
    await group.getByRole("button", { name: /^Opslaan/ }).click();
    await page.getByRole("status").getByText(`'${item!}' is opgeslagen.`).waitFor();

    await page.reload();
    const again = page.getByRole("group", { name: /^Checklist Fase 3/ }).getByRole("group", { name: item!, exact: true });
    await again.waitFor();
    await expect(again.getByRole("checkbox", { name: "Afgerond" }).isChecked()).resolves.toBe(true);
    await expect(again.getByLabel("Notitie").inputValue()).resolves.toBe(note);
    await page.context().close();
  });
});

describe("two people saving the same pact", () => {
  it("refuses the second save with the Dutch conflict message and keeps what was typed after loading the newest version", async () => {
    const editor = await signedIn(EDITOR);
    const path = await openNoord(editor);
    const admin = await signedIn(ADMIN, path);
    await admin.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();

    const contact = (page: Page) => page.getByLabel("Contactpersoon (optioneel)", { exact: true });
    const stamp = Date.now();
    await contact(admin).fill(`Anna de Vries ${stamp}`);
    await admin.getByRole("button", { name: "Gegevens opslaan", exact: true }).click();
    await admin.getByRole("status").getByText("De wijzigingen zijn opgeslagen.").waitFor();

    const typed = `Bram Bakker ${stamp}`;
    await contact(editor).fill(typed);
    await editor.getByRole("button", { name: "Gegevens opslaan", exact: true }).click();
    const alert = editor.getByRole("alert").filter({ hasText: "Iemand anders heeft dit intussen gewijzigd" });
    await alert.waitFor();
    await alert.getByRole("button", { name: "Nieuwste versie laden" }).click();
    await editor.getByText("De nieuwste versie is geladen.", { exact: false }).waitFor();
    await expect(contact(editor).inputValue()).resolves.toBe(typed);
    await expectNoAxeViolations(editor);

    // Saving again now succeeds, with the newest version underneath.
    await editor.getByRole("button", { name: "Gegevens opslaan", exact: true }).click();
    await editor.getByRole("status").getByText("De wijzigingen zijn opgeslagen.").waitFor();
    await admin.reload();
    await expect(contact(admin).inputValue()).resolves.toBe(typed);

    await editor.context().close();
    await admin.context().close();
  });
});

describe("national administration", () => {
  it("manages organisations, regions and taxonomy terms, with errors at the field and confirmation before deleting", async () => {
    const stamp = Date.now();
    const page = await signedIn(ADMIN);
    const nav = page.getByRole("navigation", { name: "Beheermenu" });

    // Organisations: a duplicate name is refused at the name field.
    await nav.getByRole("link", { name: "Organisaties", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Organisaties" }).waitFor();
    await page.getByLabel("Zoeken op naam of plaats").fill("Noorderpoort");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.getByRole("table", { name: "Organisaties" }).getByRole("rowheader", { name: "Noorderpoort" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Nieuwe organisatie" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe organisatie" }).waitFor();
    await page.getByLabel("Naam", { exact: true }).fill("noorderpoort");
    await page.getByLabel("Sector").selectOption({ label: "Onderwijs" });
    await page.getByLabel("Niveau").selectOption({ label: "mbo" });
    await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
    await page.getByText("Deze organisatie staat al in het register", { exact: false }).waitFor();
    await expect(page.getByLabel("Naam", { exact: true }).getAttribute("aria-invalid")).resolves.toBe("true");
    await expectNoAxeViolations(page);
    const orgName = `E2E Zorggroep ${stamp}`;
    await page.getByLabel("Naam", { exact: true }).fill(orgName);
    await page.getByLabel("Sector").selectOption({ label: "Zorg en welzijn" });
    await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
    await page.getByRole("status").getByText(`Organisatie ${orgName} is aangemaakt.`).waitFor();
    await page.getByRole("button", { name: `Bewerken ${orgName}` }).click();
    await page.getByRole("heading", { name: `Organisatie bewerken: ${orgName}` }).waitFor();
    await page.getByLabel("Plaats (optioneel)").fill("Assen");
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await page.getByRole("status").getByText(`Organisatie ${orgName} is opgeslagen.`).waitFor();
    await page.getByRole("table", { name: "Organisaties" }).getByRole("cell", { name: "Assen" }).waitFor();

    // Regions: provinces as checkboxes, coordinates with a decimal comma.
    await nav.getByRole("link", { name: "Regio's", exact: true }).click();
    await page.getByRole("table", { name: "Regio's" }).getByRole("rowheader", { name: "Noord-Nederland" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Nieuwe regio" }).click();
    const regionName = `E2E Regio ${stamp}`;
    await page.getByLabel("Naam", { exact: true }).fill(regionName);
    await page.getByRole("button", { name: "Regio aanmaken" }).click();
    await page.getByText("Kies minstens één provincie.").waitFor();
    await page.getByRole("checkbox", { name: "Drenthe" }).check();
    await page.getByLabel("Breedtegraad").fill("52,99");
    await page.getByLabel("Lengtegraad").fill("6,56");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Regio aanmaken" }).click();
    await page.getByRole("status").getByText(`Regio ${regionName} is aangemaakt.`).waitFor();
    await page.getByRole("link", { name: `Bewerken ${regionName}` }).click();
    await page.getByRole("heading", { level: 1, name: regionName }).waitFor();
    await expect(page.getByLabel("Breedtegraad").inputValue()).resolves.toBe("52,99");

    // Taxonomies: add a theme, retire and restore it, delete it after confirming (it is unused).
    await nav.getByRole("link", { name: "Taxonomieën", exact: true }).click();
    await page.getByRole("table", { name: "Thema's" }).getByRole("rowheader", { name: "Leren in de praktijk" }).waitFor();
    await expectNoAxeViolations(page);
    const term = `E2E thema ${stamp}`;
    await page.getByLabel("Naam", { exact: true }).fill(term);
    await page.getByRole("button", { name: "Term toevoegen" }).click();
    await page.getByRole("status").getByText(`'${term}' is toegevoegd.`).waitFor();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: term }) });
    await row.getByRole("button", { name: `Niet meer gebruiken ${term}` }).click();
    await row.getByRole("cell", { name: "Niet meer in gebruik" }).waitFor();
    await row.getByRole("button", { name: `Weer gebruiken ${term}` }).click();
    await row.getByRole("cell", { name: "In gebruik", exact: true }).waitFor();
    await row.getByRole("button", { name: `Verwijderen ${term}` }).click();
    const dialog = page.getByRole("dialog", { name: "Term verwijderen?" });
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await page.getByRole("status").getByText(`'${term}' is verwijderd.`).waitFor();
    // Gone once the list has refetched; waiting avoids racing the update.
    await page.getByRole("rowheader", { name: term }).first().waitFor({ state: "detached" });
    await page.getByRole("link", { name: "Resultaatgebieden" }).click();
    await page.getByRole("table", { name: "Resultaatgebieden" }).waitFor();
    await page.getByRole("table", { name: "Resultaatgebieden" }).getByText("In gebruik: kan niet worden verwijderd").first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("creates a regional pact, adds and removes a partner, moves its phase and archives it after confirming", async () => {
    const stamp = Date.now();
    const name = `E2E Zorgpact ${stamp}`;
    const page = await signedIn(ADMIN);
    await page.getByRole("heading", { level: 1, name: "Alle zorgpacten" }).waitFor();
    await page.getByRole("link", { name: "Nieuw zorgpact" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuw zorgpact" }).waitFor();
    await page.getByLabel("Naam", { exact: true }).fill(name);
    await expect(page.getByLabel("Webadres").inputValue()).resolves.toBe(`e2e-zorgpact-${stamp}`);
    await page.getByLabel("Regio (optioneel)").selectOption({ label: "Noord-Nederland" });
    await page.getByRole("checkbox", { name: "Leren in de praktijk" }).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Zorgpact aanmaken" }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByRole("status").getByText(`Zorgpact '${name}' is aangemaakt als concept.`).waitFor();

    // Partners from the registry, and the golden triangle they make.
    await page.getByRole("searchbox", { name: "Zoek in het organisatieregister" }).fill("Noorderpoort");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.getByRole("button", { name: "Toevoegen Noorderpoort als partner" }).click();
    await page.getByRole("status").getByText("Noorderpoort is toegevoegd als partner.").waitFor();
    const partners = page.getByRole("table", { name: "Partners van dit zorgpact" });
    await partners.getByRole("rowheader", { name: "Noorderpoort" }).waitFor();
    await page.getByText("Onderwijs: aanwezig").waitFor();
    await page.getByLabel("Rol van Noorderpoort").selectOption({ label: "Trekker" });
    await page.getByRole("button", { name: "Rol opslaan van Noorderpoort" }).click();
    await page.getByRole("status").getByText("Noorderpoort is nu trekker.").waitFor();

    await page.getByRole("button", { name: "Nieuwe organisatie" }).click();
    await page.getByLabel("Naam", { exact: true }).last().fill("Noorderpoort");
    await page.getByLabel("Sector").selectOption({ label: "Onderwijs" });
    await page.getByLabel("Niveau").selectOption({ label: "mbo" });
    await page.getByRole("button", { name: "Organisatie aanmaken en toevoegen" }).click();
    await page.getByText("Deze organisatie staat al in het register", { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    await partners.getByRole("button", { name: "Verwijderen Noorderpoort" }).click();
    const confirm = page.getByRole("dialog", { name: "Partner verwijderen?" });
    await confirm.getByRole("button", { name: "Annuleren" }).click();
    await partners.getByRole("rowheader", { name: "Noorderpoort" }).waitFor();
    await partners.getByRole("button", { name: "Verwijderen Noorderpoort" }).click();
    await confirm.getByRole("button", { name: "Ja, verwijderen" }).click();
    await page.getByRole("status").getByText("Noorderpoort is geen partner meer.").waitFor();

    // Phase, then funding and governance through the details form (the phase raised the version).
    await page.getByLabel("Nieuwe fase").selectOption({ label: "Fase 1: Kaderen van de uitdaging" });
    await page.getByLabel("Toelichting (optioneel)").fill("Kick-off met de partners.");
    await page.getByRole("button", { name: "Fase wijzigen", exact: true }).click();
    await page.getByRole("status").getByText("Het zorgpact is nu in Fase 1: Kaderen van de uitdaging.").waitFor();
    await page.getByRole("table", { name: "Geschiedenis van de fasen" }).getByRole("cell", { name: "Kick-off met de partners." }).waitFor();

    await page.getByRole("button", { name: "Financieringsbron toevoegen" }).click();
    await page.getByLabel("Bron").fill("Provincie Drenthe");
    await page.getByLabel("Bedrag in euro").fill("12.500,50");
    await page.getByRole("checkbox", { name: "Structureel bestuurlijk overleg: over 5 jaar" }).check();
    await page.getByRole("checkbox", { name: "Platform" }).check();
    await page.getByRole("button", { name: "Gegevens opslaan", exact: true }).click();
    await page.getByRole("status").getByText("De wijzigingen zijn opgeslagen.").waitFor();
    await page.reload();
    await expect(page.getByLabel("Bedrag in euro").inputValue()).resolves.toBe("12.500,50");
    await expect(page.getByRole("checkbox", { name: "Structureel bestuurlijk overleg: over 5 jaar" }).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    // Archive, after confirming; then it can be restored.
    await page.getByRole("button", { name: "Zorgpact archiveren" }).click();
    const archive = page.getByRole("dialog", { name: "Zorgpact archiveren?" });
    await archive.getByRole("button", { name: "Ja, archiveren" }).click();
    await page.getByText("Dit zorgpact is gearchiveerd.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Zorgpact terugzetten" }).waitFor();
    await page.context().close();
  });
});
