/** Dutch strings of the region list page (`/regios`). */
export const regionsListMessages = {
  title: "Regio's",
  heading: "Regio's",
  intro: "Regio's met de provincies die ze beslaan en een punt op de kaart.",
  caption: "Regio's",
  count: (n: number) => (n === 1 ? "1 regio" : `${n} regio's`),
  empty: "Er zijn nog geen regio's.",
  columns: { name: "Naam", provinces: "Provincies", point: "Punt op de kaart", pacts: "Gepubliceerde zorgpacten" },
  newRegion: "Nieuwe regio",
  edit: "Bewerken",
  editOf: (name: string) => ` ${name}`,
  point: (lat: string, lon: string) => `${lat} N, ${lon} O`,
} as const;
