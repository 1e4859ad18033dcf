import {
  insertApplication,
  loadReview,
  recentSubmissions,
  recordDecision,
  recordReviewStart,
  recordSubmission,
  saveCriterion,
} from "@zorgpact/db/repositories/front-runner.repository";
import { findPactForUpdate, insertNewPact, touchPact, uniqueSlug, updatePactRow, type StoredPact } from "@zorgpact/db/repositories/pact-admin.repository";
import { regionExists } from "@zorgpact/db/repositories/region.repository";
import {
  APPLICATION_WINDOW_MINUTES,
  canMoveAdmission,
  criterionLabel,
  isSpam,
  missingCriteria,
  submissionDecision,
  type AdmissionDecisionInput,
  type CriterionInput,
  type FrontRunnerApplicationInput,
} from "@zorgpact/domain/front-runner";
import { slugify, type AdmissionStatus, type PactEditDetail } from "@zorgpact/domain/pact";
import { currentUserId } from "../access.ts";
import { badRequest, fieldError, notFound, staleVersion, tooManySubmissions } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { applicationConfirmationMail } from "./mail/account-mail.ts";
import { enqueueMail } from "./mail/outbox.ts";
import { editDetail } from "./pact.service.ts";

const APPLICATION_FORM = "front_runner_application";
const FRONT_RUNNER_NOT_FOUND = "Deze koploper of aanmelding bestaat niet.";

/**
 * The public application: a front-runner pact in draft with status 'applied', and the applicant's
 * contact and motivation. A filled spam trap gets the same answer and stores nothing; more than
 * the limit from one address within the window is refused.
 */
export async function submitApplication(ctx: ServiceContext, input: FrontRunnerApplicationInput): Promise<void> {
  noteRecord(ctx, "front_runner_application", null);
  if (isSpam(input)) return;
  const now = ctx.now();
  await mutate(ctx, async (trx) => {
    const earlier = await recentSubmissions(trx, APPLICATION_FORM, ctx.ip, new Date(now.getTime() - APPLICATION_WINDOW_MINUTES * 60_000));
    const decision = submissionDecision(earlier, now);
    if (!decision.allowed) throw tooManySubmissions(decision.retryAfterSeconds);
    if (input.regionId && !(await regionExists(trx, input.regionId))) throw fieldError("regionId", "Deze regio bestaat niet.");
    const pactId = await insertNewPact(trx, {
      kind: "front_runner",
      slug: await uniqueSlug(trx, slugify(input.initiativeName)),
      name: input.initiativeName,
      description: input.description,
      regionId: input.regionId,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      publicationStatus: "draft",
      admissionStatus: "applied",
    });
    await insertApplication(trx, {
      pactId,
      organisationName: input.organisationName,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      motivation: input.motivation,
      submittedAt: now.toISOString(),
    });
    await recordSubmission(trx, { form: APPLICATION_FORM, ip: ctx.ip, at: now });
    // The applicant's confirmation exists exactly when the application does.
    const mail = applicationConfirmationMail({
      contactName: input.contactName,
      initiativeName: input.initiativeName,
      organisationName: input.organisationName,
    });
    await enqueueMail(trx, { key: `confirmation:${pactId}`, topic: "confirmation", to: input.contactEmail, ...mail });
    noteRecord(ctx, "pact", pactId, pactId);
    ctx.audit.changes = { after: { name: input.initiativeName, organisationName: input.organisationName, admissionStatus: "applied" } };
  });
}

/** A front-runner under review by the national team; NOT_FOUND for other kinds and archived pacts. */
async function frontRunner(db: Executor, id: string): Promise<StoredPact> {
  const pact = await findPactForUpdate(db, id);
  if (!pact || pact.kind !== "front_runner" || pact.archivedAt) throw notFound(FRONT_RUNNER_NOT_FOUND);
  return pact;
}

function assertTransition(pact: StoredPact, to: AdmissionStatus, message: string): void {
  if (!canMoveAdmission(pact.admissionStatus as AdmissionStatus | null, to)) throw badRequest(message);
}

export async function startReview(ctx: ServiceContext, input: { id: string; version: number }): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.id, input.id);
  const now = ctx.now();
  return mutate(ctx, async (trx) => {
    const pact = await frontRunner(trx, input.id);
    assertTransition(pact, "under_review", "Alleen een nieuwe aanmelding kan in beoordeling worden genomen.");
    if (!(await updatePactRow(trx, input.id, input.version, { admissionStatus: "under_review" }, now))) throw staleVersion();
    await recordReviewStart(trx, input.id, currentUserId(ctx), now.toISOString());
    ctx.audit.changes = { before: { admissionStatus: pact.admissionStatus }, after: { admissionStatus: "under_review" } };
    return editDetail(trx, input.id);
  });
}

/** Ticks (or unticks) one admission criterion with a note, while the application is under review. */
export async function setCriterion(ctx: ServiceContext, input: CriterionInput): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.id, input.id);
  const now = ctx.now();
  return mutate(ctx, async (trx) => {
    const pact = await frontRunner(trx, input.id);
    if (pact.admissionStatus !== "under_review") {
      throw badRequest("Criteria vink je af tijdens de beoordeling. Neem de aanmelding eerst in beoordeling.");
    }
    const before = (await loadReview(trx, input.id)).criteria.find((c) => c.key === input.criterionKey);
    await saveCriterion(trx, {
      pactId: input.id,
      criterionKey: input.criterionKey,
      met: input.met,
      note: input.note,
      checkedBy: currentUserId(ctx),
      checkedAt: now.toISOString(),
    });
    await touchPact(trx, input.id, now);
    ctx.audit.changes = {
      before: { [input.criterionKey]: { met: before?.met ?? false, note: before?.note ?? null } },
      after: { [input.criterionKey]: { met: input.met, note: input.note } },
    };
    return editDetail(trx, input.id);
  });
}

/**
 * Admits (every criterion met) or rejects (with a reason) a front-runner under review. A
 * rejected front-runner is unpublished; an admitted one is published when its editors or the
 * national team choose to.
 */
export async function decide(ctx: ServiceContext, input: AdmissionDecisionInput): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.id, input.id);
  const to: AdmissionStatus = input.decision === "admit" ? "admitted" : "rejected";
  const now = ctx.now();
  return mutate(ctx, async (trx) => {
    const pact = await frontRunner(trx, input.id);
    assertTransition(pact, to, "Alleen een aanmelding die in beoordeling is, kan worden toegelaten of afgewezen.");
    if (to === "admitted") {
      const missing = missingCriteria((await loadReview(trx, input.id)).criteria);
      if (missing.length > 0) {
        throw fieldError("decision", `Nog niet aan alle criteria voldaan: ${missing.map((key) => criterionLabel(key).toLowerCase()).join("; ")}.`);
      }
    }
    const row = to === "rejected" ? { admissionStatus: to, publicationStatus: "draft" as const } : { admissionStatus: to };
    if (!(await updatePactRow(trx, input.id, input.version, row, now))) throw staleVersion();
    await recordDecision(trx, input.id, { by: currentUserId(ctx), at: now.toISOString(), reason: input.reason });
    ctx.audit.changes = { before: { admissionStatus: pact.admissionStatus }, after: { admissionStatus: to, reason: input.reason } };
    return editDetail(trx, input.id);
  });
}
