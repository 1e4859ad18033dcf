/** A regeling's period in words: "2014–2018", "vanaf 2014", "tot en met 2018" or null. */
export function periodText(startYear: number | null, endYear: number | null): string | null {
  if (startYear !== null && endYear !== null) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
  if (startYear !== null) return `vanaf ${startYear}`;
  if (endYear !== null) return `tot en met ${endYear}`;
  return null;
}
