import { seedDemoUsers } from "@zorgpact/api/services/demo-users";
import type { Db } from "@zorgpact/db/database";
import { seedDemo } from "@zorgpact/db/seed/demo";

/** Demo pacts, chains and the two demo accounts; local use only. */
export async function loadDemoData(db: Db, demoPassword: string): Promise<void> {
  await seedDemo(db);
  await seedDemoUsers(db, demoPassword);
}
