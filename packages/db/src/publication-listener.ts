import pg from "pg";
import { PUBLICATION_CHANNEL } from "./repositories/publication-version.repository.ts";

export interface PublicationListener {
  /** Whether LISTEN is in place now; while it is not, the caller checks the version row itself. */
  readonly connected: boolean;
  close(): Promise<void>;
}

export interface PublicationListenerOptions {
  url: string;
  /** The schema holding publication_version, when it is not on the default search path (tests). */
  searchPath?: string | undefined;
  /** A version announced by NOTIFY, or read right after (re)connecting (changes during an outage). */
  onVersion(version: number): void;
  /** The first wait before reconnecting; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  log?: (message: string) => void;
}

/**
 * LISTEN on a dedicated `pg` client (a pooled connection would hand the LISTEN to whichever
 * request borrows it next). A lost connection is reopened with backoff, and every (re)connect
 * reads the version row, so a change committed while the listener was away is not missed.
 */
export function listenForPublications(options: PublicationListenerOptions): PublicationListener {
  const retryMs = options.retryMs ?? 100;
  const maxRetryMs = options.maxRetryMs ?? 2_000;
  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let wait = retryMs;
  let timer: NodeJS.Timeout | null = null;

  const scheduleReconnect = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, wait);
    wait = Math.min(wait * 2, maxRetryMs);
  };

  const lose = (current: pg.Client, reason: string) => {
    if (client !== current) return;
    client = null;
    connected = false;
    options.log?.(`[publicatie] LISTEN verbroken: ${reason}`);
    current.end().catch(() => undefined);
    scheduleReconnect();
  };

  async function connect(): Promise<void> {
    const current = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    client = current;
    current.on("error", (error) => lose(current, error.message));
    current.on("end", () => lose(current, "verbinding gesloten"));
    // The payload is only a wake-up: channels are per database, not per schema, so the row is
    // read back (coalesced: one read in flight, one more if notifications came meanwhile).
    let reading: Promise<void> | null = null;
    let again = false;
    const readVersion = async (): Promise<void> => {
      if (reading) {
        again = true;
        return reading;
      }
      reading = (async () => {
        do {
          again = false;
          const { rows } = await current.query<{ version: string }>("select version::text as version from publication_version where id = 1");
          if (rows[0] && client === current) options.onVersion(Number(rows[0].version));
        } while (again);
      })().finally(() => {
        reading = null;
      });
      return reading;
    };
    current.on("notification", (message) => {
      if (message.channel === PUBLICATION_CHANNEL) readVersion().catch((error: unknown) => lose(current, String(error)));
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${PUBLICATION_CHANNEL}`);
      if (closed || client !== current) return;
      connected = true;
      wait = retryMs;
      await readVersion();
    } catch (error) {
      lose(current, error instanceof Error ? error.message : String(error));
    }
  }

  void connect();
  return {
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      connected = false;
      await current?.end().catch(() => undefined);
    },
  };
}
