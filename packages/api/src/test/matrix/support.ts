import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the support procedures. */
export const supportMatrix: MatrixFragment = {};
