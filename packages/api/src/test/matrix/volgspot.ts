import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the volgspot procedures. */
export const volgspotMatrix: MatrixFragment = {};
