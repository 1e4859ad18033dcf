import { markDemoData } from "../repositories/report.repository.ts";
import type { Ids, Trx } from "./demo.ts";
import { frontRunnerFollowUp } from "./follow-up.data.ts";

/**
 * Marks this database as a demo: both apps then say "Demodata" on every page. The front-runners'
 * follow-up answers (figures 6–8) are invented, so they are recorded as the seed wrote them; while
 * a pact's answers stay the same they are shown, and counted in the report, as demo data.
 */
export async function seedReport(trx: Trx, ids: Ids): Promise<void> {
  const followUp = Object.entries(frontRunnerFollowUp).flatMap(([slug, answers]) => {
    const pactId = ids.pact.get(slug);
    return pactId === undefined ? [] : [{ pactId, adoption: answers.adoption, challenges: answers.challenges, consolidationAgreements: answers.consolidation }];
  });
  await markDemoData(trx, followUp);
}
