/** The evidence behind a pact's public figures (pages/pact/IndicatorEvidence.tsx). */
export const evidenceMessages = {
  heading: "Onderbouwing van de cijfers",
  intro: "Rapporten, bestanden en links die de partners bij een goedgekeurde meting hebben gevoegd.",
  measuredOn: (date: string) => `Meting van ${date}`,
  file: (type: string, size: string) => `${type}, ${size}`,
  link: "externe link",
  failed: "De onderbouwing van de cijfers kon niet worden geladen.",
};
