import { rules, type MatrixFragment } from "./rules.ts";

/** The permission rules of the start page's work queue (each editor's groups are limited to their pacts in the service). */
export const workQueueMatrix: MatrixFragment = {
  "workQueue.get": { rule: rules.signedIn },
  "workQueue.frontRunnersWaiting": { rule: rules.nationalAdmin },
};
