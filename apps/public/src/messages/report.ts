/** Dutch strings of the public report page; loaded with that page only. */
export const reportPageMessages = {
  title: "Landelijke rapportage",
  heading: "Landelijke rapportage",
  lead: "De cijfers waarover het landelijke Zorgpact-team rapporteert aan de ministeries van VWS, OCW en SZW: berekend uit wat de zorgpacten op dit platform vastleggen, met per figuur wat er geteld is en het aantal waarover een aandeel gaat (N).",
  controlsLabel: "Welke rapportage",
  liveHeading: "Actuele cijfers",
  liveIntro: "Kies een jaar of een andere periode. De figuren over de tijd lopen tot het eind van de periode; de andere tonen de stand van nu.",
  publishedHeading: "Gepubliceerde rapportages",
  publishedIntro:
    "Elk jaar legt het landelijke team de rapportage vast. Een gepubliceerde rapportage verandert niet meer, ook niet als zorgpacten later iets wijzigen.",
  noneYet: "Er is nog geen rapportage gepubliceerd.",
  editionLink: (title: string, edition: number, date: string) => `${title}${edition > 1 ? `, editie ${edition}` : ""} (vastgesteld op ${date})`,
  current: "(wordt getoond)",
  backToLive: "Terug naar de actuele cijfers",
  snapshotNotFound: "Deze gepubliceerde rapportage bestaat niet (meer). Bekijk de actuele cijfers of een andere editie.",
} as const;
