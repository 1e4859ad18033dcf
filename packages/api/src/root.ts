import { agendaRouter } from "./routers/agenda.router.ts";
import { auditRouter } from "./routers/audit.router.ts";
import { authRouter } from "./routers/auth.router.ts";
import { frontRunnerRouter } from "./routers/front-runner.router.ts";
import { organisationRouter } from "./routers/organisation.router.ts";
import { chainRouter } from "./routers/chain.router.ts";
import { indicatorRouter } from "./routers/indicator.router.ts";
import { measurementRouter } from "./routers/measurement.router.ts";
import { partnerRouter } from "./routers/partner.router.ts";
import { pactRouter } from "./routers/pact.router.ts";
import { phaseRouter } from "./routers/phase.router.ts";
import { regionRouter } from "./routers/region.router.ts";
import { statsRouter } from "./routers/stats.router.ts";
import { taxonomyRouter, themeRouter } from "./routers/taxonomy.router.ts";
import { userRouter } from "./routers/user.router.ts";
import { insightRouter } from "./routers/insight.router.ts";
import { mapRouter } from "./routers/map.router.ts";
import { searchRouter } from "./routers/search.router.ts";
import { showcaseRouter } from "./routers/showcase.router.ts";
import { volgspotRouter } from "./routers/volgspot.router.ts";
import { taskRouter } from "./routers/task.router.ts";
import { barrierRouter } from "./routers/barrier.router.ts";
import { regulationRouter } from "./routers/regulation.router.ts";
import { supportRouter } from "./routers/support.router.ts";
import { eventRouter } from "./routers/event.router.ts";
import { reportRouter } from "./routers/report.router.ts";
import { workQueueRouter } from "./routers/work-queue.router.ts";
import { evidenceRouter } from "./routers/evidence.router.ts";
import { indicatorCatalogueRouter } from "./routers/indicator-catalogue.router.ts";
import { programmeRouter } from "./routers/programme.router.ts";
import { disaggregationRouter } from "./routers/disaggregation.router.ts";
import { measurementReviewRouter } from "./routers/measurement-review.router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  pact: pactRouter,
  theme: themeRouter,
  taxonomy: taxonomyRouter,
  stats: statsRouter,
  auth: authRouter,
  user: userRouter,
  audit: auditRouter,
  organisation: organisationRouter,
  partner: partnerRouter,
  region: regionRouter,
  phase: phaseRouter,
  frontRunner: frontRunnerRouter,
  agenda: agendaRouter,
  chain: chainRouter,
  indicator: indicatorRouter,
  measurement: measurementRouter,
  map: mapRouter,
  insight: insightRouter,
  showcase: showcaseRouter,
  search: searchRouter,
  volgspot: volgspotRouter,
  task: taskRouter,
  barrier: barrierRouter,
  regulation: regulationRouter,
  support: supportRouter,
  event: eventRouter,
  report: reportRouter,
  workQueue: workQueueRouter,
  evidence: evidenceRouter,
  disaggregation: disaggregationRouter,
  measurementReview: measurementReviewRouter,
  indicatorCatalogue: indicatorCatalogueRouter,
  programme: programmeRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
