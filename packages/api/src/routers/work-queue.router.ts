import { frontRunnerWaitingSchema, workQueueSchema } from "@zorgpact/domain/work-queue";
import { frontRunnersWaiting, workQueue } from "../services/work-queue.service.ts";
import { nationalAdminProcedure, router, signedInProcedure } from "../trpc.ts";

/** The start page: what waits for the signed-in user, per group, and the menu's count of applications. */
export const workQueueRouter = router({
  /** The national team: every group. An editor: the groups of their own pacts, and those pacts. */
  get: signedInProcedure.output(workQueueSchema).query(({ ctx }) => workQueue(ctx)),

  /** Front-runner applications not decided yet (the "Koplopers" badge in the menu). */
  frontRunnersWaiting: nationalAdminProcedure.output(frontRunnerWaitingSchema).query(({ ctx }) => frontRunnersWaiting(ctx)),
});
