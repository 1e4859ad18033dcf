import { findAgendaPact } from "@zorgpact/db/repositories/agenda.repository";
import { EVERYTHING, PUBLIC } from "@zorgpact/db/repositories/visibility";
import type { Agenda, ExportFile, ExportFormat } from "@zorgpact/domain/agenda";
import { assertCanEditPact } from "../access.ts";
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { loadAgenda } from "./agenda.service.ts";
import type { ServiceContext } from "./context.ts";
import { PACT_NOT_FOUND } from "./guards.ts";
import { contentTypes, writeCsv, writeXlsx, type Cell, type Section } from "./spreadsheet.ts";

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const yesNo = (value: boolean) => (value ? "ja" : "nee");

/**
 * The whole agenda as tables: issues, ambitions, nodes, links, indicators and measurements.
 * Ids come first so a file can be read back; names and labels stand beside them for people.
 * The measurements table has the import's columns, so it can be edited and imported again.
 */
export function agendaSections(agenda: Agenda): Section[] {
  const term = new Map(agenda.terms.map((t) => [t.id, t.label]));
  const organisation = new Map(agenda.organisations.map((o) => [o.id, o.name]));
  const issue = new Map(agenda.issues.map((i) => [i.id, i.title]));
  const node = new Map(agenda.nodes.map((n) => [n.id, n]));
  const cost = new Map([...agenda.cost.results, ...agenda.cost.effects].map((c) => [c.nodeId, c]));
  const label = (map: Map<string, string>, id: string | null): Cell => (id ? (map.get(id) ?? null) : null);

  return [
    {
      key: "issues",
      sheetName: "Vraagstukken",
      columns: ["id", "sort_order", "title", "description", "themes", "coalition", "chain_complete"],
      rows: agenda.issues.map((i) => [
        i.id,
        i.sortOrder,
        i.title,
        i.description,
        i.themes.map((t) => t.label).join("; "),
        i.coalition.map((o) => o.name).join("; "),
        yesNo(i.completeness.complete),
      ]),
    },
    {
      key: "ambitions",
      sheetName: "Ambities",
      columns: ["id", "issue_id", "issue", "sort_order", "statement"],
      rows: agenda.issues.flatMap((i) => i.ambitions.map((a) => [a.id, i.id, i.title, a.sortOrder, a.statement])),
    },
    {
      key: "nodes",
      sheetName: "Ketenelementen",
      columns: [
        "id",
        "issue_id",
        "issue",
        "kind",
        "title",
        "description",
        "term",
        "amount_euros",
        "fte",
        "in_kind",
        "funding_source",
        "owner_organisation",
        "period_start",
        "period_end",
        "status",
        "quantity",
        "unit",
        "allocated_euros",
        "cost_per_unit_euros",
      ],
      rows: agenda.nodes.map((n) => [
        n.id,
        n.issueId,
        label(issue, n.issueId),
        n.kind,
        n.title,
        n.description,
        label(term, n.termId),
        euros(n.amountCents),
        n.fte,
        n.inKind,
        n.fundingSource,
        label(organisation, n.ownerOrganisationId),
        n.periodStart,
        n.periodEnd,
        n.status,
        n.quantity,
        n.unit,
        cost.has(n.id) ? euros(cost.get(n.id)!.allocatedCents) : null,
        euros(cost.get(n.id)?.costPerUnitCents ?? null),
      ]),
    },
    {
      key: "links",
      sheetName: "Verbindingen",
      columns: ["from_id", "from_kind", "from_title", "to_id", "to_kind", "to_title"],
      rows: agenda.links.map((l) => [
        l.fromId,
        node.get(l.fromId)?.kind ?? null,
        node.get(l.fromId)?.title ?? null,
        l.toId,
        node.get(l.toId)?.kind ?? null,
        node.get(l.toId)?.title ?? null,
      ]),
    },
    {
      key: "indicators",
      sheetName: "Indicatoren",
      columns: [
        "id",
        "node_id",
        "node",
        "name",
        "unit",
        "direction",
        "baseline_value",
        "baseline_date",
        "target_value",
        "target_date",
        "current_value",
        "current_on",
        "progress_percent",
        "reached",
      ],
      rows: agenda.indicators.map((i) => [
        i.id,
        i.nodeId,
        node.get(i.nodeId)?.title ?? null,
        i.name,
        i.unit,
        i.direction,
        i.baselineValue,
        i.baselineDate,
        i.targetValue,
        i.targetDate,
        i.progress.current,
        i.progress.currentOn,
        Math.round(i.progress.fraction * 1000) / 10,
        yesNo(i.progress.reached),
      ]),
    },
    {
      key: "measurements",
      sheetName: "Metingen",
      columns: ["indicator_id", "indicator", "measured_on", "value", "source", "note"],
      rows: agenda.indicators.flatMap((i) => i.measurements.map((m) => [i.id, i.name, m.measuredOn, m.value, m.source, m.note])),
    },
  ];
}

async function toFile(agenda: Agenda, format: ExportFormat): Promise<ExportFile> {
  const sections = agendaSections(agenda);
  const content = format === "xlsx" ? await writeXlsx(sections) : writeCsv(sections);
  return { fileName: `actieagenda-${agenda.pact.slug}.${format}`, contentType: contentTypes[format], contentBase64: content.toString("base64") };
}

export async function exportAgenda(ctx: ServiceContext, input: { pactId: string; format: ExportFormat }): Promise<ExportFile> {
  assertCanEditPact(ctx, input.pactId);
  const pact = await findAgendaPact(ctx.db, { id: input.pactId }, EVERYTHING);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  return toFile(await loadAgenda(ctx.db, pact), input.format);
}

export async function exportPublicAgenda(ctx: Pick<Context, "db">, input: { slug: string; format: ExportFormat }): Promise<ExportFile> {
  const pact = await findAgendaPact(ctx.db, { slug: input.slug }, PUBLIC);
  if (!pact) throw notFound("Dit zorgpact bestaat niet of is niet gepubliceerd.");
  // Only approved values leave the platform (review before publication).
  return toFile(await loadAgenda(ctx.db, pact, "public-complete"), input.format);
}
