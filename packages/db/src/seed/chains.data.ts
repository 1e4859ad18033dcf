import type { activityStatuses } from "@zorgpact/domain/effect-chain";
import type { IndicatorDirection } from "@zorgpact/domain/indicator";

type ActivityStatus = (typeof activityStatuses)[number];

export interface MeasurementSeed {
  measuredOn: string;
  value: number;
  /** Invented figures always say "Demodata"; facts from the seeds name their source. */
  source: string;
  note: string | null;
}

export interface IndicatorSeed {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  measurements: readonly MeasurementSeed[];
}

interface NodeBase {
  /** Unique within its chain; links refer to nodes by key. */
  key: string;
  title: string;
  description: string | null;
}

export interface InputSeed extends NodeBase {
  kind: "input";
  amountCents: number | null;
  fte: number | null;
  fundingSource: string;
}

export interface ActivitySeed extends NodeBase {
  kind: "activity";
  /** Organisation name. */
  owner: string;
  periodStart: string;
  periodEnd: string | null;
  status: ActivityStatus;
}

export interface OutcomeSeed extends NodeBase {
  kind: "result" | "effect";
  /** A result area label (results) or effect category label (effects), see taxonomies.ts. */
  term: string;
  indicators: readonly IndicatorSeed[];
}

export type ChainNodeSeed = InputSeed | ActivitySeed | OutcomeSeed;

export interface ChainSeed {
  /** Slug of the pact. */
  pact: string;
  nodes: readonly ChainNodeSeed[];
  /** [from key, to key]: always one step forward, input → activity → result → effect. */
  links: readonly (readonly [string, string])[];
}

/** The factual source for figures from the ministers' letter of 2016 (seed 004). */
export const letterSource = "Kamerbrief eerste resultaten Zorgpact (2016)";

const demo = (what: string) => `Demodata – ${what}`;

const input = (key: string, title: string, fundingSource: string, amount: { euros?: number; fte?: number }, description: string): InputSeed => ({
  kind: "input",
  key,
  title,
  description,
  fundingSource,
  amountCents: amount.euros === undefined ? null : amount.euros * 100,
  fte: amount.fte ?? null,
});

const activity = (
  key: string,
  title: string,
  owner: string,
  period: readonly [string, string | null],
  status: ActivityStatus,
  description: string | null = null,
): ActivitySeed => ({ kind: "activity", key, title, description, owner, periodStart: period[0], periodEnd: period[1], status });

const outcome =
  (kind: "result" | "effect") =>
  (key: string, title: string, term: string, indicators: readonly IndicatorSeed[], description: string | null = null): OutcomeSeed => ({
    kind,
    key,
    title,
    description,
    term,
    indicators,
  });
const result = outcome("result");
const effect = outcome("effect");

/**
 * An indicator whose measurements are demo data unless a measurement names its own source.
 * Measurements: [measuredOn, value, note?, source?].
 */
function indicator(
  fields: {
    name: string;
    unit: string;
    direction: IndicatorDirection;
    baseline: readonly [number, string];
    target: readonly [number, string];
    source: string;
  },
  measurements: readonly (readonly [string, number, string?, string?])[],
): IndicatorSeed {
  return {
    name: fields.name,
    unit: fields.unit,
    direction: fields.direction,
    baselineValue: fields.baseline[0],
    baselineDate: fields.baseline[1],
    targetValue: fields.target[0],
    targetDate: fields.target[1],
    measurements: measurements.map(([measuredOn, value, note, source]) => ({
      measuredOn,
      value,
      note: note ?? null,
      source: source ?? demo(fields.source),
    })),
  };
}

const zorgpactNoord: ChainSeed = {
  pact: "zorgpact-noord",
  nodes: [
    input(
      "provincie",
      "Provinciale bijdrage zorg en technologie",
      "Provincie",
      { euros: 250_000 },
      "Provinciale middelen voor zorg en technologie in Noord (bedrag: demodata).",
    ),
    input(
      "rif",
      "Regionaal investeringsfonds mbo",
      "OCW (RIF mbo)",
      { euros: 950_000 },
      "RIF-subsidie voor publiek-private samenwerking in het mbo (bedrag: demodata).",
    ),
    input(
      "in-natura",
      "Inzet projectleiders en praktijkbegeleiders",
      "In natura partners",
      { fte: 2.4 },
      "In-kind bijdragen van de partners (omvang: demodata).",
    ),
    activity(
      "leerwerkplaatsen",
      "Leerwerkplaatsen ouderenzorg in de wijk",
      "Noorderpoort",
      ["2016-02-01", "2018-12-31"],
      "running",
      "Mbo- en hbo-studenten leren samen in de wijk, begeleid door praktijkbegeleiders en docenten.",
    ),
    activity(
      "big-five",
      "Trainingen voor welzijnsprofessionals (The Big Five)",
      "Tinten Welzijnsgroep",
      ["2016-01-01", "2017-12-31"],
      "completed",
      "Basis- en verdiepingstrainingen over Jeugd, LVB, GGZ, Participatie en Ouderen.",
    ),
    activity(
      "proeftuin",
      "Proeftuin zorgtechnologie",
      "Centre of Expertise Healthy Ageing",
      ["2016-09-01", "2018-06-30"],
      "running",
      "Studenten, docenten en zorgmedewerkers proberen zorgtechnologie uit in de praktijk.",
    ),
    result("r-leerwerkplaatsen", "Studenten leren in leerwerkplaatsen in de wijk", "Meer leren in de praktijk", [
      indicator(
        {
          name: "Studenten in een leerwerkplaats",
          unit: "studenten",
          direction: "up",
          baseline: [40, "2016-01-01"],
          target: [160, "2018-12-31"],
          source: "jaarmonitor Zorgpact Noord",
        },
        [
          ["2016-12-31", 72],
          ["2017-12-31", 118],
          ["2018-06-30", 131, "Tussenstand halverwege het jaar."],
        ],
      ),
    ]),
    result("r-trainingen", "Welzijnsprofessionals bijgeschoold", "Innovatie in aanbod voor permanent leren", [
      indicator(
        {
          name: "Deelnemers aan trainingen",
          unit: "deelnemers",
          direction: "up",
          baseline: [0, "2016-01-01"],
          target: [600, "2017-12-31"],
          source: "deelnemersregistratie",
        },
        [
          ["2016-06-30", 140],
          ["2016-12-31", 310],
          ["2017-12-31", 585, "Doel bijna gehaald."],
        ],
      ),
    ]),
    result("r-technologie", "Zorgtechnologie opgenomen in opleidingen", "Toepassing technologische innovaties", [
      indicator(
        {
          name: "Opleidingen met een module zorgtechnologie",
          unit: "opleidingen",
          direction: "up",
          baseline: [2, "2016-09-01"],
          target: [12, "2018-12-31"],
          source: "opgave onderwijsinstellingen",
        },
        [
          ["2017-06-30", 5],
          ["2017-12-31", 8],
        ],
      ),
    ]),
    effect("e-uitval", "Minder uitval van studenten", "Minder uitval tijdens opleiding", [
      indicator(
        {
          name: "Uitval in het eerste opleidingsjaar",
          unit: "%",
          direction: "down",
          baseline: [18, "2016-01-01"],
          target: [12, "2019-12-31"],
          source: "jaarmonitor Zorgpact Noord",
        },
        [
          ["2016-12-31", 17.1],
          ["2017-12-31", 15.4],
        ],
      ),
    ]),
    effect("e-toerusting", "Beter toegeruste startende professionals", "Betere toerusting met vaardigheden en competenties", [
      indicator(
        {
          name: "Werkgevers tevreden over startende professionals",
          unit: "%",
          direction: "up",
          baseline: [62, "2016-06-30"],
          target: [80, "2019-06-30"],
          source: "werkgeversenquête",
        },
        [
          ["2017-06-30", 66],
          ["2018-06-30", 71],
        ],
      ),
    ]),
    effect("e-technologie", "Medewerkers bekwamer in zorgtechnologie", "Meer deskundigheid in toepassing van technologie in de zorgverlening", [
      indicator(
        {
          name: "Medewerkers die zich bekwaam voelen met zorgtechnologie",
          unit: "%",
          direction: "up",
          baseline: [35, "2016-09-01"],
          target: [60, "2019-09-01"],
          source: "medewerkersenquête",
        },
        [
          ["2017-03-31", 41],
          ["2018-03-31", 49],
        ],
      ),
    ]),
    effect("e-werkplezier", "Meer werkplezier bij welzijnsprofessionals", "Meer werkplezier", [
      indicator(
        {
          name: "Welzijnsprofessionals met veel werkplezier",
          unit: "%",
          direction: "up",
          baseline: [68, "2016-01-01"],
          target: [78, "2018-12-31"],
          source: "medewerkersenquête",
        },
        [
          ["2016-12-31", 70],
          ["2017-12-31", 73],
        ],
      ),
    ]),
  ],
  links: [
    ["provincie", "proeftuin"],
    ["rif", "proeftuin"],
    ["rif", "leerwerkplaatsen"],
    ["in-natura", "leerwerkplaatsen"],
    ["in-natura", "big-five"],
    ["leerwerkplaatsen", "r-leerwerkplaatsen"],
    ["big-five", "r-trainingen"],
    ["proeftuin", "r-technologie"],
    ["r-leerwerkplaatsen", "e-uitval"],
    ["r-leerwerkplaatsen", "e-toerusting"],
    ["r-technologie", "e-toerusting"],
    ["r-technologie", "e-technologie"],
    ["r-trainingen", "e-werkplezier"],
  ],
};

const zorgtechniekLimburg: ChainSeed = {
  pact: "zorgtechniek-limburg",
  nodes: [
    input("provincie", "Bijdrage Provincie Limburg", "Provincie", { euros: 400_000 }, "Provinciale bijdrage aan zorg en technologie (bedrag: demodata)."),
    input(
      "rif",
      "Regionaal investeringsfonds mbo",
      "OCW (RIF mbo)",
      { euros: 1_200_000 },
      "Subsidie voor publiek-private samenwerking in het mbo (bedrag: demodata).",
    ),
    input(
      "sectorplan",
      "Sectorplan zorg: bijscholing zittend personeel",
      "VWS (sectorplan)",
      { euros: 180_000 },
      "Middelen voor bijscholing van zorgmedewerkers (bedrag: demodata).",
    ),
    input(
      "in-natura",
      "Multidisciplinair docententeam en praktijkbegeleiders",
      "In natura partners",
      { fte: 3.5 },
      "In-kind inzet van school, zorginstellingen en bedrijfsleven (omvang: demodata).",
    ),
    activity(
      "e-learning",
      "E-learningmodule Zorgtechnologie (ZTL Academy)",
      "Gilde Opleidingen",
      ["2014-09-01", "2015-08-31"],
      "completed",
      "Volledige e-learningmodule die voldoet aan het kwalificatiedossier, ook beschikbaar voor andere scholen.",
    ),
    activity(
      "zorgtechnicus",
      "Opleiding zorgtechnicus",
      "Gilde Opleidingen",
      ["2015-09-01", "2019-07-31"],
      "running",
      "Cross-over tussen mbo-opleidingen in techniek en zorg (80% techniek, 20% zorg) die opleidt tot 'sociale techneut'.",
    ),
    activity(
      "skillslabs",
      "Skillslabs zorgtechnologie",
      "Zuyd Hogeschool",
      ["2015-01-01", "2016-12-31"],
      "completed",
      "Met partners ontwikkelde skillslabs, in samenwerking met het EIZT.",
    ),
    activity("bijscholing", "Bijscholing zittend zorgpersoneel", "Ouderenzorg Parkstad", ["2016-01-01", "2018-12-31"], "running"),
    result("r-e-learning", "Studenten volgen de e-learningmodules zorgtechnologie", "Toepassing technologische innovaties", [
      indicator(
        {
          name: "Studenten die de e-learningmodules volgen",
          unit: "studenten",
          direction: "up",
          baseline: [0, "2015-01-01"],
          target: [2500, "2018-09-30"],
          source: "registratie ZTL Academy",
        },
        [
          ["2015-09-30", 2000, "In september 2015 volgden 2000 studenten deze modules.", letterSource],
          ["2016-09-30", 2180],
          ["2017-09-30", 2390],
        ],
      ),
    ]),
    result("r-zorgtechnicus", "Studenten in de opleiding zorgtechnicus", "Meer aantrekkingskracht van de sector", [
      indicator(
        {
          name: "Studenten in de opleiding zorgtechnicus",
          unit: "studenten",
          direction: "up",
          baseline: [0, "2015-08-31"],
          target: [100, "2018-09-30"],
          source: "registratie ZTL Academy",
        },
        [
          ["2016-11-01", 71, "Momenteel volgen 71 studenten de opleiding op twee locaties.", letterSource],
          ["2017-10-01", 86],
        ],
      ),
    ]),
    result("r-skillslabs", "Skillslabs zorgtechnologie in gebruik", "Meer leren in de praktijk", [
      indicator(
        { name: "Skillslabs in gebruik", unit: "skillslabs", direction: "up", baseline: [0, "2015-01-01"], target: [4, "2017-12-31"], source: "opgave ZTL" },
        [
          ["2016-06-30", 2],
          ["2017-06-30", 3],
        ],
      ),
    ]),
    result("r-bijscholing", "Zorgmedewerkers bijgeschoold in zorgtechnologie", "Innovatie in aanbod voor permanent leren", [
      indicator(
        {
          name: "Bijgeschoolde zorgmedewerkers",
          unit: "medewerkers",
          direction: "up",
          baseline: [0, "2016-01-01"],
          target: [800, "2018-12-31"],
          source: "deelnemersregistratie",
        },
        [
          ["2016-12-31", 210],
          ["2017-12-31", 530],
        ],
      ),
    ]),
    effect("e-toerusting", "Studenten beter toegerust voor zorg met technologie", "Betere toerusting met vaardigheden en competenties", [
      indicator(
        {
          name: "Gediplomeerden die zich voorbereid voelen op zorgtechnologie",
          unit: "%",
          direction: "up",
          baseline: [40, "2015-07-01"],
          target: [75, "2018-07-01"],
          source: "studentenenquête",
        },
        [
          ["2016-07-01", 52],
          ["2017-07-01", 63],
        ],
      ),
    ]),
    effect("e-arbeidsmarkt", "Zorgtechnici vinden werk", "Meer kansen op de arbeidsmarkt", [
      indicator(
        {
          name: "Gediplomeerde zorgtechnici met werk binnen zes maanden",
          unit: "%",
          direction: "up",
          baseline: [70, "2017-08-01"],
          target: [90, "2019-08-01"],
          source: "alumni-enquête",
        },
        [
          ["2017-12-31", 78],
          ["2018-06-30", 84],
        ],
      ),
    ]),
    effect("e-deskundigheid", "Medewerkers deskundiger in zorgtechnologie", "Meer deskundigheid in toepassing van technologie in de zorgverlening", [
      indicator(
        {
          name: "Medewerkers die zorgtechnologie zelfstandig inzetten",
          unit: "%",
          direction: "up",
          baseline: [30, "2016-01-31"],
          target: [65, "2019-01-31"],
          source: "medewerkersenquête",
        },
        [
          ["2017-01-31", 38],
          ["2018-01-31", 51],
        ],
      ),
    ]),
    effect("e-zelfstandigheid", "Cliënten langer zelfstandig door zorgtechnologie", "Meer zelfstandigheid door toepassing technologie in zorgverlening", [
      indicator(
        {
          name: "Cliënten die met zorgtechnologie zelfstandig thuis wonen",
          unit: "cliënten",
          direction: "up",
          baseline: [120, "2016-06-30"],
          target: [300, "2019-06-30"],
          source: "cliëntregistratie",
        },
        [
          ["2017-06-30", 160],
          ["2018-06-30", 215],
        ],
      ),
    ]),
  ],
  links: [
    ["provincie", "zorgtechnicus"],
    ["provincie", "skillslabs"],
    ["rif", "e-learning"],
    ["rif", "zorgtechnicus"],
    ["sectorplan", "bijscholing"],
    ["in-natura", "e-learning"],
    ["in-natura", "zorgtechnicus"],
    ["in-natura", "bijscholing"],
    ["e-learning", "r-e-learning"],
    ["zorgtechnicus", "r-zorgtechnicus"],
    ["skillslabs", "r-skillslabs"],
    ["bijscholing", "r-bijscholing"],
    ["r-e-learning", "e-toerusting"],
    ["r-skillslabs", "e-toerusting"],
    ["r-skillslabs", "e-deskundigheid"],
    ["r-zorgtechnicus", "e-arbeidsmarkt"],
    ["r-bijscholing", "e-deskundigheid"],
    ["r-bijscholing", "e-zelfstandigheid"],
  ],
};

const wijkleercentraAchterhoek: ChainSeed = {
  pact: "wijkleercentra-achterhoek",
  nodes: [
    input(
      "wijkdocenten",
      "Inzet wijkdocenten",
      "In natura partners",
      { fte: 1.6 },
      "Docenten van het Graafschapcollege die studenten in de wijk begeleiden (omvang: demodata).",
    ),
    input("stagevergoeding", "Stagevergoeding", "VWS (stagevergoeding)", { euros: 60_000 }, "Stagefonds voor praktijkplaatsen in de wijk (bedrag: demodata)."),
    input("gemeente", "Gemeentelijke bijdrage wijkleercentra", "Gemeente", { euros: 35_000 }, "Bijdrage van de gemeente (bedrag: demodata)."),
    activity(
      "practicum",
      "Wekelijks practicum in de wijk met de wijkdocent",
      "Graafschapcollege",
      ["2014-09-01", "2018-07-31"],
      "running",
      "Extern georganiseerd practicum waarbij de docent meegaat voor directe begeleiding van de studenten.",
    ),
    activity("verbreding", "Verbreding van de wijkleercentra naar mbo en hbo", "Hogeschool van Arnhem en Nijmegen", ["2016-02-01", "2018-12-31"], "running"),
    result("r-studenten", "Studenten leren in een wijkleercentrum", "Meer leren in de praktijk", [
      indicator(
        {
          name: "Studenten per jaar in een wijkleercentrum",
          unit: "studenten",
          direction: "up",
          baseline: [24, "2015-09-01"],
          target: [150, "2018-09-01"],
          source: "registratie Graafschapcollege",
        },
        [
          ["2016-09-01", 60],
          ["2017-09-01", 104],
        ],
      ),
    ]),
    result("r-wijkleercentra", "Meer wijkleercentra in de Achterhoek", "Toename stageplaatsen", [
      indicator(
        {
          name: "Actieve wijkleercentra",
          unit: "wijkleercentra",
          direction: "up",
          baseline: [1, "2015-09-01"],
          target: [6, "2018-09-01"],
          source: "opgave partners",
        },
        [
          ["2016-09-01", 3],
          ["2017-09-01", 5],
        ],
      ),
    ]),
    result("r-leerlijn", "Mbo- en hbo-studenten leren samen in de wijk", "Doorlopende leerlijn mbo–hbo", [
      indicator(
        {
          name: "Hbo-studenten in een wijkleercentrum",
          unit: "studenten",
          direction: "up",
          baseline: [0, "2016-02-01"],
          target: [30, "2018-07-31"],
          source: "registratie HAN",
        },
        [
          ["2016-12-31", 8],
          ["2017-12-31", 19],
        ],
      ),
    ]),
    effect("e-motivatie", "Studenten gemotiveerder door leren in de praktijk", "Meer leermotivatie", [
      indicator(
        {
          name: "Studenten die de leeromgeving in de wijk motiverend vinden",
          unit: "%",
          direction: "up",
          baseline: [60, "2015-09-01"],
          target: [85, "2018-07-31"],
          source: "studentenenquête",
        },
        [
          ["2016-07-01", 74],
          ["2017-07-01", 81],
        ],
      ),
    ]),
    effect("e-beroepshouding", "Betere beroepshouding van studenten", "Betere toerusting met vaardigheden en competenties", [
      indicator(
        {
          name: "Zorgaanbieders positief over de beroepshouding van studenten",
          unit: "%",
          direction: "up",
          baseline: [55, "2015-09-01"],
          target: [80, "2018-07-31"],
          source: "enquête zorgaanbieders",
        },
        [
          ["2016-07-01", 63],
          ["2017-07-01", 72],
        ],
      ),
    ]),
    effect("e-eenzaamheid", "Minder eenzaamheid in de wijk", "Minder eenzaamheid door meer welzijnsaanbod", [
      indicator(
        {
          name: "Wijkbewoners die zich eenzaam voelen",
          unit: "%",
          direction: "down",
          baseline: [38, "2015-09-01"],
          target: [30, "2018-12-31"],
          source: "wijkpeiling",
        },
        [
          ["2016-09-01", 36],
          ["2017-09-01", 34],
          ["2018-09-01", 32],
        ],
      ),
    ]),
  ],
  links: [
    ["wijkdocenten", "practicum"],
    ["wijkdocenten", "verbreding"],
    ["stagevergoeding", "practicum"],
    ["gemeente", "verbreding"],
    ["practicum", "r-studenten"],
    ["practicum", "r-wijkleercentra"],
    ["verbreding", "r-wijkleercentra"],
    ["verbreding", "r-leerlijn"],
    ["r-studenten", "e-motivatie"],
    ["r-studenten", "e-beroepshouding"],
    ["r-leerlijn", "e-beroepshouding"],
    ["r-wijkleercentra", "e-eenzaamheid"],
  ],
};

/**
 * Deliberately incomplete, as the publication found most chains are: the innovation pilots have
 * no input yet, and the intended effect on well-being has no result contributing to it.
 */
const zorgpactRotterdam: ChainSeed = {
  pact: "zorgpact-rotterdam",
  nodes: [
    input(
      "gemeente",
      "Gemeentelijk budget arbeidsmarkt zorg",
      "Gemeente",
      { euros: 500_000 },
      "Middelen van de gemeente Rotterdam als opdrachtgever in de zorg (bedrag: demodata).",
    ),
    activity("mbo-2", "Leerwerktrajecten voor mbo-2'ers in de wijkzorg", "Albeda", ["2016-09-01", "2018-08-31"], "running"),
    activity(
      "proeftuinen",
      "Proeftuinen zorginnovatie",
      "Gemeente Rotterdam",
      ["2017-01-01", "2018-12-31"],
      "planned",
      "Nog zonder dekking: er is geen input aan gekoppeld.",
    ),
    result("r-mbo-2", "Arbeidsplaatsen voor mbo-2'ers", "Meer arbeidsmarktplaatsen voor niveau 1 en 2, mbo", [
      indicator(
        {
          name: "Mbo-2'ers met een arbeidsplaats in de zorg",
          unit: "mbo-2'ers",
          direction: "up",
          baseline: [150, "2016-09-01"],
          target: [400, "2018-12-31"],
          source: "registratie gemeente",
        },
        [
          ["2017-06-30", 210],
          ["2017-12-31", 265],
        ],
      ),
    ]),
    result("r-proeftuinen", "Beproefde zorginnovaties", "Zorginhoudelijke innovatie in de zorgverlening", [
      indicator(
        {
          name: "Beproefde zorginnovaties",
          unit: "innovaties",
          direction: "up",
          baseline: [0, "2017-01-01"],
          target: [10, "2018-12-31"],
          source: "opgave proeftuinen",
        },
        [
          ["2017-12-31", 3],
          ["2018-06-30", 5],
        ],
      ),
    ]),
    effect("e-kansen", "Meer kansen op werk voor mbo-2'ers", "Meer kansen op de arbeidsmarkt", [
      indicator(
        {
          name: "Gediplomeerde mbo-2'ers met werk binnen een jaar",
          unit: "%",
          direction: "up",
          baseline: [55, "2016-09-01"],
          target: [75, "2019-09-01"],
          source: "alumni-enquête",
        },
        [
          ["2017-09-01", 61],
          ["2018-09-01", 66],
        ],
      ),
    ]),
    effect(
      "e-welbevinden",
      "Meer welbevinden door zorgtechnologie",
      "Meer welbevinden door toepassing technologie in zorgverlening",
      [
        indicator(
          {
            name: "Cliënten die zich beter voelen door zorgtechnologie",
            unit: "%",
            direction: "up",
            baseline: [40, "2017-01-01"],
            target: [60, "2019-12-31"],
            source: "cliëntenpeiling",
          },
          [
            ["2017-12-31", 42],
            ["2018-06-30", 45],
          ],
        ),
      ],
      "Beoogd effect; nog geen resultaat dat eraan bijdraagt.",
    ),
  ],
  links: [
    ["gemeente", "mbo-2"],
    ["mbo-2", "r-mbo-2"],
    ["proeftuinen", "r-proeftuinen"],
    ["r-mbo-2", "e-kansen"],
  ],
};

export const chains: readonly ChainSeed[] = [zorgpactNoord, zorgtechniekLimburg, wijkleercentraAchterhoek, zorgpactRotterdam];

/** Slugs of the pacts whose chain is complete, and of the one deliberately left incomplete. */
export const completeChainPacts = ["zorgpact-noord", "zorgtechniek-limburg", "wijkleercentra-achterhoek"] as const;
export const incompleteChainPact = "zorgpact-rotterdam";
