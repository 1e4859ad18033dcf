/** Dutch strings of the organisation register's list page (`/organisaties`). */
export const organisationsListMessages = {
  title: "Organisaties",
  heading: "Organisaties",
  intro:
    "Het register van organisaties die aan zorgpacten deelnemen. Voeg een organisatie één keer toe en maak haar partner van elk zorgpact waar ze aan meedoet.",
  filtersLabel: "Organisaties filteren",
  search: "Zoeken op naam of plaats",
  sector: "Sector",
  allSectors: "Alle sectoren",
  submit: "Toon resultaten",
  clear: "Filters wissen",
  caption: "Organisaties",
  count: (n: number) => (n === 0 ? "Geen organisaties gevonden" : n === 1 ? "1 organisatie gevonden" : `${n} organisaties gevonden`),
  empty: "Er zijn geen organisaties die passen bij deze filters.",
  columns: { name: "Naam", sector: "Sector", level: "Niveau", place: "Plaats", pacts: "Zorgpacten" },
  newOrganisation: "Nieuwe organisatie",
  edit: "Bewerken",
  editOf: (name: string) => ` ${name}`,
  saved: (name: string) => `Organisatie ${name} is opgeslagen.`,
} as const;
