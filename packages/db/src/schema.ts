import type { Role } from "@zorgpact/domain/account";
import type { auditResults } from "@zorgpact/domain/audit";
import type { activityStatuses, ChainNodeKind } from "@zorgpact/domain/effect-chain";
import type { Adoption, Challenge, Consolidation, FrontRunnerCriterionKey } from "@zorgpact/domain/front-runner";
import type { GovernanceItemKey } from "@zorgpact/domain/governance";
import type { IndicatorDirection } from "@zorgpact/domain/indicator";
import type { IndicatorFrequency } from "@zorgpact/domain/indicator-period";
import type { UnitKind } from "@zorgpact/domain/indicator-unit";
import type { ReviewStatus } from "@zorgpact/domain/measurement-review";
import type { OrganisationLevel, ParticipationRole, Sector } from "@zorgpact/domain/organisation";
import type { AdmissionStatus, CollaborationForm, PactKind, PublicationStatus, RegionalFunction } from "@zorgpact/domain/pact";
import type { PhaseNumber } from "@zorgpact/domain/phase";
import type { provinces } from "@zorgpact/domain/region";
import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { AccountTokenTables } from "./schema-account-token.ts";
import type { BarrierTables } from "./schema-barrier.ts";
import type { EventTables } from "./schema-event.ts";
import type { OutboxTables } from "./schema-outbox.ts";
import type { RegulationTables } from "./schema-regulation.ts";
import type { ReportTables } from "./schema-report.ts";
import type { SupportTables } from "./schema-support.ts";
import type { VolgspotTables } from "./schema-volgspot.ts";
import type { PublicationVersionTables } from "./schema-publication-version.ts";
import type { RollupTables } from "./schema-rollups.ts";
import type { IndicatorCatalogueTables } from "./schema-indicator-catalogue.ts";
import type { EvidenceTables } from "./schema-evidence.ts";
import type { DisaggregationTables } from "./schema-disaggregation.ts";
import type { IndicatorPeriodTables } from "./schema-indicator-periods.ts";
import type { MeasurementReviewTables } from "./schema-measurement-review.ts";

/**
 * Table types as Kysely sees them through the CamelCasePlugin. Dates are `YYYY-MM-DD` strings and
 * timestamps ISO strings: both drivers are set up to parse them so (see database.ts). Enum
 * columns carry the domain's unions, so a query reads them and an insert writes them checked by
 * the compiler, without casts (the database's check constraints hold the same lists).
 */
type Province = (typeof provinces)[number];
type ActivityStatus = (typeof activityStatuses)[number];
type AuditResult = (typeof auditResults)[number];
type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;

export interface RegionsTable {
  id: Generated<string>;
  name: string;
  provinces: Province[];
  latitude: number;
  longitude: number;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  sector: Sector;
  level: OrganisationLevel | null;
  place: string | null;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface TaxonomyTermsTable {
  id: Generated<string>;
  kind: TaxonomyKind;
  label: string;
  parentId: string | null;
  sortOrder: ColumnType<number, number | undefined, number>;
  retiredAt: string | null;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PactsTable {
  id: Generated<string>;
  kind: PactKind;
  slug: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  regionId: string | null;
  parentPactId: string | null;
  startDate: string | null;
  contactName: string | null;
  contactEmail: string | null;
  publicationStatus: ColumnType<PublicationStatus, PublicationStatus | undefined, PublicationStatus>;
  admissionStatus: AdmissionStatus | null;
  collaborationForm: CollaborationForm | null;
  functions: ColumnType<RegionalFunction[], RegionalFunction[] | undefined, RegionalFunction[]>;
  currentPhase: PhaseNumber | null;
  archivedAt: string | null;
  /** Front-runner follow-up (figures 6–8). */
  adoption: ColumnType<Adoption | null, Adoption | null | undefined, Adoption | null>;
  challenges: ColumnType<Challenge[], Challenge[] | undefined, Challenge[]>;
  consolidationAgreements: ColumnType<Consolidation[], Consolidation[] | undefined, Consolidation[]>;
  /** Measurements may be approved by a second editor of the pact, not only the national team (migration 0015). */
  peerReview: ColumnType<boolean, boolean | undefined, boolean>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PactParticipantsTable {
  pactId: string;
  organisationId: string;
  role: ParticipationRole;
}

export interface PactThemesTable {
  pactId: string;
  termId: string;
}

export interface PhaseHistoryTable {
  id: Generated<string>;
  pactId: string;
  phase: PhaseNumber;
  changedOn: string;
  note: string | null;
  changedBy: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: Timestamp;
}

export interface PactFundingStreamsTable {
  id: Generated<string>;
  pactId: string;
  source: string;
  amountCents: number | null;
  inKind: ColumnType<boolean, boolean | undefined, boolean>;
  sortOrder: ColumnType<number, number | undefined, number>;
  createdAt: Timestamp;
}

export interface PactGovernanceTable {
  pactId: string;
  itemKey: GovernanceItemKey;
  now: boolean;
  inFiveYears: boolean;
}

export interface FrontRunnerApplicationsTable {
  pactId: string;
  organisationName: string;
  contactName: string;
  contactEmail: string;
  motivation: string;
  submittedAt: string;
}

export interface FrontRunnerReviewsTable {
  pactId: string;
  startedAt: ColumnType<string | null, string | null | undefined, string | null>;
  startedBy: ColumnType<string | null, string | null | undefined, string | null>;
  decidedAt: ColumnType<string | null, string | null | undefined, string | null>;
  decidedBy: ColumnType<string | null, string | null | undefined, string | null>;
  decisionReason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FrontRunnerCriteriaTable {
  pactId: string;
  criterionKey: FrontRunnerCriterionKey;
  met: boolean;
  note: string | null;
  checkedAt: string;
  checkedBy: string | null;
}

/** Address and time of public form submissions, for rate limiting. */
export interface PublicSubmissionsTable {
  id: Generated<number>;
  form: string;
  ip: string;
  submittedAt: string;
}

export interface PhaseChecklistTicksTable {
  pactId: string;
  phase: PhaseNumber;
  itemKey: string;
  done: boolean;
  doneOn: string | null;
  note: string | null;
  changedBy: ColumnType<string | null, string | null | undefined, string | null>;
  updatedAt: Timestamp;
}

export interface ChainNodesTable {
  id: Generated<string>;
  pactId: string;
  kind: ChainNodeKind;
  title: string;
  description: string | null;
  termId: string | null;
  amountCents: number | null;
  fte: number | null;
  fundingSource: string | null;
  ownerOrganisationId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: ActivityStatus | null;
  /** Null for nodes from before the action agenda: they belong to the pact alone. */
  issueId: ColumnType<string | null, string | null | undefined, string | null>;
  inKind: ColumnType<string | null, string | null | undefined, string | null>;
  quantity: ColumnType<number | null, number | null | undefined, number | null>;
  unit: ColumnType<string | null, string | null | undefined, string | null>;
  /** The regeling an input names as its funding source (migration 0009). */
  regulationId: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ChainLinksTable {
  fromId: string;
  toId: string;
}

export interface IndicatorsTable {
  id: Generated<string>;
  nodeId: string;
  name: string;
  unit: string;
  /** Which values fit (domain/indicator-unit.ts); euro values are cents. Migration 0016. */
  unitKind: ColumnType<UnitKind, UnitKind | undefined, UnitKind>;
  direction: IndicatorDirection;
  /** Reporting frequency (domain/indicator-period.ts). Migration 0016. */
  frequency: ColumnType<IndicatorFrequency, IndicatorFrequency | undefined, IndicatorFrequency>;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  /** The catalogue entry the indicator adopted (migration 0019); null for the pact's own indicators. */
  catalogueId: ColumnType<string | null, string | null | undefined, string | null>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MeasurementsTable {
  id: Generated<string>;
  indicatorId: string;
  measuredOn: string;
  value: number;
  source: string | null;
  note: string | null;
  /** Review before publication: see domain/measurement-review.ts and migration 0015. */
  reviewStatus: ColumnType<ReviewStatus, ReviewStatus | undefined, ReviewStatus>;
  /** The last approved value and date: what the public sees. Null until first approved. */
  publicValue: number | null;
  publicMeasuredOn: string | null;
  /** First day of the reporting period `measured_on` falls in, for the indicator's frequency. Migration 0016. */
  periodStart: ColumnType<string | null, string | null | undefined, string | null>;
  /** The approved source and note, public with the approved value. */
  publicSource: string | null;
  publicNote: string | null;
  /** Who submitted the working copy now waiting (or returned); a submitter never approves their own. */
  submittedBy: string | null;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface AgendaIssuesTable {
  id: Generated<string>;
  pactId: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  sortOrder: ColumnType<number, number | undefined, number>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface AgendaIssueThemesTable {
  issueId: string;
  termId: string;
}

export interface AgendaIssueCoalitionTable {
  issueId: string;
  organisationId: string;
}

export interface AmbitionsTable {
  id: Generated<string>;
  issueId: string;
  statement: string;
  sortOrder: ColumnType<number, number | undefined, number>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  lastLoginAt: string | null;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UserPactScopesTable {
  userId: string;
  pactId: string;
}

export interface SessionsTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  failedAt: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  pactId: string | null;
  result: AuditResult;
  ip: string | null;
  changes: ColumnType<AuditChanges | null, string | null, never>;
  /** The record's and the pact's names when the row was written (migration 0014); null on older rows. */
  objectLabel: string | null;
  pactLabel: string | null;
}

/** Before and after of the fields a mutation changed. */
export interface AuditChanges {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
}

/** Each feature of the national team's cycle keeps its tables in a schema-<feature>.ts of its own. */
export interface Database
  extends
    AccountTokenTables,
    VolgspotTables,
    OutboxTables,
    BarrierTables,
    RegulationTables,
    SupportTables,
    EventTables,
    ReportTables,
    MeasurementReviewTables,
    IndicatorPeriodTables,
    DisaggregationTables,
    EvidenceTables,
    IndicatorCatalogueTables,
    RollupTables,
    PublicationVersionTables {
  regions: RegionsTable;
  organisations: OrganisationsTable;
  taxonomyTerms: TaxonomyTermsTable;
  pacts: PactsTable;
  pactParticipants: PactParticipantsTable;
  pactThemes: PactThemesTable;
  phaseHistory: PhaseHistoryTable;
  phaseChecklistTicks: PhaseChecklistTicksTable;
  pactFundingStreams: PactFundingStreamsTable;
  pactGovernance: PactGovernanceTable;
  frontRunnerApplications: FrontRunnerApplicationsTable;
  frontRunnerReviews: FrontRunnerReviewsTable;
  frontRunnerCriteria: FrontRunnerCriteriaTable;
  publicSubmissions: PublicSubmissionsTable;
  chainNodes: ChainNodesTable;
  chainLinks: ChainLinksTable;
  indicators: IndicatorsTable;
  measurements: MeasurementsTable;
  agendaIssues: AgendaIssuesTable;
  agendaIssueThemes: AgendaIssueThemesTable;
  agendaIssueCoalition: AgendaIssueCoalitionTable;
  ambitions: AmbitionsTable;
  users: UsersTable;
  userPactScopes: UserPactScopesTable;
  sessions: SessionsTable;
  loginFailures: LoginFailuresTable;
  auditLog: AuditLogTable;
}

export type PactRow = Selectable<PactsTable>;
export type NewPact = Insertable<PactsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type NewChainNode = Insertable<ChainNodesTable>;
export type NewIndicator = Insertable<IndicatorsTable>;
