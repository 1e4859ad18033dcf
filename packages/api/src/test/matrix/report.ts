import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the report procedures. */
export const reportMatrix: MatrixFragment = {};
