/** The app shell's strings: site name, header and menu, roles, sign-in, session ends, error pages. */
import type { Role } from "@zorgpact/domain/account";
import { formatNumber } from "@zorgpact/ui/format.ts";

type SessionEnded = "idle_expired" | "absolute_expired" | "disabled";

const minutes = (n: number) => (n === 1 ? "een minuut" : `${formatNumber(n)} minuten`);

export const messages = {
  siteName: "Zorgpact beheer",

  layout: {
    brand: "Zorgpact beheer",
    navLabel: "Beheermenu",
    navUsers: "Gebruikers",
    navAudit: "Auditlog",
    publicSite: "Naar de publieke site",
    accountLabel: "Mijn account",
    signedInAs: "Ingelogd als",
    myPassword: "Mijn wachtwoord",
    logout: "Uitloggen",
    loggingOut: "Bezig met uitloggen…",
    logoutEverywhere: "Overal uitloggen",
    logoutFailed: "Uitloggen is niet gelukt. Probeer het opnieuw.",
    logoutEverywhereTitle: "Overal uitloggen?",
    logoutEverywhereBody: "Je wordt uitgelogd op alle apparaten en in alle browsers waar je bent ingelogd, ook hier. Daarna log je opnieuw in.",
    logoutEverywhereConfirm: "Ja, overal uitloggen",
    cancel: "Annuleren",
  },

  roles: {
    national_admin: "Landelijk team",
    regional_editor: "Regioredacteur",
  } satisfies Record<Role, string>,

  auth: {
    title: "Inloggen",
    heading: "Inloggen",
    intro: "Log in met het e-mailadres en wachtwoord van je beheeraccount.",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    failed: "Inloggen is niet gelukt.",
    tooManyAttempts: (waitMinutes: number) => `Te veel mislukte pogingen. Probeer het over ${minutes(waitMinutes)} opnieuw.`,
    checkFields: "Controleer de gemarkeerde velden.",
    sessionExpired: "Je sessie is verlopen. Log opnieuw in.",
    sessionEnded: {
      idle_expired: "Je sessie is verlopen omdat je een tijd niets hebt gedaan. Log opnieuw in.",
      absolute_expired: "Je sessie is verlopen. Log opnieuw in.",
      disabled: "Je account is uitgeschakeld. Neem contact op met het landelijke Zorgpact-team.",
    } satisfies Record<SessionEnded, string>,
    loggedOut: "Je bent uitgelogd.",
    loggedOutEverywhere: "Je bent op alle apparaten uitgelogd.",
    checking: "Bezig met controleren of je bent ingelogd…",
  },

  noAccess: {
    title: "Geen toegang",
    heading: "Geen toegang",
    body: "Deze pagina is alleen voor het landelijke Zorgpact-team.",
    toPacts: "Naar mijn zorgpacten",
  },

  passwordRepeat: {
    mismatch: "De twee nieuwe wachtwoorden zijn niet gelijk.",
    empty: "Herhaal het nieuwe wachtwoord.",
  },

  notFound: {
    title: "Pagina niet gevonden",
    heading: "Pagina niet gevonden",
    body: "Deze beheerpagina bestaat niet (meer).",
    toPacts: "Naar de zorgpacten",
  },

  error: {
    title: "Er ging iets mis",
    heading: "Er ging iets mis",
    body: "Deze pagina kon niet worden geladen. Probeer het opnieuw.",
    action: "Dit is niet gelukt. Controleer je verbinding en probeer het opnieuw.",
  },
} as const;
