/** Dutch strings of the demo-data notice and labels. */
export const demoMessages = {
  label: "Demodata",
  title: "Demodata.",
  body: "Deze omgeving bevat voorbeeldgegevens. Verzonnen aantallen, bedragen, metingen en antwoorden zijn gemarkeerd als demodata; feiten staan erbij met hun bron.",
  source: "Bron: demodata (verzonnen voor de demonstratie)",
} as const;
