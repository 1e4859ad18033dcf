import type { AgreementStatus, VolgspotStatus } from "@zorgpact/domain/volgspot";
import type { ColumnType, Generated } from "kysely";

/**
 * The Volgspot tables, as Kysely sees them (see schema.ts). Shapes, for whoever reads them
 * (the reminders of issue 10 use `volgspotsDueBetween` and `agreementsDueBefore` in
 * repositories/volgspot.repository.ts rather than these tables directly):
 *
 * volgspots — one row per revision of a pact's Volgspot for a year.
 *   (pact_id, year, revision) unique; at most one `accepted` and at most one open
 *   (draft | submitted | returned) revision per pact and year. A correction after acceptance is a
 *   new draft revision; when that is accepted, the earlier accepted one becomes `superseded`
 *   (and stays readable). "Held in YEAR" = an accepted revision exists for (pact, YEAR).
 * volgspot_participants — partner organisations that took part (per revision).
 * volgspot_results — substantive results: chain nodes (kind result | effect) of the pact, with a note (per revision).
 * volgspot_agreements — verbeterafspraken of a pact's Volgspot for a year (shared by its
 *   revisions): text, owner organisation, due_on, status open | done | dropped (dropped has a
 *   status_reason). Content is locked with the year's accepted Volgspot; the status is follow-up
 *   and stays changeable (open agreements are reviewed in the next year's Volgspot).
 */
type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface VolgspotsTable {
  id: Generated<string>;
  pactId: string;
  year: number;
  revision: Defaulted<number>;
  status: Defaulted<VolgspotStatus>;
  heldOn: string;
  /** The report: a summary of what the stakeholders found (shown publicly once accepted). */
  report: Defaulted<string>;
  /** Figure 4's three questions. */
  actionsAnswer: Defaulted<string>;
  positionAnswer: Defaulted<string>;
  factorsAnswer: Defaulted<string>;
  /** Process results. */
  newCollaborations: Nullable<number>;
  collaborationsNote: Defaulted<string>;
  themesNote: Defaulted<string>;
  successFactors: Defaulted<string[]>;
  failureFactors: Defaulted<string[]>;
  /** Participants without an organisation among the partners (free names; never public). */
  guestNames: Defaulted<string[]>;
  submittedAt: Nullable<string>;
  submittedBy: Nullable<string>;
  decidedAt: Nullable<string>;
  decidedBy: Nullable<string>;
  /** The national team's comment when it sent the Volgspot back. */
  returnComment: Nullable<string>;
  createdBy: Nullable<string>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface VolgspotParticipantsTable {
  volgspotId: string;
  organisationId: string;
}

export interface VolgspotResultsTable {
  volgspotId: string;
  nodeId: string;
  note: Defaulted<string>;
  sortOrder: Defaulted<number>;
}

export interface VolgspotAgreementsTable {
  id: Generated<string>;
  pactId: string;
  /** The year of the Volgspot the agreement came out of. */
  year: number;
  text: string;
  ownerOrganisationId: string;
  dueOn: string;
  status: Defaulted<AgreementStatus>;
  statusReason: Nullable<string>;
  statusChangedOn: Nullable<string>;
  sortOrder: Defaulted<number>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface VolgspotTables {
  volgspots: VolgspotsTable;
  volgspotParticipants: VolgspotParticipantsTable;
  volgspotResults: VolgspotResultsTable;
  volgspotAgreements: VolgspotAgreementsTable;
}
