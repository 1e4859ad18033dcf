import type { AdmissionStatus, PactKind, PublicationStatus, collaborationForms, regionalFunctions } from "@zorgpact/domain/pact";
import type { PhaseNumber } from "@zorgpact/domain/phase";

type CollaborationForm = (typeof collaborationForms)[number];
type RegionalFunction = (typeof regionalFunctions)[number];

/**
 * One pact of any kind. Regions, organisations, themes and the parent pact are referenced by
 * name, label or slug and resolved to ids when seeding.
 */
export interface PactSeed {
  kind: PactKind;
  slug: string;
  name: string;
  description: string;
  region: string | null;
  /** Slug of the pact this one belongs to (a front-runner under its regional pact). */
  parent: string | null;
  startDate: string;
  publicationStatus: PublicationStatus;
  admissionStatus: AdmissionStatus | null;
  collaborationForm: CollaborationForm | null;
  functions: readonly RegionalFunction[];
  currentPhase: PhaseNumber | null;
  /** Organisation with the role 'lead' (trekker). */
  lead: string;
  /** Organisations with the role 'partner'. */
  partners: readonly string[];
  /** Theme labels, see taxonomies.ts. */
  themes: readonly string[];
}

type Common = Pick<PactSeed, "slug" | "name" | "description" | "region" | "startDate" | "lead" | "partners" | "themes">;

function regional(pact: Common & Pick<PactSeed, "currentPhase" | "collaborationForm" | "functions"> & { publicationStatus?: PublicationStatus }): PactSeed {
  return { kind: "regional_pact", parent: null, admissionStatus: null, publicationStatus: "published", ...pact };
}

function breedingGround(pact: Common & Pick<PactSeed, "currentPhase">): PactSeed {
  return {
    kind: "breeding_ground",
    parent: null,
    publicationStatus: "published",
    admissionStatus: null,
    collaborationForm: null,
    functions: [],
    ...pact,
  };
}

function frontRunner(pact: Common & Pick<PactSeed, "parent"> & { admissionStatus?: AdmissionStatus }): PactSeed {
  const admissionStatus = pact.admissionStatus ?? "admitted";
  return {
    kind: "front_runner",
    // Only admitted front-runners are shown in the Kopgroep showcase.
    publicationStatus: admissionStatus === "admitted" ? "published" : "draft",
    collaborationForm: null,
    functions: [],
    currentPhase: null,
    ...pact,
    admissionStatus,
  };
}

const central = ["Leren in de praktijk", "Zorg en technologie", "Permanent leren", "Toenemende opleidingseisen"] as const;

export const nationalPact: PactSeed = {
  kind: "national",
  slug: "landelijk-zorgpact",
  name: "Landelijk Zorgpact",
  description:
    "Het Zorgpact is in de zomer van 2015 gestart op initiatief van de ministeries van VWS en OCW, later met SZW. Het stimuleert regionale samenwerking tussen zorg en welzijn, onderwijs en overheid voor een betere aansluiting tussen onderwijs en arbeidsmarkt. De regio is aan zet, het Zorgpact faciliteert.",
  region: null,
  parent: null,
  startDate: "2015-07-01",
  publicationStatus: "published",
  admissionStatus: null,
  collaborationForm: null,
  functions: [],
  currentPhase: null,
  lead: "Ministerie van VWS",
  partners: ["Ministerie van OCW", "Ministerie van SZW"],
  themes: central,
};

export const regionalPacts: readonly PactSeed[] = [
  regional({
    slug: "zorgpact-noord",
    name: "Zorgpact Noord",
    region: "Noord-Nederland",
    description:
      "Regionaal Zorgpact in Groningen, Friesland en Drenthe, met onder meer Tinten Welzijnsgroep en het Centre of Expertise Healthy Ageing. Urgentie wordt bij alle partijen in Noord gevoeld: complexe vragen in zorg en welzijn los je niet alleen op, dus partijen gaan samen aan de slag.",
    startDate: "2015-11-01",
    currentPhase: 3,
    collaborationForm: "light",
    functions: ["platform", "podium", "project_lead"],
    lead: "Zorgplein Noord",
    partners: [
      "Tinten Welzijnsgroep",
      "Thuiszorg Noorderland",
      "Centre of Expertise Healthy Ageing",
      "Hanzehogeschool Groningen",
      "Noorderpoort",
      "Gemeente Groningen",
      "Provincie Groningen",
    ],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Permanent leren", "Strategische personeelsplanning", "Sociaal werk en preventie"],
  }),
  regional({
    slug: "zorgpact-rotterdam",
    name: "Zorgpact Rotterdam",
    region: "Rotterdam-Rijnmond",
    description:
      "Het enige regionale Zorgpact waar de gemeente trekker is. Als opdrachtgever in de zorg werkt Rotterdam aan een arbeidsmarkt met meer hbo'ers en goed toegeruste mbo'ers, specifiek de mbo-2'ers, en verbindt het pact met de Rotterdamse markt van zorginnovatie.",
    startDate: "2015-12-01",
    currentPhase: 3,
    collaborationForm: "firm",
    functions: ["platform", "project_lead"],
    lead: "Gemeente Rotterdam",
    partners: [
      "Werkgeversorganisatie Zorg en Welzijn Rijnmond",
      "Zorggroep Rijnmond Zuid",
      "Albeda",
      "Zadkine",
      "Hogeschool Rotterdam",
      "Erasmus Universiteit Rotterdam",
    ],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Toenemende opleidingseisen", "Strategische personeelsplanning", "Armoede en schulden"],
  }),
  regional({
    slug: "zorgpact-noord-holland-noord",
    name: "Zorgpact Noord-Holland Noord",
    region: "Noord-Holland Noord",
    description:
      "Een van de twee regionale Zorgpacten in Noord-Holland, een ambitieuze regio met acht koplopers. Omdat pacten en koplopers elkaar niet altijd kenden, organiseerden zij samen een bijeenkomst voor kennismaking en onderlinge uitwisseling.",
    startDate: "2016-02-01",
    currentPhase: 2,
    collaborationForm: "light",
    functions: ["platform", "podium"],
    lead: "ZONH",
    partners: ["Wijkverpleging Noord-Holland Noord", "Horizon College", "Hogeschool Inholland", "Gemeente Alkmaar"],
    themes: ["Leren in de praktijk", "Toenemende opleidingseisen", "Strategische personeelsplanning"],
  }),
  regional({
    slug: "zorgpact-amsterdam-zaanstreek",
    name: "Zorgpact Amsterdam-Zaanstreek",
    region: "Amsterdam/Zaanstreek",
    description:
      "Het tweede regionale Zorgpact in Noord-Holland. In de regio loopt ook een goedgekeurde aanvraag voor het Regionaal Investeringsfonds mbo en ligt de broedplaats Amsterdam/Amstelveen met Beter Samen in Noord.",
    startDate: "2015-10-15",
    currentPhase: 3,
    collaborationForm: "light",
    functions: ["platform", "project_lead"],
    lead: "Sigra",
    partners: [
      "Zorggroep Amsterdam Noord",
      "Zorg en Welzijn Zaanstreek",
      "ROC van Amsterdam",
      "Hogeschool van Amsterdam",
      "Vrije Universiteit Amsterdam",
      "Gemeente Amsterdam",
    ],
    themes: [...central, "Sociaal werk en preventie", "Armoede en schulden"],
  }),
  regional({
    slug: "zorgzijnwerkt",
    name: "Zorgzijnwerkt",
    region: "Zuid-Holland Zuid",
    description:
      "Regionaal Zorgpact dat de netwerken die al in de regio bestonden met elkaar verbindt en opschaalt. Door een regionaal Zorgpact te worden, kunnen ook de goede initiatieven in de regio beter zichtbaar worden gemaakt.",
    startDate: "2016-01-15",
    currentPhase: 2,
    collaborationForm: "light",
    functions: ["platform", "podium"],
    lead: "Werkgeversorganisatie Zorg en Welzijn Zuid-Holland Zuid",
    partners: ["Zorggroep Drechtsteden", "Da Vinci College", "Hogeschool Rotterdam", "Gemeente Dordrecht"],
    themes: ["Leren in de praktijk", "Permanent leren", "Strategische personeelsplanning"],
  }),
  regional({
    slug: "zorgpact-ijsselland-flevoland",
    name: "Zorgpact IJsselland en Flevoland",
    region: "IJsselland en Flevoland",
    description:
      "Regionaal Zorgpact in de regio van WGV Zorg & Welzijn. De actieagenda benoemt vraagstukken per subregio, zodat de betrokken organisaties ze herkennen in hun dagelijkse praktijk.",
    startDate: "2015-11-15",
    currentPhase: 3,
    collaborationForm: "light",
    functions: ["platform", "project_lead"],
    lead: "WGV Zorg & Welzijn",
    partners: ["Welzijn Zwolle", "Deltion College", "Landstede", "Hogeschool Windesheim", "Gemeente Zwolle", "Provincie Overijssel"],
    themes: ["Leren in de praktijk", "Permanent leren", "Strategische personeelsplanning", "Sociaal werk en preventie"],
  }),
  regional({
    slug: "zorgpact-twente",
    name: "Zorgpact Twente",
    region: "Twente",
    description:
      "Zorg en onderwijs in Twente werken samen aan de personeelsvraag van morgen en aan het vertrouwd raken met zorgtechnologie. Gemeenten zijn nog niet aangehaakt: het pact zoekt naar een goede invulling van hun rol.",
    startDate: "2016-03-01",
    currentPhase: 2,
    collaborationForm: "light",
    functions: ["platform"],
    lead: "Werkgeversorganisatie Zorg en Welzijn Twente",
    partners: ["Gehandicaptenzorg Twente", "ROC van Twente", "Saxion"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Strategische personeelsplanning"],
  }),
  regional({
    slug: "zorgpact-achterhoek",
    name: "Zorgpact Achterhoek",
    region: "Achterhoek",
    description:
      "Regionaal Zorgpact in de Achterhoek, waar de wijkleercentra met de wijkdocent zijn ontstaan. Het pact biedt een podium aan deze praktijkinitiatieven en helpt ze verbreden over mbo en hbo.",
    startDate: "2016-01-01",
    currentPhase: 3,
    collaborationForm: "light",
    functions: ["podium", "project_lead"],
    lead: "Graafschapcollege",
    partners: ["Zorggroep Achterhoek Oost", "Hogeschool van Arnhem en Nijmegen", "Gemeente Doetinchem"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Permanent leren"],
  }),
  regional({
    slug: "zorgpact-veluwe",
    name: "Zorgpact Veluwe",
    region: "Veluwe",
    description:
      "Regionaal Zorgpact voor de Veluwe, met Care Academy Veluwe als koploper. Zorg- en welzijnsorganisaties, zorgopleiders en overheden delen kennis en werken aan opleidingen die aansluiten bij wat cliënten nodig hebben.",
    startDate: "2016-04-01",
    currentPhase: 2,
    collaborationForm: "light",
    functions: ["platform", "podium"],
    lead: "Werkgeversorganisatie Zorg en Welzijn Veluwe",
    partners: ["Zorggroep Noord-Veluwe", "Landstede", "Hogeschool Windesheim", "Gemeente Harderwijk"],
    themes: ["Leren in de praktijk", "Permanent leren", "Toenemende opleidingseisen"],
  }),
  regional({
    slug: "zorgpact-arnhem-nijmegen",
    name: "Zorgpact Arnhem-Nijmegen",
    region: "Arnhem/Nijmegen",
    description:
      "Regionaal Zorgpact rond Arnhem en Nijmegen. 'Het Zorgpact is agendabepalend. Het zorgt ervoor dat mensen elkaar opzoeken en oplossingen vinden voor hun vraag' (Kitty Oirbons, ROC Rijn IJssel).",
    startDate: "2015-10-01",
    currentPhase: 3,
    collaborationForm: "light",
    functions: ["platform", "podium", "project_lead"],
    lead: "ZWconnect",
    partners: ["Welzijn Nijmegen", "ROC Rijn IJssel", "Hogeschool van Arnhem en Nijmegen", "Radboud Universiteit", "Gemeente Nijmegen"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Permanent leren", "Sociaal werk en preventie"],
  }),
  regional({
    slug: "zorgpact-utrecht",
    name: "Zorgpact Utrecht",
    region: "Utrecht",
    description:
      "Regionaal Zorgpact in de provincie Utrecht met harde afspraken over gezamenlijke projecten. In leerbedrijven kunnen studenten direct reflecteren op wat zij in de praktijk doen.",
    startDate: "2015-09-15",
    currentPhase: 3,
    collaborationForm: "firm",
    functions: ["platform", "project_lead"],
    lead: "Utrechtzorg",
    partners: ["Thuiszorg Utrecht Stad", "ROC Midden Nederland", "MBO Amersfoort", "Hogeschool Utrecht", "Gemeente Utrecht"],
    themes: ["Leren in de praktijk", "Permanent leren", "Toenemende opleidingseisen", "Strategische personeelsplanning"],
  }),
  regional({
    slug: "zorgpact-haaglanden",
    name: "Zorgpact Haaglanden",
    region: "Haaglanden",
    description:
      "Regionaal Zorgpact in Den Haag en omgeving, thuisbasis van het Lerend Wijkcentrum en het WijkLeerbedrijf Den Haag. Leren in de wijk, met een doorlopende leerlijn van vmbo tot hbo, staat centraal.",
    startDate: "2016-01-20",
    currentPhase: 2,
    collaborationForm: "light",
    functions: ["platform", "podium"],
    lead: "ROC Mondriaan",
    partners: ["Xtra", "Ouderenzorg Haaglanden", "SG VMBO Zuidwest", "De Haagse Hogeschool", "Gemeente Den Haag"],
    themes: ["Leren in de praktijk", "Toenemende opleidingseisen", "Sociaal werk en preventie", "Armoede en schulden"],
  }),
  regional({
    slug: "zorgpact-midden-brabant",
    name: "Zorgpact Midden-Brabant",
    region: "Midden-Brabant (Tilburg)",
    description:
      "Regionaal Zorgpact rond Tilburg waarin zorg, sociaal werk en onderwijs samenwerken. Koploper Learning Lab laat zien hoe studenten, professionals, docenten en burgers samen leren in de wijk.",
    startDate: "2015-12-10",
    currentPhase: 3,
    collaborationForm: "light",
    functions: ["platform", "project_lead"],
    lead: "Transvorm",
    partners: ["ContourdeTwern", "GGZ Midden-Brabant", "ROC Tilburg", "Avans Hogeschool", "Fontys Hogescholen", "Gemeente Tilburg"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Permanent leren", "Sociaal werk en preventie"],
  }),
  regional({
    slug: "zorgpact-zuidoost-brabant",
    name: "Zorgpact Zuidoost-Brabant",
    region: "Zuidoost-Brabant (Eindhoven)",
    description:
      "Regionaal Zorgpact rond Eindhoven. 'Het werkt om win-winsituaties te creëren. Er niet alleen aan te denken wat je er zelf mee kan, maar ook de ander wat bieden' (Hilde Meijs, Summa College).",
    startDate: "2016-05-01",
    currentPhase: 2,
    collaborationForm: "light",
    functions: ["platform"],
    lead: "Summa College",
    partners: ["Wijkzorg Eindhoven", "Fontys Hogescholen", "Gemeente Eindhoven"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Toenemende opleidingseisen"],
  }),
  regional({
    slug: "zorgpact-west-brabant",
    name: "Zorgpact West-Brabant",
    region: "West-Brabant",
    description:
      "Jong regionaal Zorgpact dat nog werkt aan het kaderen van de uitdaging: waar staan we en welke knelpunten zijn er? Zorg en onderwijs zoeken nog naar de rol van de gemeenten.",
    startDate: "2016-09-01",
    currentPhase: 1,
    collaborationForm: "light",
    functions: ["platform"],
    lead: "Werkgeversorganisatie Zorg en Welzijn West-Brabant",
    partners: ["Zorggroep West-Brabant", "ROC West-Brabant", "Avans Hogeschool"],
    themes: ["Leren in de praktijk", "Permanent leren", "Strategische personeelsplanning"],
  }),
  regional({
    slug: "zorgpact-limburg",
    name: "Zorgpact Limburg",
    region: "Limburg",
    description:
      "Regionaal Zorgpact in Limburg, waar voor mbo en hbo specifieke samenwerkingsverbanden rond zorg en techniek zijn gestart, zoals Zorgtechniek Limburg en het Expertisecentrum voor Innovatie Zorg en Technologie (EIZT).",
    startDate: "2015-09-01",
    currentPhase: 4,
    collaborationForm: "firm",
    functions: ["platform", "podium", "project_lead"],
    lead: "Werkgeversorganisatie Zorg en Welzijn Limburg",
    partners: [
      "Ouderenzorg Parkstad",
      "Gilde Opleidingen",
      "Arcus College",
      "Zuyd Hogeschool",
      "Universiteit Maastricht",
      "Expertisecentrum voor Innovatie Zorg en Technologie (EIZT)",
      "Provincie Limburg",
      "Gemeente Heerlen",
    ],
    themes: [...central, "Strategische personeelsplanning"],
  }),
  regional({
    slug: "zorgpact-zeeland",
    name: "Zorgpact Zeeland",
    region: "Zeeland",
    description:
      "Regionaal Zorgpact in voorbereiding. Partners uit zorg, onderwijs en overheid definiëren het vertrekpunt en ontwikkelen een visie op de vraagstukken.",
    startDate: "2017-09-01",
    currentPhase: 1,
    collaborationForm: "light",
    functions: ["platform"],
    publicationStatus: "draft",
    lead: "Werkgeversorganisatie Zorg en Welzijn Zeeland",
    partners: ["Zorggroep Walcheren", "Scalda", "HZ University of Applied Sciences", "Gemeente Middelburg"],
    themes: ["Leren in de praktijk", "Zorg en technologie", "Strategische personeelsplanning"],
  }),
];

const commissie = "Commissie Innovatie Zorgberoepen & Opleidingen";

/** The four broedplaatsen of the commissie Innovatie Zorgberoepen & Opleidingen, brought under the Zorgpact. */
export const breedingGrounds: readonly PactSeed[] = [
  breedingGround({
    slug: "broedplaats-friesland",
    name: "Broedplaats Friesland",
    region: "Noord-Nederland",
    description:
      "Een van de vier broedplaatsen van de commissie Innovatie Zorgberoepen & Opleidingen. Met alle lokale en regionale stakeholders is gekeken wat er moet gebeuren om antwoord te geven op de toekomstige zorgvraag; in Friesland wordt onder meer gewerkt aan een Associate degree Sociaal Werk in de Zorg.",
    startDate: "2015-01-15",
    currentPhase: 3,
    lead: "NHL Hogeschool",
    partners: ["Friesland College", "Welzijnsorganisatie Leeuwarden", "Gemeente Leeuwarden", commissie],
    themes: ["Leren in de praktijk", "Toenemende opleidingseisen", "Sociaal werk en preventie"],
  }),
  breedingGround({
    slug: "broedplaats-amsterdam-amstelveen",
    name: "Broedplaats Amsterdam/Amstelveen",
    region: "Amsterdam/Zaanstreek",
    description:
      "Broedplaats van de commissie Innovatie Zorgberoepen & Opleidingen. Binnen Beter Samen in Noord is samen met bewoners een werkwijze ontwikkeld met een stevige verbinding tussen zorg en welzijn; in 2016 zijn triage en casemanagement verbeterd en is gekeken naar een geïntegreerde werkwijze voor kwetsbare ouderen, minima en jeugd.",
    startDate: "2015-01-15",
    currentPhase: 3,
    lead: "Gemeente Amsterdam",
    partners: ["Gemeente Amstelveen", "Zorggroep Amsterdam Noord", "Hogeschool van Amsterdam", "Vrije Universiteit Amsterdam", commissie],
    themes: ["Leren in de praktijk", "Sociaal werk en preventie", "Armoede en schulden"],
  }),
  breedingGround({
    slug: "broedplaats-rotterdam",
    name: "Broedplaats Rotterdam",
    region: "Rotterdam-Rijnmond",
    description:
      "Broedplaats van de commissie Innovatie Zorgberoepen & Opleidingen, nu onder het Zorgpact gebracht. Lokale stakeholders verkennen samen hoe opleiden en leren antwoord kunnen geven op de toekomstige zorgvraag.",
    startDate: "2015-01-15",
    currentPhase: 2,
    lead: "Gemeente Rotterdam",
    partners: ["Zorggroep Rijnmond Zuid", "Hogeschool Rotterdam", "Erasmus Universiteit Rotterdam", commissie],
    themes: ["Leren in de praktijk", "Toenemende opleidingseisen"],
  }),
  breedingGround({
    slug: "broedplaats-heerlen",
    name: "Broedplaats Heerlen",
    region: "Heerlen/Parkstad",
    description:
      "Broedplaats van de commissie Innovatie Zorgberoepen & Opleidingen in Heerlen. Zorg, onderwijs en gemeente kijken met alle lokale stakeholders wat er moet gebeuren om de toekomstige zorgvraag te kunnen beantwoorden.",
    startDate: "2015-01-15",
    currentPhase: 2,
    lead: "Zuyd Hogeschool",
    partners: ["Arcus College", "Ouderenzorg Parkstad", "Gemeente Heerlen", commissie],
    themes: ["Zorg en technologie", "Leren in de praktijk"],
  }),
];

/** Koplopers: members of the Kopgroep, and two applications not yet admitted. */
export const frontRunners: readonly PactSeed[] = [
  frontRunner({
    slug: "wijkleercentra-achterhoek",
    name: "Wijkleercentra Achterhoek",
    region: "Achterhoek",
    parent: "zorgpact-achterhoek",
    description:
      "Het Graafschapcollege organiseert een wekelijks practicum in de wijk waarbij de docent meegaat voor directe begeleiding: zo is de wijkdocent geboren. Inmiddels zijn meerdere wijkleercentra in de Achterhoek gestart en zijn ze verbreed over mbo en hbo.",
    startDate: "2014-09-01",
    lead: "Graafschapcollege",
    partners: ["Zorggroep Achterhoek Oost", "Hogeschool van Arnhem en Nijmegen", "Gemeente Doetinchem"],
    themes: ["Leren in de praktijk"],
  }),
  frontRunner({
    slug: "zorgtechniek-limburg",
    name: "Zorgtechniek Limburg (ZTL Academy)",
    region: "Limburg",
    parent: "zorgpact-limburg",
    description:
      "ZTL verrijkt de zorgopleidingen in het mbo met onderwijs over techniek in de zorg: modules Zorgtechnologie, een e-learningmodule die in september 2015 door 2000 studenten werd gevolgd, skillslabs en de nieuwe opleiding tot zorgtechnicus (80% techniek, 20% zorg) met 71 studenten op twee locaties. ZTL verzorgt ook bijscholing van zittend zorgpersoneel.",
    startDate: "2014-09-01",
    lead: "Gilde Opleidingen",
    partners: ["Zuyd Hogeschool", "Expertisecentrum voor Innovatie Zorg en Technologie (EIZT)", "Ouderenzorg Parkstad", "Provincie Limburg"],
    themes: ["Zorg en technologie", "Permanent leren"],
  }),
  frontRunner({
    slug: "care-academy-veluwe",
    name: "Care Academy Veluwe",
    region: "Veluwe",
    parent: "zorgpact-veluwe",
    description:
      "Care Academy Veluwe biedt scholing en bijscholing voor studenten en medewerkers in de zorg, ontwikkeld door zorgorganisaties én onderwijs. In de praktijkgerichte BBL-opleiding Welzijn en Zorg (mbo niveau 2, 3 en 4) is er geen vast lesprogramma: het volgt de patiëntsituaties waarmee studenten te maken krijgen.",
    startDate: "2015-01-01",
    lead: "Zorggroep Noord-Veluwe",
    partners: ["Landstede", "Gemeente Harderwijk"],
    themes: ["Leren in de praktijk", "Permanent leren"],
  }),
  frontRunner({
    slug: "tinten-academie",
    name: "Tinten Academie",
    region: "Noord-Nederland",
    parent: "zorgpact-noord",
    description:
      "Tinten Welzijnsgroep, ketenpartners en hogescholen ondersteunen welzijnsprofessionals met trainingen. Het scholingsprogramma The Big Five biedt basis- en verdiepingstrainingen over Jeugd, LVB, GGZ, Participatie en Ouderen, op maat van de leerbehoefte van de professional.",
    startDate: "2015-03-01",
    lead: "Tinten Welzijnsgroep",
    partners: ["Hanzehogeschool Groningen", "NHL Hogeschool"],
    themes: ["Permanent leren", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "leer-en-innovatie-netwerk",
    name: "Leer- en Innovatie Netwerk",
    region: "Noord-Holland Noord",
    parent: "zorgpact-noord-holland-noord",
    description:
      "Samenwerking tussen de wijk, de opleiding Verpleegkunde (HBO-V) en het lectoraat multimorbiditeit van Hogeschool Inholland. Het netwerk wil studenten meer interesseren voor werken in de wijk, omdat de vraag naar wijkverpleegkundigen sterk toeneemt.",
    startDate: "2015-09-01",
    lead: "Hogeschool Inholland",
    partners: ["Wijkverpleging Noord-Holland Noord", "Gemeente Alkmaar"],
    themes: ["Leren in de praktijk", "Toenemende opleidingseisen"],
  }),
  frontRunner({
    slug: "zorgalliantie-nu",
    name: "Zorgalliantie.nu",
    region: "Arnhem/Nijmegen",
    parent: "zorgpact-arnhem-nijmegen",
    description:
      "Koplopernetwerk van dertig partijen uit wonen, welzijn en zorg die met de Hogeschool van Arnhem en Nijmegen kennis delen, samenwerkend leren en innoveren. In hun visie op netwerkleren wordt in de arena geëxperimenteerd en kijken anderen vanaf de tribune mee.",
    startDate: "2014-01-01",
    lead: "Hogeschool van Arnhem en Nijmegen",
    partners: ["Welzijn Nijmegen", "ROC Rijn IJssel", "Gemeente Nijmegen"],
    themes: ["Permanent leren", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "netwerkzon",
    name: "NetwerkZon",
    region: "Noord-Nederland",
    parent: null,
    description:
      "Samenwerkingsverband dat al sinds 1997 bestaat en steeds weer nieuwe doelen stelt. NetwerkZon richt de projectorganisatie in op wederkerigheid: onderlinge afhankelijkheid creëren, samen een toekomstperspectief schetsen en waarde blijven creëren.",
    startDate: "1997-01-01",
    lead: "Noorderpoort",
    partners: ["Thuiszorg Noorderland", "Hanzehogeschool Groningen"],
    themes: ["Leren in de praktijk"],
  }),
  frontRunner({
    slug: "wijkleerbedrijf-den-haag",
    name: "WijkLeerbedrijf Den Haag",
    region: "Haaglanden",
    parent: "zorgpact-haaglanden",
    description:
      "In het WijkLeerbedrijf leren studenten in de wijk en doen wijkbewoners ook iets terug voor de studenten. Na een bijeenkomst met het Zorgpact werd een medewerker van het Werkgeversservicepunt ambassadeur en besloot de gemeente het WijkLeerbedrijf weer voor drie jaar financieel te ondersteunen.",
    startDate: "2013-09-01",
    lead: "Calibris Advies",
    partners: ["ROC Mondriaan", "Ouderenzorg Haaglanden", "Gemeente Den Haag"],
    themes: ["Leren in de praktijk", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "professioneel-samenwerken-in-de-wijk",
    name: "Professioneel samenwerken in de wijk",
    region: "IJsselland en Flevoland",
    parent: "zorgpact-ijsselland-flevoland",
    description:
      "Project van Hogeschool Windesheim, in 2014 gestart na gesprekken met professionals, mantelzorgers en vrijwilligers over de betekenis van de transities. De vraag: hoe kunnen we beter interprofessioneel samenwerken in de wijk? De resultaten zijn op 8 november 2016 in Zwolle gepresenteerd.",
    startDate: "2014-01-01",
    lead: "Hogeschool Windesheim",
    partners: ["Welzijn Zwolle", "Gemeente Zwolle"],
    themes: ["Leren in de praktijk", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "learning-lab",
    name: "Learning Lab",
    region: "Midden-Brabant (Tilburg)",
    parent: "zorgpact-midden-brabant",
    description:
      "Samenwerkingsverband van ContourdeTwern, Avans Hogeschool en ROC Tilburg. In leergemeenschappen werken ROC-studenten (SCW), CMV-studenten van Avans, professionals, docenten en burgers samen in de wijk en reflecteren systematisch: studenten leren het vak, professionals en docenten werken aan hun deskundigheid.",
    startDate: "2015-09-01",
    lead: "ContourdeTwern",
    partners: ["Avans Hogeschool", "ROC Tilburg"],
    themes: ["Leren in de praktijk", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "lerend-wijkcentrum-den-haag",
    name: "Lerend Wijkcentrum Den Haag",
    region: "Haaglanden",
    parent: "zorgpact-haaglanden",
    description:
      "In het Lerend Wijkcentrum staan stagiaires dagelijks aan het roer van een wijk- en participatiecentrum, begeleid door professionals. Sinds 2007, en sinds 2011 op reguliere basis, met een doorlopende leerlijn: hbo'ers begeleiden mbo'ers, die op hun beurt vmbo'ers begeleiden.",
    startDate: "2007-01-01",
    lead: "Xtra",
    partners: ["SG VMBO Zuidwest", "ROC Mondriaan", "De Haagse Hogeschool", "Hogeschool Inholland"],
    themes: ["Leren in de praktijk", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "beter-samen-in-noord",
    name: "Beter Samen in Noord",
    region: "Amsterdam/Zaanstreek",
    parent: "broedplaats-amsterdam-amstelveen",
    description:
      "Samenwerkingsverband in de broedplaats Amsterdam/Amstelveen met een werkwijze, samen met bewoners ontwikkeld, die zorg en welzijn stevig verbindt. Doel: inwoners van Amsterdam Noord functioneren zelfstandiger, participeren meer en hebben minder vaak hoogcomplexe zorg nodig.",
    startDate: "2014-01-01",
    lead: "Zorggroep Amsterdam Noord",
    partners: ["Gemeente Amsterdam", "Hogeschool van Amsterdam", "ROC van Amsterdam"],
    themes: ["Sociaal werk en preventie", "Armoede en schulden"],
  }),
  frontRunner({
    slug: "associate-degree-sociaal-werk-in-de-zorg",
    name: "Associate degree Sociaal Werk in de Zorg",
    region: "Noord-Nederland",
    parent: null,
    admissionStatus: "applied",
    description:
      "Initiatief in Friesland waar wordt samengewerkt aan de totstandkoming van een Associate degree Sociaal Werk in de Zorg: innovatie in het sociaal werk, nog geen koploper. Aangemeld voor de Kopgroep.",
    startDate: "2016-09-01",
    lead: "NHL Hogeschool",
    partners: ["Friesland College", "Welzijnsorganisatie Leeuwarden"],
    themes: ["Toenemende opleidingseisen", "Sociaal werk en preventie"],
  }),
  frontRunner({
    slug: "leerwerkplaats-zorg-en-technologie-twente",
    name: "Leerwerkplaats Zorg en Technologie Twente",
    region: "Twente",
    parent: "zorgpact-twente",
    admissionStatus: "under_review",
    description:
      "Fictief demo-initiatief: mbo- en hbo-studenten oefenen samen met zorgtechnologie in een leerwerkplaats in de gehandicaptenzorg. De aanmelding voor de Kopgroep wordt beoordeeld: zijn er zichtbare resultaten en is de aanpak toepasbaar in andere regio's?",
    startDate: "2017-02-01",
    lead: "ROC van Twente",
    partners: ["Saxion", "Gehandicaptenzorg Twente"],
    themes: ["Zorg en technologie"],
  }),
];

/** All pacts, parents before the pacts that point at them. */
export const pacts: readonly PactSeed[] = [nationalPact, ...regionalPacts, ...breedingGrounds, ...frontRunners];
