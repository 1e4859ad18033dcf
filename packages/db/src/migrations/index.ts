import type { Migration } from "kysely";
import * as foundation from "./2026_11_23_0001_foundation.ts";
import * as accounts from "./2026_11_23_0002_accounts.ts";
import * as administration from "./2026_11_23_0003_administration.ts";
import * as agenda from "./2026_11_23_0004_agenda.ts";
import * as reliability from "./2026_12_01_0005_reliability.ts";
import * as outbox from "./2026_12_01_0006_outbox.ts";
import * as volgspot from "./2026_12_01_0007_volgspot.ts";
import * as barriers from "./2026_12_01_0008_barriers.ts";
import * as regulations from "./2026_12_01_0009_regulations.ts";
import * as support from "./2026_12_01_0010_support.ts";
import * as events from "./2026_12_01_0011_events.ts";
import * as nationalReport from "./2026_12_01_0012_national_report.ts";
import * as accountTokens from "./2026_12_01_0013_account_tokens.ts";
import * as auditRecords from "./2026_12_01_0014_audit_records.ts";
import * as measurementReview from "./2026_12_02_0015_measurement_review.ts";
import * as indicatorPeriods from "./2026_12_02_0016_indicator_periods.ts";
import * as disaggregation from "./2026_12_02_0017_disaggregation.ts";
import * as evidence from "./2026_12_02_0018_evidence.ts";
import * as indicatorCatalogue from "./2026_12_02_0019_indicator_catalogue.ts";
import * as rollups from "./2026_12_02_0020_rollups.ts";
import * as publicationVersion from "./2026_12_02_0021_publication_version.ts";
import * as reportRollups from "./2026_12_02_0022_report_rollups.ts";
import * as publicBreakdowns from "./2026_12_03_0023_public_breakdowns.ts";
import * as measurementReturnedMail from "./2026_12_03_0024_measurement_returned_mail.ts";

/** Every migration, in order. Listed statically so bundlers and tsx see the same set. */
export const migrations: Record<string, Migration> = {
  "2026_11_23_0001_foundation": foundation,
  "2026_11_23_0002_accounts": accounts,
  "2026_11_23_0003_administration": administration,
  "2026_11_23_0004_agenda": agenda,
  "2026_12_01_0005_reliability": reliability,
  "2026_12_01_0006_outbox": outbox,
  "2026_12_01_0007_volgspot": volgspot,
  "2026_12_01_0008_barriers": barriers,
  "2026_12_01_0009_regulations": regulations,
  "2026_12_01_0010_support": support,
  "2026_12_01_0011_events": events,
  "2026_12_01_0012_national_report": nationalReport,
  "2026_12_01_0013_account_tokens": accountTokens,
  "2026_12_01_0014_audit_records": auditRecords,
  "2026_12_02_0015_measurement_review": measurementReview,
  "2026_12_02_0016_indicator_periods": indicatorPeriods,
  "2026_12_02_0017_disaggregation": disaggregation,
  "2026_12_02_0018_evidence": evidence,
  "2026_12_02_0019_indicator_catalogue": indicatorCatalogue,
  "2026_12_02_0020_rollups": rollups,
  "2026_12_02_0021_publication_version": publicationVersion,
  "2026_12_02_0022_report_rollups": reportRollups,
  "2026_12_03_0023_public_breakdowns": publicBreakdowns,
  "2026_12_03_0024_measurement_returned_mail": measurementReturnedMail,
};
