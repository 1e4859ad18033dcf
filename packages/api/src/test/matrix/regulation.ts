import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the regulation procedures. */
export const regulationMatrix: MatrixFragment = {};
