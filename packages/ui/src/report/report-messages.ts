/** Dutch strings of the national report's shared components (both apps show the same report). */
export const reportMessages = {
  kicker: "Zorgpact",
  period: (from: string, to: string) => `Periode: ${from} tot en met ${to}`,
  liveTakenAt: (when: string) => `Actuele cijfers, geteld op ${when}. Ze veranderen zodra zorgpacten hun gegevens bijwerken.`,
  published: (edition: number, when: string) =>
    `Gepubliceerde rapportage${edition > 1 ? `, editie ${edition}` : ""}, vastgesteld op ${when}. Latere wijzigingen in zorgpacten veranderen deze cijfers niet.`,
  publishedBy: (name: string) => `Gepubliceerd door ${name}.`,
  demo: "Demodata: deze cijfers zijn berekend uit demonstratiegegevens van dit platform, niet uit echte gegevens van zorgpacten.",
  aboutN:
    "Elke figuur zegt wat er geteld is. N is het aantal waarover een aandeel is berekend: bij resultaten en effecten de zorgpacten die hebben gerapporteerd (met een effectketen), bij de vragen aan koplopers de koplopers die de vraag hebben beantwoord. Alle aantallen staan in de tabel bij elke grafiek.",
  tocHeading: "Inhoud",
  tocLabel: "Inhoud van de rapportage",
  figureHeading: (number: number | null, title: string) => (number === null ? title : `Figuur ${number}. ${title}`),
  timeBasis: {
    moment: (when: string) => `Stand op ${when}.`,
    period: (from: string, to: string) => `Door de tijd, tot en met ${to} (periode vanaf ${from}).`,
  },
  fromPublication: (number: number) =>
    `Naar figuur ${number} van de publicatie 'Zorgpact: samen op weg naar beter' (Platform31, 2018), hier berekend uit de gegevens van de zorgpacten.`,
  tableCaption: (heading: string) => `Tabel: ${heading}`,
  tableLabel: (heading: string) => `Tabel bij ${heading}`,
  rowColumn: "Onderdeel",
  nColumn: "N",
  sourceColumn: "Bron",
  platformSource: "Dit platform",
  columnHeading: (label: string, n: number | null) => (n === null ? label : `${label} (N=${n})`),
  countOnly: (count: string) => count,
  countAndShare: (count: string, share: string) => `${count} (${share})`,
  noShare: "geen aandeel: N is 0",
  chartLegend: "Legenda",
  barText: (series: string, value: string) => `${series}: ${value}`,
  notesLabel: "Opmerkingen",
} as const;
