/** Dutch strings of one page; loaded with that page only, so they stay out of the landing page's JavaScript. */

export const accessibilityMessages = {
  title: "Toegankelijkheid",
  heading: "Toegankelijkheidsverklaring",
  lead: "Het Zorgpact wil dat iedereen deze website kan gebruiken, ook met een beperking of met hulpmiddelen zoals een schermlezer of alleen een toetsenbord.",
  standardHeading: "Norm",
  standard: "Deze website moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, zoals de Europese norm EN 301 549 vraagt.",
  statusHeading: "Stand van zaken",
  status:
    "Deze website voldoet gedeeltelijk aan WCAG 2.1 AA: de automatische controles vinden geen fouten, een onderzoek door een onafhankelijke deskundige heeft nog niet plaatsgevonden.",
  measuresHeading: "Wat we doen",
  measures: [
    "Bij elke wijziging controleren browsertests elke pagina met axe-core op WCAG 2.1 A en AA, ook de tabelweergave van de kaart.",
    "Alle pagina's zijn met alleen het toetsenbord te gebruiken; een link 'Naar de inhoud' slaat het menu over.",
    "De kaart heeft een tabel met dezelfde gegevens, en grafieken staan ook als getallen in een tabel.",
    "Teksten en knoppen hebben voldoende kleurcontrast; de focus is altijd zichtbaar.",
    "Getallen en datums staan in Nederlandse notatie.",
  ],
  limitationsHeading: "Bekende beperkingen",
  limitations: [
    "Downloads in CSV en JSON zijn bedoeld voor hergebruik in andere programma's; de inhoud staat ook op de gewone pagina's.",
    "De kaart toont regio's bij benadering; de tabel is de volledige weergave.",
  ],
  contactHeading: "Contact",
  contact: "Loop je tegen een probleem aan? Meld het bij het landelijke Zorgpact-team. Je krijgt binnen vijf werkdagen een reactie.",
  dateHeading: "Datum",
  drawnUpOn: (date: string) => `Deze verklaring is opgesteld op ${date} en wordt elk jaar herzien.`,
  drawnUpDate: "2026-11-23",
} as const;
