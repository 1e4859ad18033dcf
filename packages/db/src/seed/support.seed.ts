import type { SupportQuestionType, SupportStatus } from "@zorgpact/domain/support";
import type { Ids, Trx } from "./demo.ts";

/**
 * Demo support trajectories. The question types and several questions come from the 2018
 * publication (seed 002: "opschaling, toegevoegde waarde, governance en financiering"; "Hoe doe ik
 * onderzoek naar effectiviteit en samenwerking?", "Hoe kan ik nieuwe onderwijsvormen in het
 * curriculum inbedden?", "Hoe kan ik een goedlopend initiatief verduurzamen, ook na afloop van de
 * subsidie?"). Which front-runner asked what, the advisors, dates and outcomes are invented: every
 * question ends with "(demodata)", and advisors and outcomes say so too.
 */
interface SupportSeed {
  pact: string;
  questionType: SupportQuestionType;
  question: string;
  status: SupportStatus;
  requestedOn: string;
  startedOn?: string;
  endedOn?: string;
  advisorName?: string;
  outcome?: string;
}

export const demoSupportTrajectories: readonly SupportSeed[] = [
  {
    pact: "wijkleercentra-achterhoek",
    questionType: "sustaining_after_subsidy",
    question: "Hoe kan ik een goedlopend initiatief verduurzamen, ook na afloop van de subsidie? (demodata)",
    status: "completed",
    requestedOn: "2017-02-06",
    startedOn: "2017-03-01",
    endedOn: "2017-09-29",
    advisorName: "M. Jansen (demodata)",
    outcome: "Demodata: de wijkleercentra zijn opgenomen in het reguliere aanbod van het Graafschapcollege; de gemeenten dragen bij via de Wmo-inkoop.",
  },
  {
    pact: "tinten-academie",
    questionType: "effect_research",
    question: "Hoe doe ik onderzoek naar effectiviteit en samenwerking? (demodata)",
    status: "in_progress",
    requestedOn: "2017-04-10",
    startedOn: "2017-05-15",
    advisorName: "R. de Boer (demodata)",
  },
  {
    pact: "learning-lab",
    questionType: "curriculum_embedding",
    question: "Hoe kan ik nieuwe onderwijsvormen in het curriculum inbedden? (demodata)",
    status: "requested",
    requestedOn: "2017-11-20",
  },
  {
    pact: "zorgtechniek-limburg",
    questionType: "scaling",
    question: "Hoe schalen we de e-learningmodules van de ZTL Academy op naar andere regio's? (demodata)",
    status: "in_progress",
    requestedOn: "2017-03-13",
    startedOn: "2017-04-03",
    advisorName: "S. Peters (demodata)",
  },
  {
    pact: "care-academy-veluwe",
    questionType: "governance",
    question: "Hoe leggen we de verdeling van rollen en verantwoordelijkheden tussen de partners vast? (demodata)",
    status: "completed",
    requestedOn: "2016-11-14",
    startedOn: "2016-12-05",
    endedOn: "2017-04-28",
    advisorName: "M. Jansen (demodata)",
    outcome: "Demodata: een samenwerkingsovereenkomst met een stuurgroep van bestuurders en een werkgroep per opleiding.",
  },
  {
    pact: "zorgalliantie-nu",
    questionType: "financing",
    question: "Kan het Zorgpact de coördinatie van onze alliantie financieren? (demodata)",
    status: "declined",
    requestedOn: "2017-06-01",
    endedOn: "2017-06-22",
    outcome: "Demodata: het Zorgpact financiert geen coördinatie; wel verwezen naar het overzicht van regelingen en het Regionaal investeringsfonds mbo.",
  },
  {
    pact: "zorgpact-noord-holland-noord",
    questionType: "added_value",
    question: "Wat is de toegevoegde waarde van het regionale Zorgpact voor de koplopers in onze regio? (demodata)",
    status: "requested",
    requestedOn: "2017-12-04",
  },
];

/** Demo records of the support feature; seed facts keep their source, invented details say "demodata". */
export async function seedSupport(trx: Trx, ids: Ids): Promise<void> {
  const rows = demoSupportTrajectories.map((t) => {
    const pactId = ids.pact.get(t.pact);
    if (pactId === undefined) throw new Error(`Demo seed: unknown pact "${t.pact}"`);
    return {
      pactId,
      questionType: t.questionType,
      question: t.question,
      status: t.status,
      requestedOn: t.requestedOn,
      startedOn: t.startedOn ?? null,
      endedOn: t.endedOn ?? null,
      advisorName: t.advisorName ?? null,
      outcome: t.outcome ?? null,
    };
  });
  await trx.insertInto("supportTrajectories").values(rows).execute();
}
