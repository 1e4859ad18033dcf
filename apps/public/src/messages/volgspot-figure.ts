import { formatNumber } from "@zorgpact/ui/format.ts";

/** The national Volgspot figure on the landing page (kept apart: the landing page loads it up front). */
export const volgspotFigureMessages = {
  heading: "Volgspot",
  figure: (held: number, total: number, year: number) =>
    `${formatNumber(held)} van ${formatNumber(total)} regionale zorgpacten hielden in ${year} een Volgspot.`,
  explained: "In de Volgspot reflecteren de partners van een regionaal zorgpact elk jaar samen op hun ambities en resultaten en maken ze verbeterafspraken.",
  soFar: (held: number, total: number, year: number) => `In ${year} tot nu toe: ${formatNumber(held)} van ${formatNumber(total)}.`,
};
