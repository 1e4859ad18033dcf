/** The one string the pact page needs from the regelingen (kept apart so the pact page loads little). */
export const regulationNameMessages = {
  fundedBy: "Inputs van deze keten komen uit de regelingen:",
} as const;
