import type { Db } from "@zorgpact/db/database";
import { listenForPublications, type PublicationListener } from "@zorgpact/db/publication-listener";
import { readPublicationVersion } from "@zorgpact/db/repositories/publication-version.repository";

/**
 * Published data changes only when a change commits (services/context.ts `mutate` raises the
 * publication version inside its transaction). Public reads are therefore cached per version:
 * an answer stored under version N stays right until N+1 is known, and its ETag can be the
 * version itself, so a revalidation is answered without building anything.
 *
 * Every server process learns a new version within a second: from its own `mutate` at once
 * (`announceCommittedVersion`), from PostgreSQL's NOTIFY (a dedicated LISTEN connection), and
 * while that connection is down from reading the version row every `pollMs`. On PGlite there is
 * only one process, so its own announcement is enough.
 */
export interface PublicationTracker {
  /** The newest committed publication version this process knows of. */
  readonly version: number;
  /** Takes a version learnt from anywhere; older or equal numbers change nothing. */
  observe(version: number): void;
  /** Called with the new version whenever it goes up. */
  onChange(listener: (version: number) => void): void;
  close(): Promise<void>;
}

export interface PublicationTrackerOptions {
  /** PostgreSQL: LISTEN here for other processes' changes. Without it the tracker is process-local. */
  listenUrl?: string | undefined;
  /** The schema of publication_version for the LISTEN connection, when not the default (tests). */
  searchPath?: string | undefined;
  /** How often the version row is read while LISTEN is down (and as a safety net, at most this stale). */
  pollMs?: number;
  log?: (message: string) => void;
}

const trackersByDb = new WeakMap<Db, Set<PublicationTracker>>();

/** `mutate` reports its committed version to the trackers of this process that share its database. */
export function announceCommittedVersion(db: Db, version: number): void {
  for (const tracker of trackersByDb.get(db) ?? []) tracker.observe(version);
}

export async function startPublicationTracker(db: Db, options: PublicationTrackerOptions = {}): Promise<PublicationTracker> {
  let version = await readPublicationVersion(db);
  const listeners: ((version: number) => void)[] = [];
  let listener: PublicationListener | null = null;
  let poller: NodeJS.Timeout | null = null;

  const tracker: PublicationTracker = {
    get version() {
      return version;
    },
    observe(next) {
      if (!(next > version)) return;
      version = next;
      for (const notify of listeners) notify(next);
    },
    onChange(notify) {
      listeners.push(notify);
    },
    async close() {
      trackersByDb.get(db)?.delete(tracker);
      if (poller) clearInterval(poller);
      await listener?.close();
    },
  };

  const local = trackersByDb.get(db) ?? new Set();
  local.add(tracker);
  trackersByDb.set(db, local);

  if (options.listenUrl) {
    listener = listenForPublications({ url: options.listenUrl, searchPath: options.searchPath, onVersion: (v) => tracker.observe(v), log: options.log });
    let reading = false;
    poller = setInterval(() => {
      if (listener?.connected || reading) return;
      reading = true;
      readPublicationVersion(db)
        .then((v) => tracker.observe(v))
        .catch(() => undefined)
        .finally(() => {
          reading = false;
        });
    }, options.pollMs ?? 500);
    poller.unref();
  }
  return tracker;
}

export interface CachedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface PublicationCacheLimits {
  maxEntries?: number;
  maxBytes?: number;
  /** Larger answers are not kept (downloads, huge pages): they would push out everything else. */
  maxEntryBytes?: number;
}

interface Entry extends CachedAnswer {
  version: number;
  bytes: number;
}

/**
 * Anonymous public answers by URL for the current publication version, least recently used
 * first out, bounded by entries and bytes. A new version empties it.
 */
export class PublicationCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;
  hits = 0;
  misses = 0;

  constructor(
    readonly tracker: PublicationTracker,
    limits: PublicationCacheLimits = {},
    /** Part of every ETag: the same version means the same body only for the same code. */
    private readonly buildId = "dev",
  ) {
    this.maxEntries = limits.maxEntries ?? 1_000;
    this.maxBytes = limits.maxBytes ?? 64 * 1024 * 1024;
    this.maxEntryBytes = limits.maxEntryBytes ?? 4 * 1024 * 1024;
    tracker.onChange(() => this.clear());
  }

  get version(): number {
    return this.tracker.version;
  }

  /** The ETag of every public answer built at `version`. */
  etag(version: number): string {
    return `W/"pv${version}-${this.buildId}"`;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== this.tracker.version) {
      if (entry) this.remove(key, entry);
      this.misses += 1;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry;
  }

  /** Keeps an answer built at `version`, unless a newer version arrived while it was being built. */
  set(key: string, version: number, answer: CachedAnswer): void {
    if (version !== this.tracker.version) return;
    const bytes = key.length + (typeof answer.body === "string" ? Buffer.byteLength(answer.body) : answer.body.length);
    if (bytes > this.maxEntryBytes) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { ...answer, version, bytes });
    this.bytes += bytes;
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldKey, oldEntry);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
