/** Strings shared by many admin pages: buttons, form states, conflict handling. */
export const commonMessages = {
  save: "Opslaan",
  saving: "Bezig met opslaan…",
  saved: "De wijzigingen zijn opgeslagen.",
  cancel: "Annuleren",
  edit: "Bewerken",
  remove: "Verwijderen",
  optional: "(optioneel)",
  checkFields: "Controleer de gemarkeerde velden.",
  choose: "Maak een keuze",
  none: "Geen",
  yes: "Ja",
  no: "Nee",
  nothingChanged: "Er is niets gewijzigd.",
  loadLatest: "Nieuwste versie laden",
  loadingLatest: "Bezig met laden…",
  latestFailed: "De nieuwste versie kon niet worden geladen. Probeer het opnieuw.",
  latestGone: "Dit bestaat niet meer, of staat niet meer in deze lijst. Wat je typte staat nog in het formulier.",
  invalidAmount: "Geef een bedrag in euro's, bijvoorbeeld 10.000 of 2.500,50.",
  invalidNumber: "Geef een getal, bijvoorbeeld 53,2.",
  actions: "Acties",
  searchSubmit: "Zoeken",
  clear: "Filters wissen",
  retired: "(niet meer in gebruik)",
  unknownError: "Dit is niet gelukt. Controleer je verbinding en probeer het opnieuw.",
} as const;

/** The admin navigation links of the national administration pages. */
export const adminNavMessages = {
  organisations: "Organisaties",
  regions: "Regio's",
  taxonomies: "Taxonomieën",
  frontRunners: "Koplopers",
} as const;
