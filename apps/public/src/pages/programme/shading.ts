/**
 * The map's shading: four classes of equal width from 0 to just above the highest value shown,
 * darker for higher. The width is rounded up to the unit's own step (whole counts, whole euros),
 * so the legend reads "tot en met 67 studenten" rather than "66,25 studenten". A region without a
 * value gets no class.
 */
export const SHADE_CLASSES = 4;

/** The width of one class: a quarter of the maximum, rounded up to a multiple of `step` (0 for no values). */
export function classWidth(max: number, step: number): number {
  if (max <= 0) return 0;
  return Math.ceil(max / SHADE_CLASSES / step) * step;
}

export function shadeOf(value: number | null, width: number): number | null {
  if (value === null) return null;
  if (width <= 0) return 1;
  return Math.min(SHADE_CLASSES, Math.max(1, Math.ceil(value / width)));
}

/** The upper bound of each class, for the legend. */
export function shadeBounds(width: number): number[] {
  return Array.from({ length: SHADE_CLASSES }, (_, i) => width * (i + 1));
}
