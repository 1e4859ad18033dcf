import type { ExportFile } from "@zorgpact/domain/agenda";
import type { VolgspotMonitor, VolgspotStatus, YearState } from "@zorgpact/domain/volgspot";
import type { Context } from "../context.ts";
import { contentTypes, writeXlsx, type Section } from "./spreadsheet.ts";
import { volgspotMonitor } from "./volgspot.service.ts";

/**
 * The national monitoring view as a workbook: a sheet per table of the page (pacts, agreements
 * past due, success and failure factors). Dutch labels, since the file is read by people.
 */
const stateLabels: Record<YearState, string> = {
  held: "Gehouden",
  submitted: "Ingediend, wacht op beoordeling",
  returned: "Teruggestuurd",
  draft: "Concept",
  not_started: "Nog niet vastgelegd",
};
const statusLabels: Record<VolgspotStatus, string> = {
  draft: "concept",
  submitted: "ingediend",
  returned: "teruggestuurd",
  accepted: "geaccepteerd",
  superseded: "vervangen",
};
const yesNo = (value: boolean) => (value ? "ja" : "nee");

export function monitorSections(monitor: VolgspotMonitor): Section[] {
  return [
    {
      key: "pacts",
      sheetName: `Volgspots ${monitor.year}`,
      columns: [
        "Zorgpact",
        "Gepubliceerd",
        "Stand",
        "Te laat",
        "Uiterlijk op",
        "Gehouden op",
        "Revisie",
        "Status revisie",
        "Open afspraken",
        "Afspraken over datum",
      ],
      rows: monitor.pacts.map((p) => [
        p.name,
        yesNo(p.published),
        stateLabels[p.state],
        yesNo(p.overdue),
        p.dueOn,
        p.revision?.heldOn ?? null,
        p.revision?.revision ?? null,
        p.revision ? statusLabels[p.revision.status] : null,
        p.openAgreements,
        p.overdueAgreements,
      ]),
    },
    {
      key: "overdue_agreements",
      sheetName: "Afspraken over datum",
      columns: ["Zorgpact", "Jaar Volgspot", "Afspraak", "Eigenaar", "Streefdatum"],
      rows: monitor.overdueAgreements.map((a) => [a.pactName, a.year, a.text, a.ownerName, a.dueOn]),
    },
    {
      key: "success_factors",
      sheetName: "Succesfactoren",
      columns: ["Succesfactor", "Aantal zorgpacten"],
      rows: monitor.successFactors.map((f) => [f.label, f.count]),
    },
    {
      key: "failure_factors",
      sheetName: "Faalfactoren",
      columns: ["Faalfactor", "Aantal zorgpacten"],
      rows: monitor.failureFactors.map((f) => [f.label, f.count]),
    },
  ];
}

export async function exportVolgspotMonitor(ctx: Pick<Context, "db" | "now">, year: number): Promise<ExportFile> {
  const content = await writeXlsx(monitorSections(await volgspotMonitor(ctx, year)));
  return { fileName: `volgspot-monitor-${year}.xlsx`, contentType: contentTypes.xlsx, contentBase64: content.toString("base64") };
}
