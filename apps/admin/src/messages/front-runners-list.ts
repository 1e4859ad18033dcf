/** Dutch strings of the front-runner list page (`/koplopers`). */
export const frontRunnersListMessages = {
  title: "Koplopers",
  heading: "Koplopers en aanmeldingen",
  intro: "Aanmeldingen via het formulier op de publieke site, de beoordeling aan de hand van de criteria, en de toegelaten koplopers.",
  filtersLabel: "Koplopers filteren",
  status: "Toelatingsstatus",
  allStatuses: "Alle statussen",
  search: "Zoeken op naam",
  submit: "Toon resultaten",
  clear: "Filters wissen",
  caption: "Koplopers en aanmeldingen",
  count: (n: number) => (n === 0 ? "Geen koplopers gevonden" : n === 1 ? "1 koploper gevonden" : `${n} koplopers gevonden`),
  empty: "Er zijn geen koplopers of aanmeldingen die passen bij deze filters.",
  columns: { name: "Naam", status: "Toelating", publication: "Publicatie", region: "Regio", updated: "Laatst gewijzigd" },
  open: "Beoordelen",
  openOf: (name: string) => ` ${name}`,
  noRegion: "Geen regio",
} as const;
