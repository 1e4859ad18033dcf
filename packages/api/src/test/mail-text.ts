import type { ReceivedMail } from "./smtp.ts";

/**
 * The plain-text part of a message as the in-process SMTP server received it, decoded
 * (nodemailer sends quoted-printable or base64, depending on the text).
 */
export function plainText(mail: ReceivedMail): string {
  const parts = mail.raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => /content-type:\s*text\/plain/i.test(p)) ?? mail.raw;
  const [head = "", ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n").replace(/\r?\n--[^\r\n]+--\s*$/, "");
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** The token of the set-password link in a message. */
export function linkToken(mail: ReceivedMail): string {
  const match = /wachtwoord-instellen\?token=([A-Za-z0-9_-]+)/.exec(plainText(mail));
  if (!match?.[1]) throw new Error(`no set-password link in: ${plainText(mail)}`);
  return match[1];
}
