/** Dutch strings of the indicator chart. */
export const chartMessages = {
  baseline: "Nulmeting",
  measurement: "Meting",
  target: "Streefwaarde",
  targetLine: (value: string) => `Streefwaarde ${value}`,
  date: "Datum",
  moment: "Moment",
  value: (unit: string) => `Waarde (${unit})`,
  source: "Bron",
  tableCaption: (name: string) => `Gegevens van de grafiek: ${name}`,
  showTable: "Toon de gegevens als tabel",
  direction: { up: "streven: stijgen", down: "streven: dalen" },
  summary: {
    intro: (name: string, unit: string, direction: string) => `Lijngrafiek van ${name} (${unit}, ${direction}).`,
    baseline: (value: string, date: string) => `Nulmeting ${value} op ${date}.`,
    latest: (value: string, date: string, count: number) => `Laatste meting ${value} op ${date} (${count === 1 ? "1 meting" : `${count} metingen`}).`,
    none: "Nog niet gemeten.",
    target: (value: string, date: string) => `Streefwaarde ${value} uiterlijk ${date}.`,
    progress: (percent: string, reached: boolean) => `Voortgang ${percent}; ${reached ? "doel behaald" : "doel nog niet behaald"}.`,
  },
} as const;
