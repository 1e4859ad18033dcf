/**
 * A small counting semaphore for CPU work that shares Node's resources with everything else:
 * password hashing runs on libuv's thread pool (four threads by default), which also serves file
 * reads and DNS, and parsing an upload runs on the event loop. At most `limit` run at once; up to
 * `maxWaiting` more wait their turn; anything beyond that is refused at once (`Busy`), so a flood
 * cannot queue unbounded work.
 */
export class Busy extends Error {
  constructor(readonly what: string) {
    super(`${what}: too many at once`);
  }
}

export class Semaphore {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly name: string,
    private readonly limit: number,
    private readonly maxWaiting: number,
  ) {}

  /** Runs `work` when a slot is free; throws `Busy` when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.maxWaiting) throw new Busy(this.name);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` stays the same.
      if (next) next();
      else this.running--;
    }
  }

  /** For tests and health figures. */
  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
