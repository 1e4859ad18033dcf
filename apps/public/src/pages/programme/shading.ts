/**
 * The map's shading: four classes of equal width from 0 to the highest value shown, darker for
 * higher. Equal widths keep the legend readable ("0 tot en met 120"); a region without a value
 * gets no class.
 */
export const SHADE_CLASSES = 4;

export function shadeOf(value: number | null, max: number): number | null {
  if (value === null) return null;
  if (max <= 0) return 1;
  return Math.min(SHADE_CLASSES, Math.max(1, Math.ceil((value / max) * SHADE_CLASSES)));
}

/** The [from, to] of each class, for the legend. */
export function shadeRanges(max: number): [number, number][] {
  const step = max / SHADE_CLASSES;
  return Array.from({ length: SHADE_CLASSES }, (_, i) => [i === 0 ? 0 : step * i, step * (i + 1)]);
}
