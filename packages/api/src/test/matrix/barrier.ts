import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the barrier procedures. */
export const barrierMatrix: MatrixFragment = {};
