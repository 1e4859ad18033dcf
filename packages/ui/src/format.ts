/** nl-NL formatting through Intl. Calendar dates stay strings, so no time zone can shift a day. */

const LOCALE = "nl-NL";
const TIME_ZONE = "Europe/Amsterdam";

const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const euroFormat = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR" });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 0 });
// The date is built at UTC midnight and formatted in UTC: the calendar day never moves.
const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const timestampFormat = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Money is kept as integer cents. */
export function formatEuroFromCents(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** A fraction (0.42) as a percentage ("42%"). */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

/** `2026-11-23` → "23 november 2026". Anything that is not a calendar date is returned as is. */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat.format(date);
}

/** An ISO timestamp as Dutch local time: "23 november 2026 om 20:35". */
export function formatTimestamp(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return timestampFormat.format(date);
}
