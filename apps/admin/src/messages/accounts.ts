import { INVITATION_VALID_DAYS } from "@zorgpact/domain/account-token";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import type { AuditLabels } from "./audit-paths.ts";

/** Dutch labels of invitations, the forgotten-password page and the set-password page (issue 13). */
export const accountMessages = {
  invite: {
    title: "Gebruiker uitnodigen",
    heading: "Gebruiker uitnodigen",
    intro: `De nieuwe gebruiker krijgt een e-mail met een link om zelf een wachtwoord te kiezen. De link werkt één keer en is ${INVITATION_VALID_DAYS} dagen geldig.`,
    submit: "Uitnodiging versturen",
    submitting: "Bezig met versturen…",
    sent: (name: string, email: string) => `${name} is uitgenodigd. De uitnodiging gaat per e-mail naar ${email}.`,
  },
  status: {
    column: "Status",
    invited: "Uitgenodigd, nog niet actief",
    invitationExpired: "Uitnodiging verlopen",
    active: "Actief",
    inactive: "Uitgeschakeld",
  },
  invitation: {
    heading: "Uitnodiging",
    pending: (expiresAt: string) => `Deze gebruiker heeft de uitnodiging nog niet gebruikt. De link is geldig tot ${formatTimestamp(expiresAt)}.`,
    expired: (expiresAt: string) => `De uitnodiging is verlopen op ${formatTimestamp(expiresAt)}. Stuur een nieuwe om de gebruiker toegang te geven.`,
    resend: "Uitnodiging opnieuw versturen",
    resending: "Bezig met versturen…",
    resent: (email: string) => `Er is een nieuwe uitnodiging verstuurd naar ${email}. De vorige link werkt niet meer.`,
  },
  forgot: {
    link: "Wachtwoord vergeten?",
    title: "Wachtwoord vergeten",
    heading: "Wachtwoord vergeten",
    intro: "Vul het e-mailadres van je beheeraccount in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.",
    email: "E-mailadres",
    submit: "Stuur mij een link",
    submitting: "Bezig met versturen…",
    failed: "Het versturen is niet gelukt.",
    checkFields: "Controleer het e-mailadres.",
    noMail: "Geen e-mail ontvangen? Kijk ook bij ongewenste e-mail, of vraag het landelijke team om hulp.",
    backToLogin: "Terug naar inloggen",
  },
  setPassword: {
    title: "Wachtwoord instellen",
    headingInvitation: "Welkom: kies je wachtwoord",
    headingReset: "Kies een nieuw wachtwoord",
    heading: "Wachtwoord instellen",
    forAccount: (name: string, email: string) => `Voor het account van ${name} (${email}).`,
    afterwards: "Daarna ben je meteen ingelogd. Op andere apparaten word je uitgelogd.",
    checking: "Bezig met controleren van de link…",
    missingToken: "Deze link is onvolledig. Gebruik de hele link uit de e-mail.",
    linkFailed: "Deze link werkt niet (meer)",
    requestNew: "Nieuwe link aanvragen",
    toLogin: "Naar inloggen",
    newPassword: "Nieuw wachtwoord",
    repeatPassword: "Herhaal nieuw wachtwoord",
    submit: "Wachtwoord instellen",
    submitting: "Bezig met instellen…",
    checkFields: "Controleer de gemarkeerde velden.",
  },
};

/** Dutch audit-log labels of the account procedures. */
export const accountAuditActions = {
  "user.invite": "Gebruiker uitnodigen",
  "user.resendInvitation": "Uitnodiging opnieuw versturen",
  "auth.requestPasswordReset": "Nieuw wachtwoord aanvragen",
  "auth.checkAccountToken": "Link uit e-mail controleren",
  "auth.setPasswordWithToken": "Wachtwoord instellen via e-mail",
} satisfies AuditLabels;
