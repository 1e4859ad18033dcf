import type { NewAuditEntry } from "@zorgpact/db/repositories/audit.repository";

/**
 * Keeps anonymous garbage from filling the audit log. Rows the audit middleware writes for
 * callers without a session (refusals, failures, and calls that changed nothing of their own)
 * are written up to a limit per address and overall per minute; past it they are counted, and
 * the count is written as one compact `audit.suppressed` row per address when the minute is over.
 * Signed-in callers are always audited one row per call, and successful changes write their row
 * inside their own transaction (services/context.ts), so neither is ever suppressed.
 *
 * The counts live in this process: a restart loses at most one unfinished minute of counts.
 */

export const SUPPRESSED_ACTION = "audit.suppressed";

export interface AuditThrottleLimits {
  windowMs: number;
  /** Rows per address per window. */
  perAddress: number;
  /** Rows per window from all anonymous callers together (many addresses, one attacker). */
  overall: number;
  /** Addresses tracked per window; the rest are counted together under `*`. */
  maxAddresses: number;
}

export const AUDIT_THROTTLE_LIMITS: AuditThrottleLimits = { windowMs: 60_000, perAddress: 60, overall: 600, maxAddresses: 5_000 };

interface AddressCount {
  written: number;
  suppressed: number;
  actions: Map<string, number>;
}

export class AuditThrottle {
  private windowStart = -Infinity;
  private written = 0;
  private addresses = new Map<string, AddressCount>();

  constructor(private readonly limits: AuditThrottleLimits = AUDIT_THROTTLE_LIMITS) {}

  /**
   * Whether an anonymous row from `ip` may be written now (otherwise it was counted), and the
   * summary rows of a window that has just ended, which the caller writes.
   */
  admit(ip: string, action: string, now: Date): { write: boolean; summaries: NewAuditEntry[] } {
    const summaries = this.rollOver(now);
    const key = this.addresses.has(ip) || this.addresses.size < this.limits.maxAddresses ? ip : "*";
    const count = this.addresses.get(key) ?? { written: 0, suppressed: 0, actions: new Map<string, number>() };
    this.addresses.set(key, count);
    if (count.written < this.limits.perAddress && this.written < this.limits.overall) {
      count.written++;
      this.written++;
      return { write: true, summaries };
    }
    count.suppressed++;
    count.actions.set(action, (count.actions.get(action) ?? 0) + 1);
    return { write: false, summaries };
  }

  /** The summaries of the current window, ending it (for shutdown and tests). */
  flush(now: Date): NewAuditEntry[] {
    const summaries = this.summaries(now);
    this.windowStart = now.getTime();
    this.written = 0;
    this.addresses = new Map();
    return summaries;
  }

  private rollOver(now: Date): NewAuditEntry[] {
    if (now.getTime() - this.windowStart < this.limits.windowMs) return [];
    return this.flush(now);
  }

  private summaries(now: Date): NewAuditEntry[] {
    const from = Number.isFinite(this.windowStart) ? new Date(this.windowStart).toISOString() : null;
    return [...this.addresses.entries()]
      .filter(([, count]) => count.suppressed > 0)
      .map(([ip, count]) => ({
        actorUserId: null,
        actorEmail: null,
        action: SUPPRESSED_ACTION,
        objectType: null,
        objectId: null,
        pactId: null,
        result: "refused" as const,
        ip: ip === "*" ? null : ip,
        changes: {
          after: { suppressedRows: count.suppressed, from, to: now.toISOString(), actions: Object.fromEntries(count.actions) },
          reason: "TOO_MANY_REQUESTS",
        },
      }));
  }
}

/** The one throttle of this process. */
export const auditThrottle = new AuditThrottle();
