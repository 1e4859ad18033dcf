import type { AgreementStatus, VolgspotStatus } from "@zorgpact/domain/volgspot";
import type { Insertable } from "kysely";
import type { VolgspotsTable } from "../schema-volgspot.ts";
import type { Ids, Trx } from "./demo.ts";
import { regionalPacts } from "./pacts.data.ts";

/**
 * Demo Volgspots. The one fact here is from seed 002 ("Eind 2017 hebben 15 van de 16 regio's een
 * Volgspotbijeenkomst gehad"): 15 of the 16 published regional pacts hold an accepted Volgspot
 * of 2017; Zorgpact West-Brabant (still in phase 1) does not. Everything else — dates, reports,
 * answers, factors, agreements, the 2016 and 2018 Volgspots — is invented and says "demodata".
 * `chainNodes` maps a pact slug to its chain's node ids by seed key.
 */

/** The published regional pact without a Volgspot by the end of 2017 (seed 002: 15 of 16). */
const NOT_HELD_IN_2017 = "zorgpact-west-brabant";

interface Plan {
  year: number;
  heldOn: string;
  status: VolgspotStatus;
  returnComment?: string;
}

/** Besides 2017: a few earlier Volgspots, and 2018 in every state of the workflow (demodata). */
const extraPlans: Record<string, Plan[]> = {
  "zorgpact-noord": [
    { year: 2016, heldOn: "2016-11-22", status: "accepted" },
    { year: 2018, heldOn: "2018-10-09", status: "submitted" },
  ],
  "zorgpact-rotterdam": [
    {
      year: 2018,
      heldOn: "2018-09-18",
      status: "returned",
      returnComment: "Demodata: koppel de inhoudelijke resultaten aan de effectketen en vul de verbeterafspraken aan.",
    },
  ],
  "zorgpact-utrecht": [
    { year: 2016, heldOn: "2016-12-06", status: "accepted" },
    { year: 2018, heldOn: "2018-11-27", status: "draft" },
  ],
  "zorgpact-limburg": [
    { year: 2016, heldOn: "2016-10-11", status: "accepted" },
    { year: 2018, heldOn: "2018-06-12", status: "submitted" },
  ],
};

/** Result and effect nodes each demo chain's Volgspot looks at (see chains.data.ts). */
const resultKeys: Record<string, { key: string; note: string }[]> = {
  "zorgpact-noord": [
    { key: "r-leerwerkplaatsen", note: "Demodata: ruim op weg naar 160 studenten; de wijkteams vragen om meer plaatsen." },
    { key: "r-trainingen", note: "Demodata: het doel van 600 deelnemers is bijna gehaald." },
    { key: "e-uitval", note: "Demodata: de uitval daalt, maar nog niet genoeg om het doel te halen." },
  ],
  "zorgpact-rotterdam": [
    { key: "r-mbo-2", note: "Demodata: de groei blijft achter bij het doel van 400 arbeidsplaatsen." },
    { key: "e-kansen", note: "Demodata: meer mbo-2'ers vinden binnen een jaar werk." },
  ],
};

const successPool = [
  "Structureel bestuurlijk overleg",
  "Gezamenlijke regionale visie",
  "Een vaste trekker met mandaat",
  "Aansluiten bij eigen evaluatiewerkwijzen en overlegmomenten",
  "Studenten en docenten samen in de praktijk",
  "Gemeenten vroeg aan tafel",
];
const failurePool = [
  "Financiering rondkrijgen",
  "Verschillen in organisatieprocessen",
  "Weinig flexibiliteit door eisen in onderwijs",
  "Personeelstekorten vragen alle aandacht",
  "Verschillen in cao",
];

/** A few factors per pact, varied by its position in the list, so the national counts differ. */
const pick = <T>(pool: readonly T[], index: number, count: number) => Array.from({ length: count }, (_, i) => pool[(index * 2 + i) % pool.length]!);

const agreementTexts = [
  "Een regionale pool van praktijkbegeleiders opzetten",
  "Stageplaatsen in de wijk jaarlijks gezamenlijk tellen en delen",
  "Een gezamenlijke werving voor zij-instromers starten",
  "Het gesprek met de gemeenten over de Wmo-inkoop en leren in de praktijk voeren",
  "Afspraken maken over een gedeeld curriculum zorgtechnologie",
];

function content(name: string, themes: readonly string[], index: number, plan: Plan) {
  const theme = themes[index % themes.length] ?? "Leren in de praktijk";
  return {
    heldOn: plan.heldOn,
    report: `Demodata: in de Volgspot ${plan.year} keken de partners van ${name} samen naar hun ambities, projecten en beoogde resultaten. Het thema ${theme.toLowerCase()} kwam het meest aan bod; de partners spraken af de voortgang vaker te delen.`,
    actionsAnswer: `Demodata: de vraagstukken zijn vertaald in projecten met een trekker per project; niet elke partner heeft al een eigen actie.`,
    positionAnswer: `Demodata: ${name} ${index % 3 === 0 ? "ligt op koers" : index % 3 === 1 ? "is halverwege" : "staat aan het begin"} van de eigen ambitie; de effecten voor studenten en cliënten zijn nog weinig zichtbaar.`,
    factorsAnswer: "Demodata: het bestuurlijke draagvlak helpt; financiering en de drukte in de sector remmen.",
    newCollaborations: (index % 4) + 1,
    collaborationsNote: "Demodata: nieuwe samenwerkingen tussen mbo, hbo en zorgaanbieders in de wijk.",
    themesNote: `Demodata: het pact werkt aan ${themes.length} thema's.`,
    successFactors: pick(successPool, index, 2),
    failureFactors: pick(failurePool, index, index % 2 === 0 ? 2 : 1),
    guestNames: ["Wethouder zorg en welzijn (demodata)", "Vertegenwoordiger van de studentenraad (demodata)"],
  };
}

export async function seedVolgspots(trx: Trx, ids: Ids, chainNodes: Map<string, Map<string, string>>): Promise<void> {
  const published = regionalPacts.filter((p) => p.publicationStatus === "published");
  for (const [index, pact] of published.entries()) {
    const pactId = ids.pact.get(pact.slug);
    if (!pactId) continue;
    const organisation = (name: string) => ids.organisation.get(name);
    const participants = [pact.lead, ...pact.partners.slice(0, 3)].flatMap((n) => organisation(n) ?? []);
    const owners = [pact.lead, ...pact.partners].flatMap((n) => organisation(n) ?? []);
    const nodes = chainNodes.get(pact.slug);
    const results = (resultKeys[pact.slug] ?? []).flatMap((r, sortOrder) => {
      const nodeId = nodes?.get(r.key);
      return nodeId ? [{ nodeId, note: r.note, sortOrder }] : [];
    });

    const plans: Plan[] = [...(extraPlans[pact.slug] ?? [])];
    if (pact.slug !== NOT_HELD_IN_2017) {
      const month = String(3 + (index % 9)).padStart(2, "0");
      plans.push({ year: 2017, heldOn: `2017-${month}-${String(10 + (index % 15)).padStart(2, "0")}`, status: "accepted" });
    }

    for (const plan of plans.sort((a, b) => a.year - b.year)) {
      const row: Insertable<VolgspotsTable> = {
        pactId,
        year: plan.year,
        revision: 1,
        status: plan.status,
        ...content(pact.name, pact.themes, index, plan),
        submittedAt: plan.status === "draft" ? null : `${plan.heldOn}T16:00:00Z`,
        decidedAt: plan.status === "accepted" || plan.status === "returned" ? `${plan.year}-12-15T10:00:00Z` : null,
        returnComment: plan.returnComment ?? null,
      };
      // One pact shows a correction: the 2017 Volgspot accepted once, corrected and accepted again.
      const corrected = pact.slug === "zorgpact-amsterdam-zaanstreek" && plan.year === 2017;
      const revisions = corrected
        ? [
            { ...row, status: "superseded" as const, report: `${row.report} (eerste versie, later gecorrigeerd)` },
            { ...row, revision: 2, decidedAt: "2018-02-01T10:00:00Z" },
          ]
        : [row];
      for (const revision of revisions) {
        const { id } = await trx.insertInto("volgspots").values(revision).returning("id").executeTakeFirstOrThrow();
        if (participants.length)
          await trx
            .insertInto("volgspotParticipants")
            .values(participants.map((organisationId) => ({ volgspotId: id, organisationId })))
            .execute();
        if (results.length)
          await trx
            .insertInto("volgspotResults")
            .values(results.map((r) => ({ ...r, volgspotId: id })))
            .execute();
      }

      // Agreements of the year, owned by partners: the older ones done, dropped or still open (carried over).
      const agreements = plan.status === "draft" ? 1 : 2 + (index % 2);
      for (let i = 0; i < agreements && owners.length > 0; i++) {
        const status: AgreementStatus = plan.year >= 2018 ? "open" : i === 0 ? "done" : i === 2 ? "dropped" : "open";
        await trx
          .insertInto("volgspotAgreements")
          .values({
            pactId,
            year: plan.year,
            text: `${agreementTexts[(index + i) % agreementTexts.length]} (demodata)`,
            ownerOrganisationId: owners[(index + i) % owners.length]!,
            dueOn: `${plan.year + 1}-${String(3 + ((index + i) % 9)).padStart(2, "0")}-01`,
            status,
            statusReason: status === "dropped" ? "Demodata: opgenomen in de afspraken van het sectorplan." : null,
            statusChangedOn: status === "open" ? null : `${plan.year + 1}-06-30`,
            sortOrder: i,
          })
          .execute();
      }
    }
  }
}
