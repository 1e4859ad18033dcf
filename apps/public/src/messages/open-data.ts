/** Dutch strings of one page; loaded with that page only, so they stay out of the landing page's JavaScript. */

export const openDataMessages = {
  title: "Open data",
  heading: "Open data",
  lead: "Alle gepubliceerde gegevens van het Zorgpact zijn vrij te gebruiken: als download in CSV of JSON, en via een API.",
  licenceHeading: "Licentie",
  licence:
    "De gegevens vallen onder CC0 1.0: publiek domein. Je mag ze zonder voorwaarden gebruiken, bewerken en verspreiden, ook commercieel. Bronvermelding wordt gewaardeerd maar is niet verplicht.",
  licenceLink: "CC0 1.0 Universeel (Creative Commons)",
  publishedOnly: "Alleen gepubliceerde gegevens staan erin: concepten en gearchiveerde zorgpacten nooit.",
  downloadsHeading: "Downloads",
  downloadsIntro:
    "Elke gegevensset als standaard-CSV (UTF-8, komma's, met de veldnamen van de API als kopregel), als CSV voor Excel in het Nederlands (puntkomma's, decimale komma's en Nederlandse kolomnamen; opent met een dubbelklik goed) en als JSON met dezelfde rijen. Lijsten in een cel, zoals thema's, zijn gescheiden door een puntkomma.",
  downloadsCaption: "Gegevenssets",
  datasetColumn: "Gegevensset",
  contentColumn: "Inhoud",
  downloadColumn: "Download",
  apiColumn: "API",
  csv: (name: string) => `CSV van ${name}`,
  json: (name: string) => `JSON van ${name}`,
  excelCsv: (name: string) => `CSV voor Excel (NL) van ${name}`,
  excelCsvShort: "CSV voor Excel (NL)",
  columnsHeading: "Kolommen",
  columnsIntro:
    "De CSV voor Excel (NL) heeft Nederlandse kolomnamen; de standaard-CSV en de JSON gebruiken de veldnamen van de API. Per gegevensset staan ze hieronder naast elkaar.",
  columnsCaption: (name: string) => `Kolommen van ${name}`,
  dutchHeaderColumn: "Kolom (CSV voor Excel)",
  apiFieldColumn: "Veldnaam (CSV en JSON)",
  datasets: {
    pacts: { name: "Zorgpacten", content: "Landelijk zorgpact, regionale zorgpacten, koplopers en broedplaatsen met regio, fase, thema's en borging" },
    partners: { name: "Partners", content: "Deelnemende organisaties per zorgpact, met sector, niveau en rol" },
    "chain-nodes": { name: "Effectketens", content: "Input, activiteiten, resultaten en effecten per zorgpact" },
    "chain-links": { name: "Verbanden", content: "Welke stap in de effectketen tot welke volgende stap leidt" },
    indicators: { name: "Indicatoren", content: "Indicatoren bij resultaten en effecten, met nulmeting en streefwaarde" },
    measurements: { name: "Metingen", content: "Metingen van de indicatoren, met datum en bron" },
    breakdowns: {
      name: "Uitsplitsingen",
      content: "Goedgekeurde metingen uitgesplitst naar bijvoorbeeld mbo-niveau of geslacht: één rij per categorie, met totaal, datum en bron",
    },
    barriers: { name: "Ruimte in de regels", content: "Beantwoorde drempels met ministerie, uitkomst en antwoord, zonder gegevens van de indiener" },
    regulations: { name: "Regelingen", content: "Regelingen en subsidies van OCW, VWS en SZW, met looptijd, budget en aantal gehonoreerde zorgpacten" },
    events: { name: "Agenda", content: "Gepubliceerde bijeenkomsten met soort, tijden, locatie, zorgpacten, regio's en thema's" },
  },
  apiHeading: "API",
  apiIntro:
    "De API is alleen-lezen en volgt de API-ontwerpregels van de Nederlandse overheid: de versie staat in het pad (/v1) en in de kop API-Version, lijsten zijn gepagineerd met page en pageSize, en fouten komen als application/problem+json.",
  openapi: "OpenAPI-beschrijving (/v1/openapi.json)",
  example: "Voorbeeld: de eerste 20 zorgpacten",
  cachingNote: "Antwoorden mogen vijf minuten bewaard worden en hebben een ETag, zodat een herhaald verzoek goedkoop is.",
} as const;
