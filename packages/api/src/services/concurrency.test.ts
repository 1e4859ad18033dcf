import { describe, expect, it } from "vitest";
import { Busy, Semaphore } from "./concurrency.ts";

describe("Semaphore", () => {
  it("runs at most its limit at once, queues up to its bound and refuses the rest", async () => {
    const semaphore = new Semaphore("test", 2, 3);
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const work = () =>
      semaphore.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return "done";
      });
    const calls = Array.from({ length: 7 }, () => work().catch((e: unknown) => e));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(semaphore.stats).toEqual({ running: 2, waiting: 3 });
    while (releases.length > 0 || semaphore.stats.running > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o === "done")).toHaveLength(5);
    expect(outcomes.filter((o) => o instanceof Busy)).toHaveLength(2);
    expect(most).toBe(2);
    expect(semaphore.stats).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when the work throws", async () => {
    const semaphore = new Semaphore("test", 1, 0);
    await expect(semaphore.run(() => Promise.reject(new Error("kapot")))).rejects.toThrow("kapot");
    expect(await semaphore.run(() => Promise.resolve(1))).toBe(1);
  });
});
