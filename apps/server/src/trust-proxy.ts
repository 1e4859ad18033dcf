import { isIP } from "node:net";

/**
 * Which proxies may tell the server the client's address (X-Forwarded-For, -Host, -Proto).
 * Off by default: a client could otherwise pick its own address, and with it dodge the login and
 * application-form limits and write any address it likes into the audit log. Set TRUST_PROXY to
 * the number of proxies in front of the server, or to the proxies' addresses or ranges.
 */
export type TrustProxy = false | number | string[];

/** proxy-addr's names for whole ranges, as fastify accepts them. */
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/** Reads TRUST_PROXY: empty, `false` or `0` is off; a whole number is hops; otherwise a comma-separated list. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false" || text === "0") return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error("TRUST_PROXY: geef het aantal proxy's voor de server (1 tot en met 10) of hun adressen.");
    return hops;
  }
  if (text === "true") {
    throw new Error("TRUST_PROXY=true zou elke client zijn eigen adres laten kiezen: geef het aantal proxy's (bijvoorbeeld 1) of hun adressen.");
  }
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length > 0) {
    throw new Error(`TRUST_PROXY: geen IP-adres of bereik (CIDR): ${wrong.join(", ")}.`);
  }
  return entries;
}

/** Fastify's option: hops as a function (what fastify does with a number, which its types leave out). */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust;
}
