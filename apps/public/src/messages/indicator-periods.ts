/** Dutch strings of an indicator's status, frequency and targets per period on the public pact page (issue 15). */
export const indicatorPeriodMessages = {
  progressColumn: "Voortgang en status",
  frequency: (label: string) => `Meetfrequentie: ${label.toLowerCase()}`,
  targetsSummary: "Doelen per periode",
  targetsCaption: (name: string) => `Doelen per periode: ${name}`,
  period: "Periode",
  target: "Doel",
  /** Beside a target an editor did not set: the seed's invented targets read "demodata". */
  targetSource: (source: string) => source.toLowerCase(),
};
