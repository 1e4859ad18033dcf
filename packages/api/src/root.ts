import { auditRouter } from "./routers/audit.router.ts";
import { authRouter } from "./routers/auth.router.ts";
import { pactRouter } from "./routers/pact.router.ts";
import { statsRouter } from "./routers/stats.router.ts";
import { taxonomyRouter, themeRouter } from "./routers/taxonomy.router.ts";
import { userRouter } from "./routers/user.router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  pact: pactRouter,
  theme: themeRouter,
  taxonomy: taxonomyRouter,
  stats: statsRouter,
  auth: authRouter,
  user: userRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
