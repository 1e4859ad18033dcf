import type { Ministry } from "@zorgpact/domain/barrier";
import type { ApplicationStatus } from "@zorgpact/domain/regulation";
import type { Ids, Trx } from "./demo.ts";

interface RegulationSeed {
  slug: string;
  name: string;
  ministry: Ministry;
  purpose: string;
  startYear: number | null;
  endYear: number | null;
  budgetCents: number | null;
  conditions: string | null;
  link: string | null;
  results: string | null;
  source: string;
  /** Chain inputs whose free-text funding source is this regeling: they name it. */
  chainFundingSource: string | null;
}

const PUBLICATION = "Platform31, 'Zorgpact: samen op weg naar beter' (2018, seed 002)";
const LETTER = "Kamerbrief over de eerste resultaten van het Zorgpact (2016, seed 004)";

/** The regelingen the seeds name, with what the seeds say about them (purposes in general terms, no invented figures). */
const regulations: RegulationSeed[] = [
  {
    slug: "regionaal-investeringsfonds-mbo",
    name: "Regionaal investeringsfonds mbo (RIF)",
    ministry: "OCW",
    purpose:
      "Aantrekkelijk en eigentijds mbo-onderwijs dat ruimte biedt aan regionale verschillen en een veranderde arbeidsmarkt, door duurzame publiek-private samenwerking van mbo-instellingen met innovatieve bedrijven.",
    startYear: 2014,
    endYear: 2018,
    budgetCents: 125_000_000_00,
    conditions: "Voor duurzame publiek-private samenwerking in het beroepsonderwijs; aanvragen in rondes (in 2017 twee rondes).",
    link: "http://www.zorgpact.nl/ruimte-in-de-regels/rif",
    results:
      "Na de oproep van het Zorgpact zijn tot en met 2016 zeven aanvragen vanuit zorg en welzijn gehonoreerd (Kamerbrief, seed 004); tot en met 2017 in totaal 16 (Platform31, seed 002). Noord-Holland heeft een goedgekeurde aanvraag (seed 002).",
    source: `${LETTER}; ${PUBLICATION}`,
    chainFundingSource: "OCW (RIF mbo)",
  },
  {
    slug: "stagefonds",
    name: "Stagefonds",
    ministry: "VWS",
    purpose: "Vergoeding van VWS voor zorgaanbieders die stageplaatsen bieden aan studenten van zorgopleidingen (stagevergoeding).",
    startYear: null,
    endYear: null,
    budgetCents: null,
    conditions: "Sinds een melding bij Ruimte in de regels kunnen ook wijkleerbedrijven met een zorgcontract met de gemeente gebruikmaken van de regeling.",
    link: "http://zorgpact.nl/ruimte-in-de-regels",
    results: "De regelgeving is verruimd naar aanleiding van een melding bij Ruimte in de regels (seeds 002 en 004).",
    source: `${LETTER}; ${PUBLICATION}`,
    chainFundingSource: "VWS (stagevergoeding)",
  },
  {
    slug: "sectorplanplus",
    name: "SectorplanPlus",
    ministry: "VWS",
    purpose: "Middelen van VWS voor scholing en opleiding van (toekomstige) medewerkers in zorg en welzijn (sectorplannen).",
    startYear: null,
    endYear: null,
    budgetCents: null,
    conditions: null,
    link: "http://zorgpact.nl/ruimte-in-de-regels",
    results: "Veel samenwerkingen in het Zorgpact maken gebruik van middelen uit het SectorplanPlus (seed 002).",
    source: PUBLICATION,
    chainFundingSource: "VWS (sectorplan)",
  },
  {
    slug: "ziekenhuisgelden",
    name: "Opleidingsgelden ziekenhuizen",
    ministry: "VWS",
    purpose: "Middelen van VWS voor opleiden in ziekenhuizen; een van de geldstromen die regionale zorgpacten voor hun projecten gebruiken.",
    startYear: null,
    endYear: null,
    budgetCents: null,
    conditions: null,
    link: null,
    results: null,
    source: `${PUBLICATION}: "gelden vanuit het ministerie van VWS (voor stagevergoeding, sectorplannen, ziekenhuisgelden, etc)"`,
    chainFundingSource: null,
  },
];

interface ApplicationSeed {
  regulation: string;
  pact: string;
  appliedOn: string;
  status: ApplicationStatus;
  amountCents: number | null;
}

/**
 * Which pacts applied is not in the seeds (only the totals are): every application here is
 * demodata, and its note says so.
 */
const applications: ApplicationSeed[] = [
  { regulation: "regionaal-investeringsfonds-mbo", pact: "zorgpact-noord", appliedOn: "2015-10-01", status: "honoured", amountCents: 950_000_00 },
  { regulation: "regionaal-investeringsfonds-mbo", pact: "zorgtechniek-limburg", appliedOn: "2016-04-01", status: "honoured", amountCents: 1_200_000_00 },
  { regulation: "regionaal-investeringsfonds-mbo", pact: "zorgpact-noord-holland-noord", appliedOn: "2016-10-01", status: "honoured", amountCents: 800_000_00 },
  { regulation: "regionaal-investeringsfonds-mbo", pact: "care-academy-veluwe", appliedOn: "2017-04-01", status: "applied", amountCents: 600_000_00 },
  { regulation: "regionaal-investeringsfonds-mbo", pact: "zorgpact-twente", appliedOn: "2017-04-01", status: "rejected", amountCents: 500_000_00 },
  { regulation: "stagefonds", pact: "wijkleercentra-achterhoek", appliedOn: "2017-01-15", status: "honoured", amountCents: 60_000_00 },
  { regulation: "sectorplanplus", pact: "zorgpact-rotterdam", appliedOn: "2017-02-01", status: "honoured", amountCents: 100_000_00 },
  { regulation: "sectorplanplus", pact: "zorgtechniek-limburg", appliedOn: "2016-09-01", status: "honoured", amountCents: 180_000_00 },
];

/** Demo records of the regulations feature; seed facts keep their source, invented details say "demodata". */
export async function seedRegulations(trx: Trx, ids: Ids): Promise<void> {
  const regulationIds = new Map<string, string>();
  for (const { chainFundingSource, ...regulation } of regulations) {
    const { id } = await trx.insertInto("regulations").values(regulation).returning("id").executeTakeFirstOrThrow();
    regulationIds.set(regulation.slug, id);
    // The demo chains name their funding in free text; inputs that mean this regeling now name it.
    if (chainFundingSource)
      await trx.updateTable("chainNodes").set({ regulationId: id }).where("kind", "=", "input").where("fundingSource", "=", chainFundingSource).execute();
  }
  const rows = applications.flatMap((a) => {
    const regulationId = regulationIds.get(a.regulation);
    const pactId = ids.pact.get(a.pact);
    if (!regulationId || !pactId) throw new Error(`Demo seed: unknown regeling or pact in application ${a.regulation} / ${a.pact}`);
    return [
      {
        regulationId,
        pactId,
        appliedOn: a.appliedOn,
        status: a.status,
        amountCents: a.amountCents,
        note: "Demodata: welke zorgpacten aanvroegen staat niet in de bronnen.",
      },
    ];
  });
  await trx.insertInto("regulationApplications").values(rows).execute();
}
