import { INVITATION_VALID_DAYS } from "@zorgpact/domain/account-token";
import { apiEnv } from "../../env.ts";

/**
 * The Dutch e-mails about accounts and applications: plain text with a simple HTML twin, no
 * images, no tracking. Every link leads to the platform itself (APP_URL).
 */
export interface AccountMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The set-password page of the admin app, with the token in the link. */
export function setPasswordUrl(token: string, appUrl = apiEnv.appUrl): string {
  return `${appUrl}/admin/wachtwoord-instellen?token=${encodeURIComponent(token)}`;
}

const FOOTER = "Dit is een automatisch bericht van het Zorgpact-platform.";

/** Paragraphs to text and HTML; a paragraph given as { link } becomes a line with the address. Also for review-mail.ts. */
export function compose(subject: string, paragraphs: readonly (string | { link: string; label: string })[]): AccountMail {
  const text = [...paragraphs.map((p) => (typeof p === "string" ? p : `${p.label}:\n${p.link}`)), FOOTER].join("\n\n") + "\n";
  const body = paragraphs
    .map((p) =>
      typeof p === "string"
        ? `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`
        : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.label)}</a></p>\n<p style="font-size:90%">Werkt de knop niet? Kopieer dan dit adres in je browser:<br>${escapeHtml(p.link)}</p>`,
    )
    .join("\n");
  const html = `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family:sans-serif;line-height:1.5;max-width:40em">\n${body}\n<p style="color:#555;font-size:90%">${escapeHtml(FOOTER)}</p>\n</body></html>\n`;
  return { subject, text, html };
}

export function invitationMail(options: { name: string; url: string; invitedBy: string | null }): AccountMail {
  return compose("Uitnodiging voor Zorgpact beheer", [
    `Beste ${options.name},`,
    `${options.invitedBy ? `${options.invitedBy} van het landelijke team` : "Het landelijke team"} heeft een account voor je aangemaakt in Zorgpact beheer, de omgeving waarin zorgpacten hun gegevens bijhouden.`,
    "Kies via de link hieronder je wachtwoord. Daarna ben je meteen ingelogd.",
    { link: options.url, label: "Wachtwoord instellen" },
    `De link werkt één keer en is ${INVITATION_VALID_DAYS} dagen geldig. Is hij verlopen, vraag dan het landelijke team om een nieuwe uitnodiging. Verwachtte je deze e-mail niet, dan kun je hem negeren.`,
  ]);
}

export function passwordResetMail(options: { name: string; url: string }): AccountMail {
  return compose("Nieuw wachtwoord voor Zorgpact beheer", [
    `Beste ${options.name},`,
    "Iemand heeft gevraagd om een nieuw wachtwoord voor je account in Zorgpact beheer. Was jij dat, kies dan via de link hieronder een nieuw wachtwoord. Daarna ben je ingelogd en worden je andere sessies beëindigd.",
    { link: options.url, label: "Nieuw wachtwoord instellen" },
    "De link werkt één keer en is een uur geldig. Heb je niets aangevraagd, dan kun je deze e-mail negeren: je wachtwoord blijft hetzelfde.",
  ]);
}

export function applicationConfirmationMail(options: { contactName: string; initiativeName: string; organisationName: string }): AccountMail {
  return compose(`Aanmelding ontvangen: ${options.initiativeName}`, [
    `Beste ${options.contactName},`,
    `Bedankt voor de aanmelding van "${options.initiativeName}" (${options.organisationName}) als koploper bij Zorgpact. We hebben je aanmelding goed ontvangen.`,
    "Het landelijke team beoordeelt de aanmelding en neemt contact met je op over de volgende stap.",
    "Heb je deze aanmelding niet zelf gedaan? Laat het ons dan weten via de contactgegevens op de website.",
  ]);
}
