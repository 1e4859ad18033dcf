import type { MatrixFragment } from "./rules.ts";

/** The permission rules of the task (reminder) procedures. */
export const taskMatrix: MatrixFragment = {};
