import { z } from "zod";

/** Workflow states of one revision of a pact's Volgspot. */
export const volgspotStatuses = ["draft", "submitted", "returned", "accepted", "superseded"] as const;
export type VolgspotStatus = (typeof volgspotStatuses)[number];

/** States of a verbeterafspraak (agreement). */
export const agreementStatuses = ["open", "done", "dropped"] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/**
 * The last day to hold a pact's Volgspot of `year`: "at least once a year", so a year after the
 * previous year's Volgspot (`previousHeldOn`, held in `year - 1`), and in any case by 31 December.
 * 29 February falls back to 28 February in a year without it.
 */
export function volgspotDueOn(year: number, previousHeldOn: string | null): string {
  const endOfYear = `${year}-12-31`;
  if (!previousHeldOn || Number(previousHeldOn.slice(0, 4)) !== year - 1) return endOfYear;
  const monthDay = previousHeldOn.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}
