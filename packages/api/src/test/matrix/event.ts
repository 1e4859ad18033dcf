import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the event procedures. */
export const eventMatrix: MatrixFragment = {};
