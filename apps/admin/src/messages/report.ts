/** Dutch labels of the report pages. */
import type { AuditLabels } from "./audit-paths.ts";
export const reportMessages = {
  nav: "Rapportage",
  title: "Landelijke rapportage",
  heading: "Landelijke rapportage",
  lead: "De figuren waarover het landelijke team rapporteert aan de ministeries, berekend uit wat de zorgpacten vastleggen. Ze tellen wat het publiek ziet: gepubliceerde zorgpacten en toegelaten koplopers. Publiceer de rapportage van een jaar om haar vast te leggen; de publieke site toont dezelfde rapportage.",
  controlsLabel: "Rapportage kiezen en publiceren",
  liveHeading: "Actuele cijfers",
  liveIntro: "Kies een jaar of een andere periode. De figuren over de tijd lopen tot het eind van de periode; de andere tonen de stand van nu.",
  publish: (what: string) => `Publiceer de rapportage over ${what}`,
  publishTitle: (what: string) => `Rapportage over ${what} publiceren?`,
  publishBody:
    "De cijfers worden vastgelegd zoals ze nu zijn en verschijnen op de publieke site. Latere wijzigingen in zorgpacten veranderen deze rapportage niet. Dit kan niet ongedaan worden gemaakt; publiceer je dezelfde periode later opnieuw, dan wordt dat een volgende editie.",
  publishConfirm: "Ja, publiceer",
  publishing: "Bezig met publiceren…",
  published: (title: string, edition: number) => `${title}${edition > 1 ? `, editie ${edition},` : ""} is gepubliceerd. Je ziet nu de vastgelegde rapportage.`,
  publishFailed: "Publiceren is niet gelukt. Probeer het opnieuw.",
  cancel: "Annuleren",
  periodYear: (year: number) => String(year),
  periodRange: (from: string, to: string) => `${from} tot en met ${to}`,
  publishedHeading: "Gepubliceerde rapportages",
  publishedIntro: "Vastgelegde rapportages, naast de actuele cijfers. Ze veranderen niet meer.",
  noneYet: "Er is nog geen rapportage gepubliceerd.",
  editionsCaption: "Gepubliceerde rapportages",
  titleColumn: "Rapportage",
  editionColumn: "Editie",
  publishedAtColumn: "Vastgesteld op",
  show: (title: string, edition: number) => `Bekijk ${title}, editie ${edition}`,
  shown: "wordt getoond",
  backToLive: "Terug naar de actuele cijfers",
  snapshotNotFound: "Deze gepubliceerde rapportage bestaat niet (meer).",
} as const;

/** Dutch names of the report procedures in the audit log. */
export const reportAuditActions = {
  "report.publish": "Landelijke rapportage publiceren",
} satisfies AuditLabels;
