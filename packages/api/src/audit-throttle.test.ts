import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_THROTTLE_LIMITS, SUPPRESSED_ACTION } from "./audit-throttle.ts";
import { callerFor, createTestUser, signIn } from "./test/caller.ts";

let handle: DatabaseHandle;
let now = Date.parse("2027-03-01T10:00:00Z");
const clock = () => new Date(now);

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const rowsFrom = async (ip: string, action?: string) => {
  let query = handle.db.selectFrom("auditLog").select(["action", "result", "changes"]).where("ip", "=", ip);
  if (action) query = query.where("action", "=", action);
  return query.execute();
};

/** A garbage call to a public mutation: refused by validation, audited as a failure. */
const garbage = (ip: string) =>
  callerFor(handle.db, { ip, now: clock })
    .frontRunner.submitApplication({} as never)
    .catch(() => undefined);

describe("audit rows of anonymous garbage", () => {
  it("writes at most the per-address limit of 2000 invalid anonymous calls, then one row that counts the rest", async () => {
    for (let i = 0; i < 2000; i++) await garbage("203.0.113.50");
    expect(await rowsFrom("203.0.113.50")).toHaveLength(AUDIT_THROTTLE_LIMITS.perAddress);

    // The next window: the count of the last one is written as one compact row.
    now += AUDIT_THROTTLE_LIMITS.windowMs;
    await garbage("203.0.113.50");
    const [summary] = await rowsFrom("203.0.113.50", SUPPRESSED_ACTION);
    expect(summary).toMatchObject({
      result: "refused",
      changes: {
        reason: "TOO_MANY_REQUESTS",
        after: { suppressedRows: 2000 - AUDIT_THROTTLE_LIMITS.perAddress, actions: { "frontRunner.submitApplication": 1940 } },
      },
    });
    expect(await rowsFrom("203.0.113.50")).toHaveLength(AUDIT_THROTTLE_LIMITS.perAddress + 2);
  });

  it("still audits another address during one address's flood, and caps all anonymous rows together", async () => {
    now += AUDIT_THROTTLE_LIMITS.windowMs;
    for (let i = 0; i < 500; i++) await garbage("203.0.113.60");
    await garbage("203.0.113.61");
    expect(await rowsFrom("203.0.113.61")).toHaveLength(1);

    const before = Number(
      (
        await handle.db
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    for (let i = 0; i < 800; i++) await garbage(`198.18.${Math.floor(i / 250)}.${i % 250}`);
    const after = Number(
      (
        await handle.db
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(after - before).toBeLessThanOrEqual(AUDIT_THROTTLE_LIMITS.overall);
  });

  it("never throttles signed-in callers: every refusal of an editor has its own row", async () => {
    now += AUDIT_THROTTLE_LIMITS.windowMs;
    const other = await insertPact(handle.db, { name: "Zorgpact Elders", slug: "zorgpact-elders" });
    const user = await createTestUser(handle.db, "regional_editor");
    const editor = callerFor(handle.db, { sessionToken: await signIn(handle.db, user.email, { now: clock }), ip: "203.0.113.70", now: clock });
    for (let i = 0; i < AUDIT_THROTTLE_LIMITS.perAddress + 20; i++) {
      await editor.pact.update({ id: other, version: 1, name: "Overgenomen" }).catch(() => undefined);
    }
    const refusals = await rowsFrom("203.0.113.70", "pact.update");
    expect(refusals).toHaveLength(AUDIT_THROTTLE_LIMITS.perAddress + 20);
    expect(refusals.every((r) => r.result === "refused")).toBe(true);
  });
});
