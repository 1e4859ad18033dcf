import { accountsMatrix } from "./accounts.ts";
import { barrierMatrix } from "./barrier.ts";
import { eventMatrix } from "./event.ts";
import { indicatorCatalogueMatrix } from "./indicator-catalogue.ts";
import { measurementMatrix } from "./measurement.ts";
import { measurementReviewMatrix } from "./measurement-review.ts";
import { regulationMatrix } from "./regulation.ts";
import { reportMatrix } from "./report.ts";
import { supportMatrix } from "./support.ts";
import { taskMatrix } from "./task.ts";
import { volgspotMatrix } from "./volgspot.ts";
import { workQueueMatrix } from "./work-queue.ts";
import { disaggregationMatrix } from "./disaggregation.ts";
import { evidenceMatrix } from "./evidence.ts";
import type { MatrixFragment } from "./rules.ts";
import { scaleMatrix } from "./scale.ts";

/** The matrix rows of the national team's cycle, one fragment per feature. */
export const featureMatrix: MatrixFragment = {
  ...volgspotMatrix,
  ...taskMatrix,
  ...barrierMatrix,
  ...regulationMatrix,
  ...supportMatrix,
  ...eventMatrix,
  ...reportMatrix,
  ...workQueueMatrix,
  ...accountsMatrix,
  ...measurementMatrix,
  ...indicatorCatalogueMatrix,
  ...measurementReviewMatrix,
  ...disaggregationMatrix,
  ...evidenceMatrix,
  ...scaleMatrix,
};
