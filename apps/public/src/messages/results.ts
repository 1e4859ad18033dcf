/** Dutch strings of one page; loaded with that page only, so they stay out of the landing page's JavaScript. */
import { formatNumber } from "@zorgpact/ui/format.ts";

export const resultsMessages = {
  title: "Resultaten en effecten",
  heading: "Resultaten en effecten",
  lead: "Welke resultaten en effecten noemen de regionale zorgpacten en koplopers in hun effectketen? Per resultaatgebied en per effectcategorie zie je hoeveel zorgpacten en koplopers het noemen, en welk deel dat is van allen die hebben gerapporteerd (N): de gepubliceerde zorgpacten met ten minste één resultaat of effect in hun effectketen.",
  source:
    "De publicatie van het Zorgpact (2018) haalde deze cijfers uit een enquête onder 12 regionale zorgpacten en 23 koplopers. Hier worden ze berekend uit de gepubliceerde effectketens, dus ze veranderen mee met de gegevens.",
  nHeading: "Aantallen (N)",
  nRegional: (n: number) => `Regionale zorgpacten die hebben gerapporteerd: N = ${formatNumber(n)}`,
  nFrontRunners: (n: number) => `Koplopers die hebben gerapporteerd: N = ${formatNumber(n)}`,
  resultAreasHeading: "Resultaatgebieden",
  resultAreasIntro: "Beoogde resultaten: producten en diensten met afgesproken kwaliteit.",
  effectsHeading: "Effecten per doelgroep",
  effectsIntro: "Beoogde effecten: de gevolgen van die producten en diensten voor studenten, zorggebruikers en zorgmedewerkers.",
  otherGroup: "Overig",
  resultCaption: (group: string) => `Resultaatgebied: ${group}`,
  effectCaption: (group: string) => `Effecten voor ${group.toLowerCase()}`,
  termColumnResult: "Resultaatgebied",
  termColumnEffect: "Effectcategorie",
  regionalColumn: (n: number) => `Regionale zorgpacten (N = ${formatNumber(n)})`,
  frontRunnerColumn: (n: number) => `Koplopers (N = ${formatNumber(n)})`,
  cell: (count: number, share: string) => `${formatNumber(count)} (${share})`,
  noShare: "geen N",
  empty: "Er zijn nog geen resultaatgebieden of effectcategorieën vastgelegd.",
  demoNote: "Demodata: de effectketens waaruit deze cijfers komen zijn voorbeeldgegevens, verzonnen voor de demonstratie.",
  reportIntro: "Alle figuren van de publicatie staan in de",
  reportLink: "landelijke rapportage",
} as const;
