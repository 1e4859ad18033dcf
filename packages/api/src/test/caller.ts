import type { Db } from "@zorgpact/db/database";
import { createContextInner } from "../context.ts";
import { createCaller } from "../root.ts";

/** A caller as an anonymous member of the public. */
export function publicCaller(db: Db) {
  return createCaller(createContextInner({ db }));
}
