import type { ImportRowStatus } from "@zorgpact/domain/measurement-import";
import { formatNumber } from "@zorgpact/ui/format.ts";

const rows = (n: number) => `${formatNumber(n)} ${n === 1 ? "rij" : "rijen"}`;
const measurements = (n: number) => `${formatNumber(n)} ${n === 1 ? "meting" : "metingen"}`;

/** The agenda's measurements export and import (pages/agenda/Import*, Export*). */
export const importMessages = {
  heading: "Metingen importeren",
  intro:
    "Lees metingen in uit een CSV- of Excel-bestand (XLSX), bijvoorbeeld de export hieronder nadat je hem hebt bijgewerkt. Eerst zie je per rij wat er verandert; pas daarna importeer je.",
  columns:
    "Kolommen: Indicator (de naam) of Indicator-ID, Datum (JJJJ-MM-DD of DD-MM-JJJJ), Waarde (met komma of punt), Bron en Toelichting. De eerste rij bevat de kolomnamen. Metingen die niet in het bestand staan, blijven zoals ze zijn.",
  file: "Bestand (CSV of XLSX)",
  tooLarge: (mb: number) => `Het bestand is groter dan ${mb} MB.`,
  unreadable: "Het bestand kon niet worden gelezen.",
  checking: (name: string) => `Bezig met controleren van ${name}…`,
  applying: (n: number) => `Bezig met importeren van ${rows(n)}…`,
  progressLabel: "Voortgang",
  caption: (file: string) => `Voorbeeld van de import uit ${file}`,
  noRows: "Het bestand bevat geen metingen.",
  skipped: (n: number) => `${rows(n)} zonder datum en waarde overgeslagen (zoals de regels van het sjabloon).`,
  summaryHeading: "Wat de import doet",
  allUnchanged: "Alles in het bestand is al zo vastgelegd; er is niets te importeren.",
  ready: (changes: number) => `Klaar om te importeren: ${measurements(changes)} ${changes === 1 ? "verandert" : "veranderen"}.`,
  fixFirst: "Verbeter eerst de rijen met een fout in het bestand en kies het opnieuw; er wordt niets geïmporteerd zolang er een fout in staat.",
  status: {
    new: "Nieuw",
    updated: "Gewijzigd",
    unchanged: "Ongewijzigd",
    error: "Fout",
  } satisfies Record<ImportRowStatus, string>,
  statusCount: {
    new: (n: number) => `${measurements(n)} nieuw`,
    updated: (n: number) => `${measurements(n)} gewijzigd`,
    unchanged: (n: number) => `${measurements(n)} ongewijzigd`,
    error: (n: number) => `${rows(n)} met een fout`,
  } satisfies Record<ImportRowStatus, (n: number) => string>,
  filterLegend: "Toon",
  filterAll: (n: number) => `Alle (${formatNumber(n)})`,
  filterStatus: (label: string, n: number) => `${label} (${formatNumber(n)})`,
  shown: (from: number, to: number, total: number) => `${formatNumber(from)} tot en met ${formatNumber(to)} van ${formatNumber(total)} getoond`,
  row: "Rij",
  indicator: "Indicator",
  date: "Datum",
  value: "Waarde",
  source: "Bron",
  note: "Toelichting",
  statusColumn: "Status",
  before: "was",
  changedTo: (before: string, after: string) => `${before} → ${after}`,
  empty: "(leeg)",
  commit: (n: number) => `${measurements(n)} importeren`,
  committing: "Bezig met importeren…",
  done: (created: number, updated: number, unchanged: number, file: string) =>
    `Geïmporteerd uit ${file}: ${measurements(created)} nieuw, ${measurements(updated)} gewijzigd, ${measurements(unchanged)} ongewijzigd.`,
  nothingDone: (file: string) => `Niets geïmporteerd uit ${file}: alles was al zo vastgelegd.`,
  chooseAgain: "Kies het bestand opnieuw om een nieuw voorbeeld te zien.",
} as const;

export const exportMessages = {
  heading: "Exporteren",
  intro:
    "Download de metingen van alle indicatoren als één tabel. Bewerk hem in Excel en importeer hem weer: gewijzigde waarden worden bijgewerkt, nieuwe datums toegevoegd.",
  measurementsHeading: "Metingen",
  csv: "Metingen als CSV (Excel)",
  xlsx: "Metingen als XLSX",
  templateHeading: "Sjabloon",
  templateIntro: "Dezelfde kolommen met een regel per indicator en nog geen waarden.",
  templateCsv: "Sjabloon als CSV",
  templateXlsx: "Sjabloon als XLSX",
  agendaHeading: "Hele actieagenda",
  agendaIntro: "Vraagstukken, ambities, keten, indicatoren en metingen, een werkblad per onderdeel. Om te lezen; importeren doe je met de tabel met metingen.",
  agendaXlsx: "Actieagenda als XLSX",
  busy: "Bezig met exporteren…",
  done: (file: string) => `${file} is gedownload.`,
} as const;
