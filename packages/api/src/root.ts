import { pactRouter } from "./routers/pact.router.ts";
import { statsRouter } from "./routers/stats.router.ts";
import { taxonomyRouter, themeRouter } from "./routers/taxonomy.router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  pact: pactRouter,
  theme: themeRouter,
  taxonomy: taxonomyRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
