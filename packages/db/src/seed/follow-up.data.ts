import type { Adoption, Challenge, Consolidation } from "@zorgpact/domain/front-runner";
import type { GovernanceItemKey } from "@zorgpact/domain/governance";

/**
 * Follow-up of the admitted front-runners (figures 6–8): demo answers, so the showcase and
 * the survey-style figures have data. The seeds report about two thirds adopted elsewhere.
 */
export const frontRunnerFollowUp: Readonly<Record<string, { adoption: Adoption; challenges: Challenge[]; consolidation: Consolidation[] }>> = {
  "wijkleercentra-achterhoek": { adoption: "parts", challenges: ["funding", "education_requirements"], consolidation: ["regular_offering"] },
  "zorgtechniek-limburg": { adoption: "whole_concept", challenges: ["funding"], consolidation: ["regular_offering", "joint_agenda"] },
  "care-academy-veluwe": { adoption: "parts", challenges: ["organisation_processes"], consolidation: ["regular_processes"] },
  "tinten-academie": { adoption: "interest", challenges: ["funding", "collective_agreements"], consolidation: ["joint_agenda"] },
  "leer-en-innovatie-netwerk": { adoption: "parts", challenges: ["role_perception"], consolidation: ["regular_offering"] },
  "zorgalliantie-nu": { adoption: "whole_concept", challenges: ["organisation_processes", "role_perception"], consolidation: ["joint_agenda"] },
  netwerkzon: { adoption: "parts", challenges: ["funding"], consolidation: ["regular_processes", "joint_agenda"] },
  "wijkleerbedrijf-den-haag": { adoption: "parts", challenges: ["funding", "collective_agreements"], consolidation: ["regular_offering"] },
  "professioneel-samenwerken-in-de-wijk": { adoption: "interest", challenges: ["education_requirements"], consolidation: ["none"] },
  "learning-lab": { adoption: "parts", challenges: ["organisation_processes"], consolidation: ["regular_processes"] },
  "lerend-wijkcentrum-den-haag": { adoption: "whole_concept", challenges: ["funding"], consolidation: ["regular_offering"] },
  "beter-samen-in-noord": { adoption: "no", challenges: ["funding", "role_perception"], consolidation: ["none"] },
};

/** Governance now and in five years (figure 16) for a few regional pacts. */
export const governance: Readonly<Record<string, readonly { item: GovernanceItemKey; now: boolean; inFiveYears: boolean }[]>> = {
  "zorgpact-noord": [
    { item: "administrative_consultation", now: true, inFiveYears: true },
    { item: "regional_vision", now: true, inFiveYears: true },
    { item: "workforce_planning", now: false, inFiveYears: true },
    { item: "lifelong_learning", now: false, inFiveYears: true },
    { item: "interwoven_activities", now: false, inFiveYears: true },
  ],
  "zorgpact-rotterdam": [
    { item: "administrative_consultation", now: true, inFiveYears: true },
    { item: "shortages_surpluses", now: true, inFiveYears: true },
    { item: "joint_employership", now: false, inFiveYears: true },
  ],
  "zorgpact-limburg": [
    { item: "administrative_consultation", now: true, inFiveYears: true },
    { item: "education_content", now: true, inFiveYears: true },
    { item: "regional_vision", now: false, inFiveYears: true },
  ],
};

/** Funding streams (invented amounts, labelled) for the pacts with a demo chain. */
export const fundingStreams: Readonly<Record<string, readonly { source: string; amountCents: number | null; inKind: boolean }[]>> = {
  "zorgpact-noord": [
    { source: "Provincie Groningen (demodata)", amountCents: 150_000_00, inKind: false },
    { source: "Inzet van de partners (in natura)", amountCents: null, inKind: true },
  ],
  "zorgpact-rotterdam": [
    { source: "Gemeente Rotterdam (demodata)", amountCents: 250_000_00, inKind: false },
    { source: "VWS – sectorplan (demodata)", amountCents: 100_000_00, inKind: false },
  ],
  "zorgtechniek-limburg": [{ source: "OCW – RIF mbo (demodata)", amountCents: 400_000_00, inKind: false }],
};
