/** Dutch labels for the domain's enums, shared by the public site and the admin app. */
import type { ChainNodeKind, activityStatuses } from "@zorgpact/domain/effect-chain";
import type { IndicatorDirection } from "@zorgpact/domain/indicator";
import type { OrganisationLevel, ParticipationRole, Sector } from "@zorgpact/domain/organisation";
import type { AdmissionStatus, PactKind, PublicationStatus, collaborationForms, regionalFunctions } from "@zorgpact/domain/pact";
import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";

type ActivityStatus = (typeof activityStatuses)[number];
type CollaborationForm = (typeof collaborationForms)[number];
type RegionalFunction = (typeof regionalFunctions)[number];

export const pactKindLabels: Record<PactKind, string> = {
  national: "Landelijk Zorgpact",
  regional_pact: "Regionaal Zorgpact",
  front_runner: "Koploper",
  breeding_ground: "Broedplaats",
};

/** Plural forms, for counts and headings ("16 Regionale Zorgpacten"). */
export const pactKindPluralLabels: Record<PactKind, string> = {
  national: "Landelijk Zorgpact",
  regional_pact: "Regionale Zorgpacten",
  front_runner: "Koplopers",
  breeding_ground: "Broedplaatsen",
};

export const sectorLabels: Record<Sector, string> = {
  care_welfare: "Zorg en welzijn",
  education: "Onderwijs",
  government: "Overheid",
  employers_organisation: "Werkgeversorganisatie",
  other: "Overig",
};

export const levelLabels: Record<OrganisationLevel, string> = {
  vmbo: "vmbo",
  mbo: "mbo",
  hbo: "hbo",
  wo: "wo",
  gemeente: "Gemeente",
  provincie: "Provincie",
  rijk: "Rijk",
};

export const roleLabels: Record<ParticipationRole, string> = {
  lead: "Trekker",
  partner: "Partner",
};

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  draft: "Concept",
  published: "Gepubliceerd",
};

export const admissionStatusLabels: Record<AdmissionStatus, string> = {
  applied: "Aangemeld",
  under_review: "In beoordeling",
  admitted: "Toegelaten",
  rejected: "Afgewezen",
};

export const collaborationFormLabels: Record<CollaborationForm, string> = {
  light: "Lichte samenwerking",
  firm: "Harde afspraken",
};

export const regionalFunctionLabels: Record<RegionalFunction, string> = {
  platform: "Platform",
  podium: "Podium",
  project_lead: "Projecttrekker",
};

export const chainNodeKindLabels: Record<ChainNodeKind, string> = {
  input: "Input",
  activity: "Activiteiten",
  result: "Resultaten",
  effect: "Effect",
};

export const activityStatusLabels: Record<ActivityStatus, string> = {
  planned: "Gepland",
  running: "Lopend",
  completed: "Afgerond",
  stopped: "Gestopt",
};

export const indicatorDirectionLabels: Record<IndicatorDirection, string> = {
  up: "Stijgen",
  down: "Dalen",
};

export const taxonomyKindLabels: Record<TaxonomyKind, string> = {
  theme: "Thema",
  result_domain: "Resultaatdomein",
  result_area: "Resultaatgebied",
  target_group: "Doelgroep",
  effect_category: "Effectcategorie",
};

/** "Fase 3" — the phase's own name comes from `phases` in the domain. */
export function phaseNumberLabel(phase: number): string {
  return `Fase ${phase}`;
}
