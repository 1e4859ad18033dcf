import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from "../browser.ts";
import { EDITOR_NOORD, logIn, NATIONAL_ADMIN } from "./support/demo-login.ts";

/**
 * Review before publication: the editor of Zorgpact Noord adds a measurement; the national team
 * returns it with a comment; the editor sees the comment, corrects and so resubmits it; the
 * national team approves it. The value is on the public pact page and in /v1 only after that.
 */
const INDICATOR = "Studenten in een leerwerkplaats";
const DATE = "2019-06-30";
const DATE_TEXT = "30 juni 2019";
const COMMENT = "Klopt 157? De jaarmonitor noemt een andere stand (e2e).";

let browser: Browser;
let editor: Page;
let national: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  editor = await newPage(browser);
  national = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

let agendaUrl = "";
/** The indicator's article on the agenda's indicators part (the demo's first issue holds it). */
async function openIndicator(): Promise<Locator> {
  await editor.goto(agendaUrl);
  const article = editor.getByRole("article", { name: INDICATOR, exact: true });
  await article.waitFor();
  return article;
}
const reviewTable = (article: Locator) => article.getByRole("table", { name: `Beoordeling en openbaarheid van de metingen van ${INDICATOR}` });
/** The measurement's row in that table. */
const reviewRow = (article: Locator) =>
  reviewTable(article)
    .getByRole("row")
    .filter({ has: editor.getByRole("rowheader", { name: DATE_TEXT }) });

/** What the public sees: the pact page's latest value of the indicator, and /v1's measurements on the date. */
async function publicView(page: Page) {
  await page.goto(`${baseUrl()}/zorgpacten/zorgpact-noord`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${INDICATOR}`) }) });
  await row.first().waitFor();
  const latest = await row.first().innerText();
  const response = await page.request.get(`${baseUrl()}/v1/downloads/measurements.json`);
  expect(response.ok()).toBe(true);
  const rows = (await response.json()) as { measuredOn: string; value: number }[];
  return { latest, openData: rows.filter((r) => r.measuredOn === DATE).map((r) => r.value) };
}

/** The national team's card of the measurement in the review queue. */
async function queueCard(): Promise<Locator> {
  await national.goto(`${baseUrl()}/admin/beoordelen`);
  await national.getByRole("heading", { level: 1, name: "Metingen beoordelen" }).waitFor();
  const card = national
    .getByRole("listitem")
    .filter({ has: national.getByRole("heading", { name: INDICATOR }) })
    .filter({ hasText: DATE_TEXT });
  await card.waitFor();
  return card;
}

describe("a measurement from submission to the public site", () => {
  it("submits the editor's new measurement for review; the public does not see it", async () => {
    await logIn(editor, EDITOR_NOORD);
    // An editor with one pact lands on its page; the agenda's indicators part hangs under it.
    await editor.getByRole("heading", { level: 1, name: "Zorgpact Noord", exact: true }).waitFor();
    agendaUrl = `${editor.url().replace(/\/$/, "")}/agenda/indicatoren`;
    const article = await openIndicator();
    await article.getByRole("button", { name: `Meting toevoegen bij '${INDICATOR}'` }).click();
    const form = article.getByRole("form", { name: `Nieuwe meting bij ${INDICATOR}` });
    await form.getByLabel("Datum").fill(DATE);
    await form.getByLabel(/^Waarde/).fill("157");
    await form.getByLabel(/^Bron/).fill("e2e-beoordeling");
    await form.getByRole("button", { name: "Meting opslaan" }).click();
    const row = reviewRow(article);
    await row.getByText("Ter beoordeling").waitFor();
    await expectNoAxeViolations(editor);

    const seen = await publicView(national);
    expect(seen.latest).not.toContain("157");
    expect(seen.openData).toEqual([]);
  });

  it("lets the national team return it, with a comment required, which the editor then sees", async () => {
    await logIn(national, NATIONAL_ADMIN);
    const card = await queueCard();
    await expectNoAxeViolations(national);
    await card.getByRole("button", { name: /^Terugsturen/ }).click();
    const dialog = national.getByRole("dialog", { name: `${INDICATOR} op ${DATE_TEXT} terugsturen?` });
    await dialog.getByRole("button", { name: "Terugsturen" }).click();
    await dialog.getByText("Schrijf waarom je de meting terugstuurt.").waitFor();
    await dialog.getByLabel("Opmerking voor de redacteur (verplicht)").fill(COMMENT);
    await dialog.getByRole("button", { name: "Terugsturen" }).click();
    await national.getByText("De meting is teruggestuurd met je opmerking.").waitFor();

    const article = await openIndicator();
    const row = reviewRow(article);
    await row.getByText("Teruggestuurd", { exact: true }).waitFor();
    // The comment has a full-width row of its own under the measurement's row.
    await reviewTable(article).getByText(`Teruggestuurd: ${COMMENT}`).waitFor();
  });

  it("resubmits the corrected measurement when the editor saves it", async () => {
    const article = await openIndicator();
    await article.getByRole("button", { name: `Bewerken van de meting op ${DATE_TEXT}` }).click();
    const form = article.getByRole("form", { name: `Meting van ${DATE_TEXT} bewerken` });
    await form.getByLabel(/^Waarde/).fill("158");
    await form.getByRole("button", { name: "Meting opslaan" }).click();
    const row = reviewRow(article);
    await row.getByText("Ter beoordeling").waitFor();
    expect((await publicView(national)).openData).toEqual([]);
  });

  it("shows the reviewer the parts the editor splits the resubmitted value into", async () => {
    const article = await openIndicator();
    await article.getByLabel("Dimensie om naar uit te splitsen").selectOption({ label: "Geslacht" });
    await article.getByRole("button", { name: "Dimensie toevoegen" }).click();
    const split = article.getByRole("table", { name: "Metingen uitgesplitst naar Geslacht" });
    await split.getByRole("button", { name: `Uitsplitsing invullen voor de meting van ${DATE_TEXT}` }).click();
    const panel = editor.locator(".agenda-panel", { has: editor.getByRole("heading", { name: /Uitsplitsing naar Geslacht/ }) });
    await panel.getByLabel("Vrouw", { exact: true }).fill("100");
    await panel.getByLabel("Man", { exact: true }).fill("58");
    await panel.getByRole("button", { name: "Uitsplitsing opslaan" }).click();
    await expect.poll(() => split.getByRole("row", { name: new RegExp(DATE_TEXT) }).textContent()).toContain("Vrouw: 100 · Man: 58");
    // The agenda's review table, where a reviewer may decide too, shows the parts that wait with the value.
    await reviewTable(article).getByText("Vrouw: 100 studenten · Man: 58 studenten").waitFor();

    const card = await queueCard();
    const parts = card.getByRole("table", { name: "Uitsplitsing naar Geslacht" });
    await expect.poll(() => parts.getByRole("row", { name: /^Vrouw/ }).textContent()).toContain("100 studenten");
    expect(await parts.getByRole("row", { name: /^Man/ }).textContent()).toContain("58 studenten");
    await expectNoAxeViolations(national);
  });

  it("publishes the value only when the national team approves it", async () => {
    const card = await queueCard();
    await card.getByRole("definition").filter({ hasText: "158 studenten" }).waitFor();
    await card.getByRole("button", { name: /^Goedkeuren/ }).click();
    const dialog = national.getByRole("dialog", { name: `${INDICATOR} op ${DATE_TEXT} goedkeuren?` });
    await dialog.getByRole("button", { name: "Goedkeuren" }).click();
    await national.getByText("De meting is goedgekeurd en openbaar.").waitFor();

    const seen = await publicView(national);
    expect(seen.latest.replace(/\s+/g, " ")).toContain(`158 studenten op ${DATE_TEXT}`);
    expect(seen.openData).toEqual([158]);
    const article = await openIndicator();
    const row = reviewRow(article);
    await row.getByText("Goedgekeurd").waitFor();
    await row.getByText("158 studenten").waitFor();
  });

  it("keeps a PDF and a link as evidence with the measurement; the file downloads as an attachment", async () => {
    const article = await openIndicator();
    await article.getByText(/^Bewijsstukken bij de metingen/).click();
    const picker = article.getByLabel("Meting", { exact: true });
    await picker.selectOption((await picker.locator("option", { hasText: DATE_TEXT }).getAttribute("value"))!);
    const evidence = article.getByRole("region", { name: "Bewijsstukken" });
    const fileForm = evidence.getByRole("group", { name: "Bestand toevoegen" });
    await fileForm.getByLabel("Bestand", { exact: true }).setInputFiles({
      name: "jaarmonitor-e2e.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%e2e\n"),
    });
    await fileForm.getByRole("button", { name: "Bestand toevoegen" }).click();
    await evidence.getByText("“jaarmonitor-e2e.pdf” is toegevoegd.").waitFor();
    const linkForm = evidence.getByRole("group", { name: "Link toevoegen" });
    await linkForm.getByLabel("Webadres (https://…)").fill("https://www.example.org/jaarmonitor-2019");
    await linkForm.getByLabel("Titel (niet verplicht)").fill("Jaarmonitor 2019 (e2e)");
    await linkForm.getByRole("button", { name: "Link toevoegen" }).click();

    const listed = evidence.getByRole("list", { name: "Bewijsstukken" });
    const link = listed.getByRole("link", { name: "Jaarmonitor 2019 (e2e)" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe("https://www.example.org/jaarmonitor-2019");
    const file = listed.getByRole("link", { name: "jaarmonitor-e2e.pdf" });
    const download = await editor.evaluate(
      async (href) => {
        const response = await fetch(href);
        return { status: response.status, disposition: response.headers.get("content-disposition"), body: await response.text() };
      },
      (await file.getAttribute("href"))!,
    );
    expect(download.status).toBe(200);
    expect(download.disposition).toMatch(/^attachment; filename="jaarmonitor-e2e\.pdf"/);
    expect(download.body.startsWith("%PDF-1.4")).toBe(true);
    await expectNoAxeViolations(editor);
  });
});

describe("locking a period", () => {
  it("lets the national team lock a reporting period by its name, then unlock it", async () => {
    await national.goto(agendaUrl);
    const article = national.getByRole("article", { name: INDICATOR, exact: true });
    await article.waitFor();
    const form = article.getByRole("form", { name: `Periode vergrendelen: ${INDICATOR}` });
    const period = form.getByLabel("Periode", { exact: true });
    // Half-yearly: the periods whose measurements are all approved, newest first; 2nd half of 2018 still waits (demodata).
    await expect
      .poll(() => period.locator("option").allTextContents())
      .toEqual(["1e halfjaar 2019", "1e halfjaar 2018", "2e halfjaar 2017", "2e halfjaar 2016", "Andere periode…"]);
    await form.getByText("Van 1 januari 2019 t/m 30 juni 2019.", { exact: false }).waitFor();
    expect(await form.getByLabel("Begin van de periode").count()).toBe(0);
    // "Andere periode…" shows the dates for a custom range; back to a period hides them again.
    await period.selectOption({ label: "Andere periode…" });
    await form.getByLabel("Begin van de periode").waitFor();
    await expectNoAxeViolations(national);
    await period.selectOption({ label: "1e halfjaar 2019" });
    expect(await form.getByLabel("Begin van de periode").count()).toBe(0);

    await form.getByRole("button", { name: "Periode vergrendelen" }).click();
    const locks = article.getByRole("list", { name: "Vergrendelde perioden" });
    await locks.getByRole("listitem").filter({ hasText: "1e halfjaar 2019" }).waitFor();
    const row = reviewTable(article)
      .getByRole("row")
      .filter({ has: national.getByRole("rowheader", { name: DATE_TEXT }) });
    await row.getByText("Vergrendeld").waitFor();
    // The locked period is no longer offered; the next newest is.
    await expect.poll(() => period.inputValue()).toBe("2018-01-01");
    expect(await period.locator("option").allTextContents()).not.toContain("1e halfjaar 2019");
    await expectNoAxeViolations(national);

    await locks.getByRole("button", { name: "Ontgrendelen 1e halfjaar 2019" }).click();
    const dialog = national.getByRole("dialog", { name: "Periode 1e halfjaar 2019 ontgrendelen?" });
    await dialog.getByRole("button", { name: "Ontgrendelen" }).click();
    await article.getByText("Geen vergrendelde perioden.").waitFor();
  });
});
