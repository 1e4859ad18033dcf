/** Dutch strings of the demo-data notice and labels. */
export const demoMessages = {
  label: "Demodata",
  title: "Demodata.",
  body: "Deze omgeving bevat voorbeeldgegevens om het platform te laten zien. Feiten uit de bronnen staan erbij met hun bron; aantallen, bedragen, metingen en antwoorden die voor de demonstratie zijn verzonnen, zijn gemarkeerd als demodata.",
  source: "Bron: demodata (verzonnen voor de demonstratie)",
} as const;
