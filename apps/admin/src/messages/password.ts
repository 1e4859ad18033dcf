import { PASSWORD_MIN_LENGTH } from "@zorgpact/domain/account";

/** Dutch labels of the own-password page, also used for the password rules on the set-password page. */
export const passwordMessages = {
  title: "Mijn wachtwoord",
  heading: "Mijn wachtwoord wijzigen",
  rulesIntro: "Een goed wachtwoord:",
  rules: [
    `is minstens ${PASSWORD_MIN_LENGTH} tekens lang;`,
    "is geen bekend of veelgebruikt wachtwoord (zoals ‘welkom123’ of ‘wachtwoord’);",
    "is bijvoorbeeld een zin van een paar woorden die je makkelijk onthoudt.",
  ],
  otherSessions: "Na het wijzigen word je op je andere apparaten uitgelogd; hier blijf je ingelogd.",
  currentPassword: "Huidig wachtwoord",
  newPassword: "Nieuw wachtwoord",
  repeatPassword: "Herhaal nieuw wachtwoord",
  submit: "Wachtwoord wijzigen",
  submitting: "Bezig met wijzigen…",
  done: "Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.",
  checkFields: "Controleer de gemarkeerde velden.",
};
