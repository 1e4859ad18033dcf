import { eventFieldsSchema, type EventFieldsInput } from "@zorgpact/domain/event";
import { insertEvent } from "../repositories/event.repository.ts";
import type { Ids, Trx } from "./demo.ts";

/**
 * The agenda's demo records. The meetings the seeds name keep their facts (date, organiser, number
 * of participants, place) and say where they come from; whatever is invented (times, dates that
 * the seeds leave open, the meetings after 2017) says "Demodata" in its source note, which the
 * event page shows.
 */
interface EventSeed extends Omit<EventFieldsInput, "pactIds" | "themeIds"> {
  pacts?: readonly string[];
  themes?: readonly string[];
}

const DEMO_TIMES = "Demodata: begin- en eindtijd zijn verzonnen.";

export const demoEvents: readonly EventSeed[] = [
  {
    kind: "national_working_day",
    title: "Tweede Landelijke Werkdag Zorgpact",
    description:
      "Op deze dag delen 500 deelnemers uit onderwijs, zorg & welzijn en overheid de resultaten van het afgelopen jaar. Ook worden succesvolle aanpakken en uitdagingen gedeeld en wordt vooruitgeblikt naar de toekomst.",
    startsAt: "2016-12-08T09:30",
    endsAt: "2016-12-08T16:30",
    organiser: "Het landelijke Zorgpact-team",
    expectedParticipants: 500,
    pacts: ["landelijk-zorgpact"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Permanent leren"],
    sourceNote: `Bron: brief van de ministers aan de Tweede Kamer over de eerste resultaten van het Zorgpact (2016): op 8 december de tweede Landelijke Werkdag Zorgpact met 500 deelnemers. De locatie staat niet in de bron. ${DEMO_TIMES}`,
    published: true,
  },
  {
    kind: "thematic_meeting",
    title: "Sociaal werk in het Zorgpact",
    description:
      "Bestuurders uit het sociaal werk in gesprek met Doekle Terpstra (aanjager Zorgpact) en zijn Zorgpactcollega's, onder leiding van Lex Staal (directeur Sociaal Werk Nederland). Gastheer is Johan Brongers, directeur-bestuurder van de Tintenwelzijnsgroep en betrokken bij het Zorgpact Noord. Met drie praktijkvoorbeelden: Professioneel samenwerken in de wijk, Learning Lab en Lerend Wijkcentrum Den Haag.",
    startsAt: "2016-10-14T13:00",
    endsAt: "2016-10-14T17:00",
    organiser: "Sociaal Werk Nederland, de Tintenwelzijnsgroep en het Zorgpact",
    pacts: ["zorgpact-noord", "professioneel-samenwerken-in-de-wijk", "learning-lab", "lerend-wijkcentrum-den-haag"],
    themes: ["Sociaal werk en preventie"],
    sourceNote: `Bron: verslag van Sociaal Werk Nederland, geplaatst op 27 oktober 2016. ${DEMO_TIMES}`,
    published: true,
  },
  {
    kind: "regional_meeting",
    title: "Resultaten Professioneel samenwerken in de wijk",
    description:
      "Het project van Hogeschool Windesheim presenteert zijn resultaten: hoe kunnen professionals, mantelzorgers en vrijwilligers beter interprofessioneel samenwerken in de wijk?",
    startsAt: "2016-11-08T14:00",
    endsAt: "2016-11-08T17:00",
    location: "Hogeschool Windesheim, Zwolle",
    organiser: "Hogeschool Windesheim",
    pacts: ["professioneel-samenwerken-in-de-wijk"],
    themes: ["Sociaal werk en preventie", "Leren in de praktijk"],
    sourceNote: `Bron: verslag van de bijeenkomst Sociaal werk in het Zorgpact (2016): de resultaten worden op 8 november 2016 bij Windesheim in Zwolle gepresenteerd. ${DEMO_TIMES}`,
    published: true,
  },
  {
    kind: "regional_meeting",
    title: "Kennismaking zorgpacten en koplopers in Noord-Holland",
    description:
      "De twee regionale Zorgpacten en de acht koplopers in Noord-Holland leren elkaar kennen en wisselen uit. De deelnemers willen graag een vervolg, bijvoorbeeld een bijeenkomst over thema's die om verdere verdieping vragen.",
    startsAt: "2017-02-16T15:00",
    endsAt: "2017-02-16T18:00",
    organiser: "Zorgpact Noord-Holland Noord en Zorgpact Amsterdam/Zaanstreek",
    pacts: ["zorgpact-noord-holland-noord", "zorgpact-amsterdam-zaanstreek", "leer-en-innovatie-netwerk"],
    sourceNote:
      "Bron: Zorgpact.nl (maart 2017), opgenomen in de publicatie Zorgpact: samen op weg naar beter (2018). Demodata: de datum en de tijden zijn verzonnen.",
    published: true,
  },
  {
    kind: "thematic_meeting",
    title: "Themabijeenkomst Zorg en technologie",
    description: "Een van de thematische bijeenkomsten voor kennisdeling tussen sectoren en regio's, over de inzet van technologie in zorg en onderwijs.",
    startsAt: "2016-06-09T13:30",
    endsAt: "2016-06-09T17:00",
    location: "Zorgtechniek Limburg, Heerlen",
    organiser: "Het landelijke Zorgpact-team",
    expectedParticipants: 80,
    actualParticipants: 72,
    pacts: ["zorgtechniek-limburg"],
    themes: ["Zorg en technologie"],
    sourceNote:
      "Bron: in het eerste jaar organiseerde het Zorgpact 10 thematische bijeenkomsten (Kamerbrief 2016). Demodata: deze bijeenkomst, de datum, de plaats en de aantallen zijn verzonnen.",
    published: true,
  },
  {
    kind: "kopgroep_meeting",
    title: "Kopgroepbijeenkomst: borging van initiatieven",
    description:
      "Koplopers delen hun ervaringen met het borgen van resultaten: onderzoek naar effectiviteit, inbedding in het curriculum en verduurzaming na de subsidie. Met handige tools over samenwerken.",
    startsAt: "2017-05-18T13:00",
    endsAt: "2017-05-18T17:00",
    location: "Utrecht",
    organiser: "Het landelijke Zorgpact-team",
    expectedParticipants: 60,
    actualParticipants: 54,
    pacts: ["wijkleercentra-achterhoek", "tinten-academie", "care-academy-veluwe"],
    themes: ["Leren in de praktijk"],
    sourceNote:
      "Bron: de publicatie van 2018 beschrijft bijeenkomsten en ontmoetingen van de Kopgroep over borging. Demodata: deze bijeenkomst, de datum, de plaats en de aantallen zijn verzonnen.",
    published: true,
  },
  {
    kind: "volgspot_session",
    title: "Volgspotbijeenkomst Zorgpact Rotterdam",
    description:
      "De partners van het Zorgpact Rotterdam reflecteren samen: hoe vertalen we ambitie en vraagstukken naar acties van partners, waar staan we in onze ambitie, en welke succes- en faalfactoren zien we?",
    startsAt: "2017-10-05T09:00",
    endsAt: "2017-10-05T12:30",
    location: "Rotterdam",
    organiser: "Gemeente Rotterdam",
    expectedParticipants: 30,
    actualParticipants: 27,
    pacts: ["zorgpact-rotterdam"],
    sourceNote:
      "Bron: eind 2017 hadden 15 van de 16 regio's een Volgspotbijeenkomst gehad (publicatie 2018). Demodata: de datum, de plaats en de aantallen zijn verzonnen.",
    published: true,
  },
  {
    kind: "thematic_meeting",
    title: "Themabijeenkomst Permanent leren",
    description: "Hoe maken zorg, welzijn en onderwijs leven lang leren mogelijk voor medewerkers in de regio? Met voorbeelden uit de Kopgroep.",
    startsAt: "2027-02-11T13:00",
    endsAt: "2027-02-11T16:30",
    location: "Utrecht",
    onlineUrl: "https://example.org/zorgpact/permanent-leren",
    organiser: "Het landelijke Zorgpact-team",
    expectedParticipants: 120,
    registrationUrl: "https://example.org/zorgpact/aanmelden",
    themes: ["Permanent leren"],
    sourceNote: "Demodata: deze bijeenkomst is verzonnen om de agenda van komende bijeenkomsten te tonen.",
    published: true,
  },
  {
    kind: "kopgroep_meeting",
    title: "Kopgroepbijeenkomst voorjaar",
    description: "Koplopers en regionale Zorgpacten wisselen uit over opschaling en financiering.",
    // The first meeting after the clock change of 28 March 2027: summer time (+02:00).
    startsAt: "2027-03-30T14:00",
    endsAt: "2027-03-30T17:00",
    location: "Zwolle",
    organiser: "Het landelijke Zorgpact-team",
    expectedParticipants: 70,
    pacts: ["zorgtechniek-limburg", "wijkleercentra-achterhoek"],
    themes: ["Zorg en technologie"],
    sourceNote: "Demodata: deze bijeenkomst is verzonnen om de agenda van komende bijeenkomsten te tonen.",
    published: true,
  },
  {
    kind: "regional_meeting",
    title: "Regiobijeenkomst Twente: zorg en technologie",
    description: "Zorg, onderwijs en gemeenten in Twente verkennen samen de leerwerkplaats voor zorg en technologie.",
    startsAt: "2027-01-20T15:30",
    endsAt: "2027-01-20T18:00",
    location: "Enschede",
    organiser: "Zorgpact Twente",
    pacts: ["zorgpact-twente"],
    themes: ["Zorg en technologie"],
    sourceNote: "Demodata: deze bijeenkomst is verzonnen om de agenda van komende bijeenkomsten te tonen.",
    published: true,
  },
  {
    kind: "volgspot_session",
    title: "Volgspotbijeenkomst Zorgpact Limburg (concept)",
    startsAt: "2027-04-15T09:30",
    endsAt: "2027-04-15T12:00",
    organiser: "Zorgpact Limburg",
    pacts: ["zorgpact-limburg"],
    sourceNote: "Demodata: een nog niet gepubliceerde bijeenkomst, alleen zichtbaar voor het landelijke team.",
    published: false,
  },
];

function must(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo seed: unknown ${what} "${key}"`);
  return id;
}

/** Demo records of the events feature; seed facts keep their source, invented details say "demodata". */
export async function seedEvents(trx: Trx, ids: Ids): Promise<void> {
  for (const { pacts = [], themes = [], ...event } of demoEvents) {
    // The same schema as the API's input: the demo holds to the platform's rules (times, links).
    const fields = eventFieldsSchema.parse({
      ...event,
      pactIds: pacts.map((slug) => must(ids.pact, slug, "pact")),
      themeIds: themes.map((label) => must(ids.term, `theme:${label}`, "theme")),
    });
    await insertEvent(trx, fields);
  }
}
