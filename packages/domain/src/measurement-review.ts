import { z } from "zod";

/**
 * Review before publication. A measurement an editor adds or changes is `submitted`; a reviewer
 * approves it or returns it with a comment (`returned`). Only approved values reach the public
 * site and open data: the last approved value and date are kept apart from the working copy, so
 * a change waiting for review leaves the approved figure public until it is approved in turn.
 */
export const reviewStatuses = ["submitted", "returned", "approved"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const reviewStatusSchema = z.enum(reviewStatuses);

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  submitted: "Ter beoordeling",
  returned: "Teruggestuurd",
  approved: "Goedgekeurd",
};
