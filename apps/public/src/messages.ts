/**
 * The Dutch strings of the layout and the pages that share them (ready for a second language).
 * Strings used by one page only live in `messages/<page>.ts`, so they load with that page and
 * stay out of the landing page's JavaScript.
 */

export const messages = {
  siteName: "Zorgpact",

  layout: {
    brand: "Zorgpact",
    navLabel: "Hoofdmenu",
    navHome: "Home",
    navPacts: "Zorgpacten",
    navMap: "Kaart",
    navShowcase: "Koplopers",
    navResults: "Resultaten en effecten",
    navProgramme: "Landelijke totalen",
    navReport: "Rapportage",
    navBarriers: "Ruimte in de regels",
    navRegulations: "Regelingen",
    navAgenda: "Agenda",
    navSearch: "Zoeken",
    navOpenData: "Open data",
    footerNavLabel: "Over deze website",
    footerAccessibility: "Toegankelijkheid",
    footerOpenData: "Open data (CC0)",
    footerAbout: "Het Zorgpact is een programma van de ministeries van VWS, OCW en SZW.",
    footerMotto: "De regio is aan zet, het Zorgpact faciliteert.",
  },

  home: {
    heading: "Het Zorgpact",
    lead: "Zorg en welzijn, onderwijs en overheid werken in de regio samen aan goed opgeleide professionals, zodat iedereen de best mogelijke zorg krijgt.",
    intro:
      "Samen vormen zij de gouden driehoek. Het doel: een betere aansluiting tussen onderwijs en arbeidsmarkt in zorg en welzijn, zodat professionals goed zijn toegerust.",
    motto: "De regio is aan zet, het Zorgpact faciliteert.",
    mottoExplained:
      "Regio's bepalen hun eigen agenda. Het landelijke Zorgpact-team verbindt, neemt belemmeringen weg en maakt de voortgang in de regio's zichtbaar.",
    toList: "Bekijk alle zorgpacten",
    figuresHeading: "Het programma in cijfers",
    kindsHeading: "Zorgpacten per soort",
    phasesHeading: "Fase van samenwerking",
    phasesIntro:
      "Regionale zorgpacten doorlopen vier fasen van samenwerking. De tabel telt de gepubliceerde regionale zorgpacten naar de fase waarin ze nu zitten; broedplaatsen en koplopers tellen niet mee.",
    phasesCaption: "Gepubliceerde regionale zorgpacten per huidige fase",
    phaseColumn: "Fase",
    countColumn: "Aantal",
    shareColumn: "Aandeel",
    themesHeading: "Thema's",
    themesCaption: "Aantal regionale zorgpacten en koplopers per thema",
    themeColumn: "Thema",
    regionalColumn: "Regionale zorgpacten",
    frontRunnerColumn: "Koplopers",
    noFigures: "Er zijn nog geen cijfers beschikbaar.",
    noThemes: "Er zijn nog geen thema's gekoppeld aan zorgpacten.",
    barriersHeading: "Ruimte in de regels",
    barriersLabel: (n: number) => (n === 1 ? "drempel in wet- en regelgeving behandeld" : "drempels in wet- en regelgeving behandeld"),
    barriersNote: "Geteld uit de beantwoorde drempels in het register op deze site.",
    barriersLink: "Bekijk de vragen en antwoorden",
    exploreHeading: "Verder kijken",
    explore: [
      { to: "/zorgpacten", title: "Zorgpacten", text: "Alle regionale zorgpacten, koplopers en broedplaatsen, met filters." },
      { to: "/kaart", title: "Kaart", text: "Waar de regionale zorgpacten zitten, op de kaart of in een tabel." },
      { to: "/koplopers", title: "Koplopers", text: "De Kopgroep: aanpakken met zichtbare resultaten, op thema, regio en doelgroep." },
      {
        to: "/resultaten-en-effecten",
        title: "Resultaten en effecten",
        text: "Welke resultaten en effecten zorgpacten en koplopers nastreven, met aantallen.",
      },
      {
        to: "/ruimte-in-de-regels",
        title: "Ruimte in de regels",
        text: "Vragen over wet- en regelgeving en de antwoorden van de ministeries; meld zelf een drempel.",
      },
      { to: "/regelingen", title: "Regelingen", text: "Regelingen en subsidies van OCW, VWS en SZW, met de zorgpacten die ze financierden." },
      { to: "/zoeken", title: "Zoeken", text: "Zoek in zorgpacten, koplopers en thema's." },
      { to: "/open-data", title: "Open data", text: "Alle gepubliceerde gegevens als CSV, JSON en via een API, vrij te gebruiken." },
    ],
  },

  /** The phase names of figure 3, kept here so the landing page needs no schema library (a test compares them with the domain). */
  phaseNames: {
    1: "Kaderen van de uitdaging",
    2: "Richten van de inzet",
    3: "Mobiliseren van de uitvoering",
    4: "Verankeren",
  },

  notFound: {
    title: "Pagina niet gevonden",
    heading: "Pagina niet gevonden",
    body: "Deze pagina bestaat niet (meer). Misschien is het adres niet helemaal juist.",
    pactTitle: "Zorgpact niet gevonden",
    pactHeading: "Zorgpact niet gevonden",
    pactBody: "We kunnen dit zorgpact niet vinden. Misschien is het adres niet juist, of is het zorgpact (nog) niet gepubliceerd.",
    toList: "Bekijk alle zorgpacten",
    toHome: "Naar de homepage",
  },

  error: {
    title: "Er ging iets mis",
    heading: "Er ging iets mis",
    body: "Deze pagina kon niet worden geladen. Probeer het opnieuw.",
  },
} as const;
