/** Dutch strings of the shared list component and its filter form. */
export const listMessages = {
  actions: "Acties",
  filter: "Filteren",
  clear: "Filters wissen",
  allOptions: "Alle",
} as const;
