/** The taxonomy term form (pages/taxonomies TermForm) and the kinds' names. */
export const taxonomyMessages = {
  kinds: {
    theme: "Thema's",
    result_domain: "Resultaatdomeinen",
    result_area: "Resultaatgebieden",
    target_group: "Doelgroepen",
    effect_category: "Effectcategorieën",
  },
  newHeading: (kind: string) => `Nieuwe term in ${kind.toLowerCase()}`,
  label: "Naam",
  parent: "Valt onder",
  parentHint: {
    result_area: "Het resultaatdomein waar dit resultaatgebied onder valt.",
    effect_category: "De doelgroep waar deze effectcategorie bij hoort.",
  },
  sortOrder: "Volgorde",
  sortOrderHint: "Een lager getal staat hoger in de lijst.",
  create: "Term toevoegen",
  editHeading: (label: string) => `Term bewerken: ${label}`,
  save: "Term opslaan",
  latestLoaded: "De nieuwste versie is geladen. Wat je typte staat nog in het formulier; sla opnieuw op om het te bewaren.",
} as const;
