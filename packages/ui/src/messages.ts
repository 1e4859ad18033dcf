/** Dutch strings of the shared components; each app keeps its own page strings. */
export const uiMessages = {
  loading: "Bezig met laden…",
  errorTitle: "Er ging iets mis",
  errorBody: "De gegevens konden niet worden opgehaald. Controleer je verbinding en probeer het opnieuw.",
  retry: "Opnieuw proberen",
  empty: "Er is niets gevonden.",
  skipLink: "Naar de inhoud",
  paginationLabel: "Paginering",
  previous: "Vorige",
  previousPage: "Vorige pagina",
  next: "Volgende",
  nextPage: "Volgende pagina",
  pageOf: (page: number, pageCount: number) => `Pagina ${page} van ${pageCount}`,
} as const;
