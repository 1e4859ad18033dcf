/**
 * The action agenda around each demo chain: one issue (vraagstuk) with its themes and
 * ambition, and the counted units of results and effects that the effect calculator needs.
 * Counts are invented and labelled "(demodata)" in their unit, except the two figures from the
 * ministers' letter of 2016 on the ZTL Academy.
 */
export interface AgendaSeed {
  /** Slug of the pact whose chain this issue holds. */
  pact: string;
  title: string;
  description: string;
  themes: readonly string[];
  ambitions: readonly string[];
  /** Counted units per node key of the chain. */
  quantities: Readonly<Record<string, { quantity: number; unit: string }>>;
}

const demoUnit = (unit: string) => `${unit} (demodata)`;

export const agendas: readonly AgendaSeed[] = [
  {
    pact: "zorgpact-noord",
    title: "Te weinig praktijkleerplaatsen in de wijk",
    description: "Studenten zorg en welzijn leren te weinig in de wijk, terwijl daar de zorgvraag groeit.",
    themes: ["Leren in de praktijk", "Zorg en technologie"],
    ambitions: ["Startende professionals zijn toegerust voor zorg en welzijn in de wijk, en minder studenten vallen uit."],
    quantities: {
      "r-leerwerkplaatsen": { quantity: 120, unit: demoUnit("studenten") },
      "r-trainingen": { quantity: 300, unit: demoUnit("professionals") },
      "r-technologie": { quantity: 6, unit: demoUnit("opleidingen") },
    },
  },
  {
    pact: "zorgtechniek-limburg",
    title: "Zorgtechnologie is nog geen vanzelfsprekend deel van het vak",
    description: "Zorgmedewerkers en studenten missen kennis van zorgtechnologie die in de praktijk al nodig is.",
    themes: ["Zorg en technologie", "Permanent leren"],
    ambitions: ["Medewerkers en studenten passen zorgtechnologie deskundig toe, zodat cliënten zelfstandiger kunnen leven."],
    quantities: {
      "r-e-learning": { quantity: 2000, unit: "studenten" },
      "r-zorgtechnicus": { quantity: 71, unit: "studenten" },
      "r-skillslabs": { quantity: 2, unit: "skillslabs" },
      "r-bijscholing": { quantity: 250, unit: demoUnit("medewerkers") },
    },
  },
  {
    pact: "wijkleercentra-achterhoek",
    title: "Leren in de wijk met een wijkdocent",
    description: "Mbo- en hbo-studenten leren samen in wijkleercentra, begeleid door een wijkdocent.",
    themes: ["Leren in de praktijk"],
    ambitions: ["Meer studenten kiezen na hun opleiding voor werk in de wijk."],
    quantities: {
      "r-studenten": { quantity: 90, unit: demoUnit("studenten") },
      "r-wijkleercentra": { quantity: 5, unit: demoUnit("wijkleercentra") },
      "r-leerlijn": { quantity: 40, unit: demoUnit("studenten") },
    },
  },
  {
    pact: "zorgpact-rotterdam",
    title: "Werk voor mbo-2'ers en innovatie in de zorg",
    description: "Meer arbeidsplaatsen op niveau 1 en 2 en beproefde zorginnovaties in de stad.",
    themes: ["Strategische personeelsplanning", "Zorg en technologie"],
    ambitions: ["Meer Rotterdammers vinden werk in zorg en welzijn, en zorggebruikers wonen langer zelfstandig."],
    quantities: {
      "r-mbo-2": { quantity: 80, unit: demoUnit("arbeidsplaatsen") },
    },
  },
];
