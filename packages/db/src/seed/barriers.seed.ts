import type { BarrierOutcome, BarrierStatus, Ministry } from "@zorgpact/domain/barrier";
import type { Ids, Trx } from "./demo.ts";

interface BarrierSeed {
  question: string;
  ministry: Ministry | null;
  topic: string | null;
  status: BarrierStatus;
  outcome: BarrierOutcome | null;
  answer: string | null;
  receivedOn: string;
  answeredOn: string | null;
  source: string;
  organisation: string | null;
  pact?: string;
  channel?: "form" | "team";
}

const PUBLICATION = "Platform31, 'Zorgpact: samen op weg naar beter' (2018, seed 002)";
const LETTER = "Kamerbrief over de eerste resultaten van het Zorgpact (2016, seed 004)";
const DEMO = "Demodata: verzonnen voorbeeld ter illustratie";

/**
 * The three example questions of Ruimte in de regels (seed 002) and the one rule changed after a
 * report (the Stagefonds, seeds 002 and 004). The seeds give the questions and the Stagefonds
 * outcome; the other answers, dates and outcomes are demodata and say so in their source.
 */
const sourced: BarrierSeed[] = [
  {
    question: "Kan ik het onderwijsprogramma verplaatsen naar de praktijk, hoeveel ruimte is daarvoor binnen regelgeving over onderwijstijd?",
    ministry: "OCW",
    topic: "Onderwijstijd",
    status: "closed",
    outcome: "more_room_than_thought",
    answer:
      "Voorbeeldantwoord (demodata): begeleide onderwijstijd hoeft niet in het schoolgebouw plaats te vinden. Leren in de praktijk telt mee zolang de school verantwoordelijk blijft voor het programma, de begeleiding en de examinering.",
    receivedOn: "2016-02-15",
    answeredOn: "2016-04-12",
    source: `Vraag: ${PUBLICATION}. Antwoord, uitkomst en data: demodata.`,
    organisation: null,
  },
  {
    question: "Hoe zit het met de cao als mijn medewerkers voor mij en voor een andere zorginstelling gaan werken?",
    ministry: "SZW",
    topic: "Cao en gezamenlijk werkgeverschap",
    status: "closed",
    outcome: "not_regulation",
    answer:
      "Voorbeeldantwoord (demodata): dit gaat niet over wet- en regelgeving van het Rijk. Welke cao geldt en hoe medewerkers bij twee werkgevers werken, leggen de werkgevers onderling en met de sociale partners vast, bijvoorbeeld in een flexpool.",
    receivedOn: "2016-05-02",
    answeredOn: "2016-06-20",
    source: `Vraag: ${PUBLICATION}. Antwoord, uitkomst en data: demodata.`,
    organisation: null,
  },
  {
    question: "Mogen we experts uit de praktijk inzetten als docent?",
    ministry: "OCW",
    topic: "Bevoegdheid docenten",
    status: "answered",
    outcome: "more_room_than_thought",
    answer:
      "Voorbeeldantwoord (demodata): ja, experts uit de praktijk kunnen lesgeven, bijvoorbeeld als gastdocent of onder verantwoordelijkheid van een bevoegde docent. De school blijft verantwoordelijk voor de kwaliteit van het onderwijs.",
    receivedOn: "2016-09-05",
    answeredOn: "2016-10-17",
    source: `Vraag: ${PUBLICATION}. Antwoord, uitkomst en data: demodata.`,
    organisation: null,
  },
  {
    question: "Kunnen wijkleerbedrijven met een zorgcontract met de gemeente gebruikmaken van de regeling Stagefonds?",
    ministry: "VWS",
    topic: "Stagefonds",
    status: "closed",
    outcome: "rule_changed",
    answer:
      "Ja. Naar aanleiding van deze melding is de regelgeving van het Stagefonds verruimd, zodat ook wijkleerbedrijven met een zorgcontract met de gemeente gebruik kunnen maken van de regeling.",
    receivedOn: "2016-03-01",
    answeredOn: "2016-09-30",
    source: `${LETTER}; ${PUBLICATION}. Vraag in eigen woorden; data: demodata.`,
    organisation: null,
  },
];

const demo = (fields: Omit<BarrierSeed, "source">): BarrierSeed => ({ ...fields, source: DEMO });

/** Invented cases that fill the register enough to show filters, figures and triage (all labelled). */
const invented: BarrierSeed[] = [
  demo({
    question: "Kan een medewerker tegelijk bij een zorginstelling en bij een roc in dienst zijn als praktijkdocent?",
    ministry: "SZW",
    topic: "Gezamenlijk werkgeverschap",
    status: "closed",
    outcome: "more_room_than_thought",
    answer: "Ja, met een detacheringsovereenkomst of twee deeltijdaanstellingen. Afspraken over uren en verzekering maken de werkgevers samen.",
    receivedOn: "2015-11-10",
    answeredOn: "2016-01-14",
    organisation: "Graafschapcollege",
    pact: "wijkleercentra-achterhoek",
  }),
  demo({
    question: "Telt begeleiding door een wijkverpleegkundige als praktijkbegeleiding in de beroepsbegeleidende leerweg?",
    ministry: "OCW",
    topic: "Beroepspraktijkvorming",
    status: "closed",
    outcome: "more_room_than_thought",
    answer: "Ja. De praktijkopleider hoeft geen docent te zijn; het leerbedrijf moet erkend zijn en de begeleiding afgesproken in de praktijkovereenkomst.",
    receivedOn: "2016-01-20",
    answeredOn: "2016-03-03",
    organisation: "Tinten Welzijnsgroep",
    pact: "zorgpact-noord",
  }),
  demo({
    question: "Mogen zorginstellingen samen een flexpool voor leerlingen opzetten?",
    ministry: "SZW",
    topic: "Gezamenlijk werkgeverschap",
    status: "answered",
    outcome: "not_regulation",
    answer: "Er is geen regel die dit verbiedt. Het vraagt afspraken tussen de instellingen over werkgeverschap, begeleiding en kosten.",
    receivedOn: "2016-06-01",
    answeredOn: "2016-07-11",
    organisation: "Zorgalliantie.nu",
  }),
  demo({
    question: "Mag een student hbo-verpleegkunde voorbehouden handelingen uitvoeren in de wijk?",
    ministry: "VWS",
    topic: "Voorbehouden handelingen",
    status: "closed",
    outcome: "more_room_than_thought",
    answer: "Ja, in opdracht en onder toezicht van een bevoegde professional, als de student bekwaam is. Dat geldt in de wijk net als in het ziekenhuis.",
    receivedOn: "2016-08-22",
    answeredOn: "2016-10-03",
    organisation: "Hogeschool Inholland",
    pact: "leer-en-innovatie-netwerk",
  }),
  demo({
    question: "Kan de gemeente Wmo-middelen inzetten voor leerplaatsen in de wijk?",
    ministry: "VWS",
    topic: "Financiering",
    status: "answered",
    outcome: "more_room_than_thought",
    answer: "De gemeente bepaalt zelf hoe zij de ondersteuning organiseert. Leerplaatsen kunnen deel zijn van de opdracht aan een aanbieder.",
    receivedOn: "2017-01-09",
    answeredOn: "2017-02-20",
    organisation: "Gemeente Rotterdam",
    pact: "zorgpact-rotterdam",
  }),
  demo({
    question: "Kan de opleiding zorgtechnicus worden gecombineerd met een techniekopleiding in één diploma?",
    ministry: "OCW",
    topic: "Kwalificatiestructuur",
    status: "answered",
    outcome: "remains",
    answer:
      "Eén diploma voor twee kwalificaties is niet mogelijk. Wel kan een student een keuzedeel uit de andere richting volgen. De vraag is doorgegeven voor de herziening van de kwalificatiestructuur.",
    receivedOn: "2017-02-14",
    answeredOn: "2017-04-10",
    organisation: "Zorgtechniek Limburg",
    pact: "zorgtechniek-limburg",
  }),
  demo({
    question: "Mogen vmbo-leerlingen meelopen in een verpleeghuis als oriëntatie op de zorg?",
    ministry: "OCW",
    topic: "Oriëntatie op beroepen",
    status: "closed",
    outcome: "more_room_than_thought",
    answer: "Ja, als snuffelstage of maatschappelijke stage, met begeleiding vanuit school en een afspraak met het verpleeghuis.",
    receivedOn: "2017-03-06",
    answeredOn: "2017-03-30",
    organisation: "Care Academy Veluwe",
  }),
  demo({
    question: "Kan een zij-instromer met behoud van uitkering een opleiding in de zorg volgen?",
    ministry: "SZW",
    topic: "Zij-instroom",
    status: "answered",
    outcome: "more_room_than_thought",
    answer: "Vaak wel: de gemeente of het UWV kan toestemming geven als de opleiding de kans op werk vergroot.",
    receivedOn: "2017-05-15",
    answeredOn: "2017-06-26",
    organisation: "Zorgzijnwerkt",
  }),
  demo({
    question: "Mag een student in opleiding meetellen in de personeelsbezetting van een verpleeghuis?",
    ministry: "VWS",
    topic: "Personeelsnorm",
    status: "answered",
    outcome: "remains",
    answer: "Studenten tellen niet als volwaardig personeelslid mee. Dit blijft een belemmering voor instellingen die veel studenten opleiden.",
    receivedOn: "2017-08-28",
    answeredOn: "2017-10-09",
    organisation: "NetwerkZon",
  }),
  demo({
    question: "Moet een leerwerkbedrijf over de grens van twee gemeenten met beide gemeenten een contract sluiten?",
    ministry: "other",
    topic: "Financiering",
    status: "answered",
    outcome: "not_regulation",
    answer: "Dit hangt af van de inkoopafspraken van de gemeenten zelf en is geen landelijke regel. Gemeenten kunnen samen inkopen.",
    receivedOn: "2017-09-18",
    answeredOn: "2017-11-06",
    organisation: "WijkLeerbedrijf Den Haag",
  }),
  demo({
    question: "Kunnen praktijkopleiders uit de zorg examens afnemen in het mbo?",
    ministry: "OCW",
    topic: "Examinering",
    status: "answered",
    outcome: "more_room_than_thought",
    answer: "Ja, als beoordelaar namens de school; de examencommissie blijft verantwoordelijk.",
    receivedOn: "2017-10-30",
    answeredOn: "2017-12-04",
    organisation: "ROC Tilburg",
  }),
  // Still in triage: they show up in the national team's list only.
  demo({
    question: "Kunnen we een gezamenlijke leerlijn mbo-hbo in de wijk aanbieden met één praktijkovereenkomst?",
    ministry: null,
    topic: null,
    status: "new",
    outcome: null,
    answer: null,
    receivedOn: "2017-11-20",
    answeredOn: null,
    organisation: "Hogeschool Windesheim",
  }),
  demo({
    question: "Hoe zit het met de aansprakelijkheid van studenten die zelfstandig huisbezoeken doen?",
    ministry: "VWS",
    topic: "Aansprakelijkheid",
    status: "in_progress",
    outcome: null,
    answer: null,
    receivedOn: "2017-11-27",
    answeredOn: null,
    organisation: "Lerend Wijkcentrum Den Haag",
    channel: "team",
  }),
];

/** Demo records of the barriers feature; seed facts keep their source, invented details say "demodata". */
export async function seedBarriers(trx: Trx, ids: Ids): Promise<void> {
  const rows = [...sourced, ...invented].map((b) => ({
    question: b.question,
    context: null,
    organisation: b.organisation,
    // Submitters of demo cases are invented too, so the triage screens have something to show.
    submitterName: b.organisation ? "Demo-indiener (demodata)" : null,
    submitterEmail: b.organisation ? "demo-indiener@voorbeeld.nl" : null,
    pactId: b.pact ? (ids.pact.get(b.pact) ?? null) : null,
    receivedOn: b.receivedOn,
    channel: b.channel ?? (b.organisation ? ("form" as const) : ("team" as const)),
    source: b.source,
    ministry: b.ministry,
    topic: b.topic,
    status: b.status,
    answer: b.answer,
    outcome: b.outcome,
    answeredOn: b.answeredOn,
  }));
  // In order of receipt, so the register numbers follow the dates.
  rows.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  for (const row of rows) await trx.insertInto("barriers").values(row).execute();
}
