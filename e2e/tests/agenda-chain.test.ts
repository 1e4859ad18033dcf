import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";
import { EDITOR_NOORD, logIn } from "./support/demo-login.ts";

const ISSUE = "Meer stageplaatsen in de wijk (e2e)";
const INPUT = "Subsidie stageplaatsen (e2e)";
const ACTIVITY = "Wijkleerbedrijf opzetten (e2e)";
const RESULT = "Twintig extra stageplaatsen (e2e)";
const EFFECT = "Minder uitval door leren in de wijk (e2e)";
const INDICATOR = "Stageplaatsen in het wijkleerbedrijf (e2e)";
const AMBITION = "Elke student leert een deel van de opleiding in de wijk.";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

/** The card of a chain node in the diagram: an article named by the node's title. */
const card = (scope: Locator, title: string) => scope.getByRole("article", { name: title, exact: true });

async function addNode(issue: Locator, kind: string, fill: (form: Locator) => Promise<void>, title: string): Promise<void> {
  await issue.getByRole("button", { name: `${kind} toevoegen`, exact: true }).click();
  const form = issue.getByRole("form", { name: /^(Nieuwe|Nieuw) / });
  await form.getByLabel("Titel", { exact: true }).fill(title);
  await fill(form);
  await form.getByRole("button", { name: "Opslaan en toevoegen" }).click();
  await card(issue, title).waitFor();
}

/** Opens a part of the agenda by its link in the parts navigation (the chosen issue travels along). */
async function openPart(name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Onderdelen van de agenda" }).getByRole("link", { name, exact: true }).click();
  await page.locator(`a[aria-current="page"]`, { hasText: name }).waitFor();
}

/** The one status region of the agenda, holding the latest message only. */
const statusRegion = () => page.locator(".agenda-status");

async function link(issue: Locator, from: string, to: string): Promise<void> {
  const source = card(issue, from);
  await source.getByLabel(`Koppel aan (vanaf ${from})`).selectOption({ label: to });
  await source.getByRole("button", { name: `Koppelen (vanaf ${from})` }).click();
  await source.getByRole("listitem").filter({ hasText: to }).waitFor();
}

describe("agenda and effect chain editor", () => {
  it("lets the editor of Zorgpact Noord open the agenda editor from the pacts table", async () => {
    // Any admin page gives a visitor the login form.
    await logIn(page, EDITOR_NOORD, "/admin/");
    // An editor with one pact lands on it; the pacts table is one menu link away.
    await page.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Zorgpacten", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Mijn zorgpacten" }).waitFor();

    await page.getByRole("link", { name: "Agenda en effectketen van Zorgpact Noord" }).click();
    await page.getByRole("heading", { level: 1, name: "Agenda en effectketen: Zorgpact Noord" }).waitFor();
    // The public page below shows the new nodes only while the pact is published (it is in the demo seed).
    await page.getByText("Gepubliceerd", { exact: true }).waitFor();
  });

  it("creates an issue and builds its chain from input to effect until it is complete", async () => {
    await page.getByRole("button", { name: "Vraagstuk toevoegen" }).click();
    const newIssue = page.getByRole("form", { name: "Nieuw vraagstuk" });
    await newIssue.getByLabel("Titel", { exact: true }).fill(ISSUE);
    await newIssue.getByLabel("Leren in de praktijk").check();
    await newIssue.getByRole("button", { name: "Vraagstuk toevoegen" }).click();
    const issue = page.getByRole("region", { name: ISSUE, exact: true });
    await issue.getByRole("heading", { level: 2, name: ISSUE }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(ISSUE);
    await statusRegion().getByText(`Vraagstuk '${ISSUE}' is toegevoegd.`).waitFor();
    // The chain is a part of its own; the new issue stays chosen.
    await openPart("Effectketen");
    await issue.getByRole("heading", { level: 2, name: ISSUE }).waitFor();
    await issue.getByText("Er is nog geen effect benoemd", { exact: false }).waitFor();

    await addNode(
      issue,
      "Input",
      async (form) => {
        await form.getByLabel("Bedrag in euro").fill("10.000");
        await form.getByLabel("Financieringsbron").fill("Provincie Groningen");
      },
      INPUT,
    );
    await card(issue, INPUT).getByText("€ 10.000,00").waitFor();

    await addNode(
      issue,
      "Activiteit",
      async (form) => {
        await form.getByLabel("Eigenaar").selectOption({ label: "Noorderpoort" });
        await form.getByLabel("Begindatum").fill("2026-01-01");
      },
      ACTIVITY,
    );
    await card(issue, ACTIVITY).getByText("Onvolledig:").waitFor();

    await addNode(
      issue,
      "Resultaat",
      async (form) => {
        await form.getByLabel("Resultaatgebied").selectOption({ label: "Meer leren in de praktijk" });
        await form.getByLabel("Aantal").fill("20");
        await form.getByLabel("Eenheid").fill("stageplaatsen");
      },
      RESULT,
    );

    await addNode(
      issue,
      "Effect",
      async (form) => {
        await form.getByLabel("Effectcategorie").selectOption({ label: "Minder uitval tijdens opleiding" });
      },
      EFFECT,
    );
    const report = issue.locator(".chain-completeness");
    await report.getByRole("heading", { name: "Effecten zonder bijdragend resultaat" }).waitFor();

    await link(issue, INPUT, ACTIVITY);
    await link(issue, ACTIVITY, RESULT);
    await link(issue, RESULT, EFFECT);
    await report.getByText("De keten van dit vraagstuk is compleet", { exact: false }).waitFor();
    // Gone once the list has refetched; waiting avoids racing the update.
    await issue.getByText("Onvolledig:").first().waitFor({ state: "detached" });

    const cost = page.getByRole("table", { name: "Kosten per resultaat" });
    const costRow = cost.getByRole("row").filter({ hasText: RESULT });
    await costRow.getByText("€ 500,00").waitFor();
  });

  it("adds an indicator on the result with a measurement and shows it as a chart and a table", async () => {
    await openPart("Indicatoren en metingen");
    const issue = page.getByRole("region", { name: ISSUE, exact: true });
    await issue.getByRole("button", { name: `Indicator toevoegen bij '${RESULT}'` }).click();
    const form = issue.getByRole("form", { name: "Nieuwe indicator" });
    await form.getByLabel("Naam", { exact: true }).fill(INDICATOR);
    await form.getByLabel("Eenheid", { exact: true }).fill("plaatsen");
    await form.getByLabel("Nulmeting: waarde").fill("0");
    await form.getByLabel("Nulmeting: datum").fill("2026-01-01");
    await form.getByLabel("Streefwaarde", { exact: true }).fill("20");
    await form.getByLabel("Streefdatum").fill("2027-12-31");
    await form.getByRole("button", { name: "Indicator opslaan" }).click();

    const indicator = issue.getByRole("article", { name: INDICATOR, exact: true });
    await indicator.getByText("Nog niet gemeten").waitFor();
    await indicator.getByRole("button", { name: `Meting toevoegen bij '${INDICATOR}'` }).click();
    const measurement = indicator.getByRole("form", { name: `Nieuwe meting bij ${INDICATOR}` });
    await measurement.getByLabel("Datum").fill("2026-06-30");
    await measurement.getByLabel("Waarde (plaatsen)").fill("12");
    await measurement.getByLabel("Bron").fill("e2e");
    await measurement.getByRole("button", { name: "Meting opslaan" }).click();

    const measurements = indicator.getByRole("table", { name: `Metingen van ${INDICATOR}`, exact: true });
    await measurements.getByRole("rowheader", { name: "30 juni 2026" }).waitFor();
    // Never approved, so its editor may still delete it.
    await measurements.getByRole("button", { name: "Verwijderen van de meting op 30 juni 2026" }).waitFor();
    const chart = indicator.getByRole("img", { name: /^Lijngrafiek van / });
    await expect.poll(() => chart.getAttribute("aria-label")).toContain("Laatste meting 12 plaatsen op 30 juni 2026 (1 meting)");
    await indicator.getByText("Toon de gegevens als tabel").click();
    const data = indicator.getByRole("table", { name: `Gegevens van de grafiek: ${INDICATOR}` });
    await data.getByRole("row").filter({ hasText: "Streefwaarde" }).getByText("31 december 2027").waitFor();
  });

  it("imports measurements from a CSV file after a row-by-row preview", async () => {
    await openPart("Importeren en exporteren");
    const csv = `indicator,measured_on,value,source\n${INDICATOR},31-12-2026,18,e2e-import\n`;
    await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles({ name: "metingen.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const preview = page.getByRole("table", { name: "Voorbeeld van de import uit metingen.csv" });
    // The status cell reads "✚ Nieuw": the sign is hidden from screen readers but is part of the text.
    await preview.getByText(/Nieuw$/).waitFor();
    await page.getByText("Klaar om te importeren: 1 meting verandert.").waitFor();
    await page.getByRole("button", { name: "1 meting importeren", exact: true }).click();
    await page.getByText(/^Geïmporteerd uit metingen\.csv: 1 meting nieuw/).waitFor();
    await openPart("Indicatoren en metingen");
    const indicator = page.getByRole("article", { name: INDICATOR, exact: true });
    await indicator
      .getByRole("table", { name: `Metingen van ${INDICATOR}`, exact: true })
      .getByRole("rowheader", { name: "31 december 2026" })
      .waitFor();
  });

  it("exports the measurements as a CSV download and the whole agenda as XLSX", async () => {
    await openPart("Importeren en exporteren");
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Metingen als CSV (Excel)" }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    const xlsx = page.waitForEvent("download");
    await page.getByRole("button", { name: "Actieagenda als XLSX" }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it("keeps what was typed on a CONFLICT and saves after 'Nieuwste versie laden'", async () => {
    await openPart("Vraagstukken en ambities");
    const issue = page.getByRole("region", { name: ISSUE, exact: true });
    await issue.getByRole("button", { name: `Bewerken ${ISSUE}`, exact: true }).click();
    const form = issue.getByRole("form", { name: `Vraagstuk bewerken: ${ISSUE}` });
    await form.getByLabel("Omschrijving").fill("Mijn eigen omschrijving.");

    // A colleague saves the same issue in the meantime (same API, same session).
    const status = await page.evaluate(async (title) => {
      const pactId = location.pathname.split("/")[3];
      const input = encodeURIComponent(JSON.stringify({ 0: { pactId } }));
      const agenda = (await (await fetch(`/trpc/agenda.get?batch=1&input=${input}`)).json()) as [
        { result: { data: { issues: { id: string; title: string; version: number }[] } } },
      ];
      const stored = agenda[0].result.data.issues.find((i) => i.title === title)!;
      const response = await fetch("/trpc/agenda.updateIssue?batch=1", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ 0: { id: stored.id, version: stored.version, title, description: "Gewijzigd door een collega." } }),
      });
      return response.status;
    }, ISSUE);
    expect(status).toBe(200);

    await form.getByRole("button", { name: "Vraagstuk opslaan" }).click();
    const alert = issue.getByRole("alert").filter({ hasText: "Iemand anders heeft dit intussen gewijzigd" });
    await alert.getByRole("button", { name: "Nieuwste versie laden" }).click();
    await issue.getByText("De nieuwste versie is geladen", { exact: false }).waitFor();
    await issue.getByText("Gewijzigd door een collega.").waitFor();
    await expect(form.getByLabel("Omschrijving").inputValue()).resolves.toBe("Mijn eigen omschrijving.");

    await form.getByRole("button", { name: "Vraagstuk opslaan" }).click();
    await statusRegion().getByText("Het vraagstuk is opgeslagen.").waitFor();
    await issue.getByText("Mijn eigen omschrijving.").waitFor();
  });

  it("adds an ambition and deletes it only after confirmation", async () => {
    const issue = page.getByRole("region", { name: ISSUE, exact: true });
    const ambitions = issue.getByRole("region", { name: "Ambities" });
    await ambitions.getByLabel("Nieuwe ambitie").fill(AMBITION);
    await ambitions.getByRole("button", { name: "Ambitie toevoegen" }).click();
    await ambitions.getByText(AMBITION, { exact: true }).waitFor();

    await ambitions.getByRole("button", { name: "Verwijderen ambitie 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Ambitie verwijderen?" });
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await ambitions.getByText(AMBITION, { exact: true }).waitFor();
    await ambitions.getByRole("button", { name: "Verwijderen ambitie 1" }).click();
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await statusRegion().getByText("De ambitie is verwijderd.").waitFor();
    // Gone once the list has refetched; waiting avoids racing the update.
    await ambitions.getByText(AMBITION, { exact: true }).first().waitFor({ state: "detached" });
  });

  it("has no accessibility violations on the editor, the chain list view included", async () => {
    await openPart("Effectketen");
    const issue = page.getByRole("region", { name: ISSUE, exact: true });
    await issue.getByRole("button", { name: "Toon als lijst" }).click();
    await issue.getByRole("list", { name: "Effectketen als lijst" }).getByText(EFFECT).waitFor();
    await expectNoAxeViolations(page);
  });

  it("offers the editor no delete of a public measurement, and says who deletes it", async () => {
    await page.goto(page.url().replace(/\/agenda\/.*$/, "/agenda/indicatoren"));
    const demo = page.getByRole("article", { name: "Studenten in een leerwerkplaats", exact: true });
    const row = demo
      .getByRole("table", { name: "Metingen van Studenten in een leerwerkplaats", exact: true })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "31 december 2016" }) });
    await row.getByText("Openbaar: alleen het landelijk team kan deze meting verwijderen.").waitFor();
    expect(await row.getByRole("button", { name: /^Verwijderen/ }).count()).toBe(0);
  });

  it("shows the new result in the effect chain of the published public pact page", async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/zorgpacten/zorgpact-noord`);
    await visitor.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    const chain = visitor.getByRole("region", { name: "Effectketen", exact: true });
    await chain.getByText(RESULT).first().waitFor();
    await visitor.context().close();
  });
});
