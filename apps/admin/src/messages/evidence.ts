/** Evidence behind a measurement or a Volgspot (pages/agenda/EvidenceSection.tsx, the Volgspot year page). */
import { EVIDENCE_MAX_MB } from "@zorgpact/domain/evidence";
import type { AuditLabels } from "./audit-paths.ts";

export const evidenceMessages = {
  heading: "Bewijsstukken",
  measurementSummary: (count: number) => (count === 1 ? "Bewijsstukken bij de metingen (1 meting)" : `Bewijsstukken bij de metingen (${count} metingen)`),
  measurementPicker: "Meting",
  measurementOption: (date: string, value: string) => `${date}: ${value}`,
  intro: `Een rapport, foto, werkblad of link die onderbouwt wat hier staat. Bestanden: PDF, PNG, JPEG, WebP, XLSX, ODS of CSV, hoogstens ${EVIDENCE_MAX_MB} MB; het type wordt aan de inhoud herkend.`,
  isPublic: "Openbaar: deze meting staat op de publieke site, en de bewijsstukken bij de meting dus ook.",
  notPublic: "Niet openbaar: alleen redacteuren van dit zorgpact en het landelijke team zien deze bewijsstukken.",
  volgspotNotPublic: "Bewijsstukken bij een Volgspot zijn nooit openbaar: alleen redacteuren van dit zorgpact en het landelijke team zien ze.",
  loading: "Bewijsstukken laden…",
  loadFailed: "De bewijsstukken konden niet worden geladen.",
  empty: "Nog geen bewijsstukken.",
  listLabel: "Bewijsstukken",
  link: "link",
  addedBy: (who: string | null, when: string) => (who ? `toegevoegd door ${who} op ${when}` : `toegevoegd op ${when}`),
  remove: "Verwijderen",
  removeLabel: (label: string) => `${label} verwijderen`,
  confirmTitle: "Bewijsstuk verwijderen?",
  confirmBody: (label: string) => `“${label}” wordt verwijderd. Dit kan niet ongedaan worden gemaakt.`,
  confirm: "Verwijderen",
  cancel: "Annuleren",
  removing: "Bezig met verwijderen…",
  removed: (label: string) => `“${label}” is verwijderd.`,
  fileLegend: "Bestand toevoegen",
  file: "Bestand",
  fileMissing: "Kies een bestand.",
  fileTooLarge: `Het bestand is groter dan ${EVIDENCE_MAX_MB} MB.`,
  title: "Titel (niet verplicht)",
  attach: "Bestand toevoegen",
  attaching: "Bezig met toevoegen…",
  attached: (label: string) => `“${label}” is toegevoegd.`,
  linkLegend: "Link toevoegen",
  url: "Webadres (https://…)",
  addLink: "Link toevoegen",
  addingLink: "Bezig met toevoegen…",
  failed: "Dat is niet gelukt. Probeer het opnieuw.",
};

export const evidenceAuditActions = {
  "evidence.attachFile": "Bewijsstuk (bestand) toevoegen",
  "evidence.addLink": "Bewijsstuk (link) toevoegen",
  "evidence.remove": "Bewijsstuk verwijderen",
  "evidence.list": "Bewijsstukken bekijken",
} satisfies AuditLabels;
