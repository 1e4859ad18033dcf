/** Dutch strings of the shared form pieces (useZodForm, FormProblem, ConflictNotice). */
export const formMessages = {
  errorTitle: "Er ging iets mis",
  checkFields: "Controleer de gemarkeerde velden.",
  failed: "Dit is niet gelukt. Controleer je verbinding en probeer het opnieuw.",
  saving: "Bezig met opslaan…",
  save: "Opslaan",
  saved: "De wijzigingen zijn opgeslagen.",
  nothingChanged: "Er is niets gewijzigd.",
  loadLatest: "Nieuwste versie laden",
  loadingLatest: "Bezig met laden…",
  latestLoaded: "De nieuwste versie is geladen. Wat je typte staat nog in het formulier; vergelijk het met wat nu is opgeslagen en sla opnieuw op.",
  latestFailed: "De nieuwste versie kon niet worden geladen. Probeer het opnieuw.",
} as const;
