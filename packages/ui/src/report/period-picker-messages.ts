/** Dutch strings of the report's period picker. */
export const periodPickerMessages = {
  formLabel: "Periode van de rapportage kiezen",
  legend: "Periode",
  modeYear: "Een jaar",
  modePeriod: "Een andere periode",
  year: "Jaar",
  from: "Van",
  to: "Tot en met",
  show: "Toon de cijfers",
} as const;
