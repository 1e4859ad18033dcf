/** The new-pact page (pages/pact-new, `/zorgpacten/nieuw`). */
export const pactNewMessages = {
  title: "Nieuw zorgpact",
  heading: "Nieuw zorgpact",
  intro: "Een nieuw zorgpact begint als concept. Partners, fase en de rest vul je daarna in.",
  kind: "Soort",
  name: "Naam",
  slug: "Webadres",
  slugHint: (slug: string) =>
    `Het adres op de publieke site: /zorgpacten/${slug || "…"}. Alleen kleine letters, cijfers en koppeltekens. Voorgesteld op basis van de naam; is dat adres al in gebruik, dan komt er een nummer achter.`,
  slugHintOwn: (slug: string) => `Het adres op de publieke site: /zorgpacten/${slug || "…"}. Alleen kleine letters, cijfers en koppeltekens.`,
  region: "Regio",
  description: "Beschrijving",
  startDate: "Startdatum",
  contactName: "Contactpersoon",
  contactEmail: "E-mailadres contactpersoon",
  create: "Zorgpact aanmaken",
  creating: "Bezig met aanmaken…",
} as const;
