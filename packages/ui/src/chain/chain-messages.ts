/** Dutch strings of the effect chain diagram, shared by the public site and the admin app. */
import type { IncompleteReason } from "./chain-layout.ts";

export const chainMessages = {
  diagramLabel: "Effectketen van input naar effect",
  leadsTo: "Leidt tot:",
  notLinked: "Nog niet gekoppeld aan een volgende stap.",
  otherIssue: "(ander vraagstuk)",
  emptyColumn: "Nog niets vastgelegd.",
  columnCount: (count: number) => (count === 1 ? "1 onderdeel" : `${count} onderdelen`),
  incomplete: "Onvolledig:",
  effectWithoutResult: "geen bijdragend resultaat",
  resultWithoutActivity: "geen activiteit die dit resultaat oplevert",
  activityWithoutInput: "geen input die deze activiteit mogelijk maakt",
  showList: "Toon als lijst",
  hideList: "Verberg lijst",
  listHeading: "De keten als lijst",
  listIntro: "Elke stap met de stappen waar hij toe leidt, van input naar effect.",
  listLabel: "Effectketen als lijst",
  kindPrefix: {
    input: "Input",
    activity: "Activiteit",
    result: "Resultaat",
    effect: "Effect",
  },
  facts: {
    amount: "Bedrag",
    capacity: "Capaciteit",
    fte: (fte: string) => `${fte} fte`,
    inKind: "In natura",
    fundingSource: "Financiering",
    regulation: "Regeling",
    owner: "Eigenaar",
    period: "Periode",
    periodRange: (start: string, end: string) => `${start} tot en met ${end}`,
    periodFrom: (start: string) => `vanaf ${start}`,
    status: "Status",
    /** An activity's status that its period decided rather than an editor (domain/indicator-status.ts activityStatusOn). */
    statusFromPeriod: (label: string) => `${label} (volgens de periode)`,
    resultArea: "Resultaatgebied",
    effectCategory: "Effectcategorie",
    quantity: "Aantal",
  },
  completeness: {
    completeIssue: "De keten van dit vraagstuk is compleet: elk effect heeft een bijdragend resultaat, elk resultaat een activiteit en elke activiteit input.",
    completePact: "De effectketen is compleet: elk effect heeft een bijdragend resultaat, elk resultaat een activiteit en elke activiteit input.",
    incompleteHeading: "De keten is nog niet compleet",
    noEffects: "Er is nog geen effect benoemd. Effecten zijn je kompas: benoem het effect dat je op lange termijn wilt bereiken.",
    effectsWithoutResult: "Effecten zonder bijdragend resultaat",
    resultsWithoutActivity: "Resultaten zonder activiteit",
    activitiesWithoutInput: "Activiteiten zonder input",
  },
} as const;

/** Why a node makes the chain incomplete, after "Onvolledig:". */
export const incompleteReasonText: Record<IncompleteReason, string> = {
  effectWithoutResult: chainMessages.effectWithoutResult,
  resultWithoutActivity: chainMessages.resultWithoutActivity,
  activityWithoutInput: chainMessages.activityWithoutInput,
};
