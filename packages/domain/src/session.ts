/**
 * Session lifetime. Idle: a session unused for this long ends. Absolute: every session ends
 * this long after login, however busy. Both are checked on every request.
 */
export const SESSION_IDLE_MINUTES = 120;
export const SESSION_ABSOLUTE_HOURS = 12;

export type SessionState = "active" | "idle_expired" | "absolute_expired";

export function sessionState(session: { createdAt: Date; lastSeenAt: Date }, now: Date): SessionState {
  if (now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_HOURS * 3_600_000) return "absolute_expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MINUTES * 60_000) return "idle_expired";
  return "active";
}

/** Login throttling: failures within the window count; past the threshold each try waits longer. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_ACCOUNT_FAILURES = 5;
export const THROTTLE_ADDRESS_FAILURES = 20;
const MAX_WAIT_SECONDS = 15 * 60;

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Given the failure times of one account or address within the window, may a new attempt go
 * ahead? The wait doubles per failure past the threshold and is capped, so the real user is
 * never locked out for good: failures older than the window stop counting.
 */
export function throttleDecision(failures: readonly Date[], threshold: number, now: Date): ThrottleDecision {
  const windowStart = now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000;
  const recent = failures.filter((f) => f.getTime() > windowStart).sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < threshold) return { allowed: true, retryAfterSeconds: 0 };
  const waitSeconds = Math.min(MAX_WAIT_SECONDS, 60 * 2 ** (recent.length - threshold));
  const last = recent.at(-1)!;
  const retryAt = last.getTime() + waitSeconds * 1000;
  const remaining = Math.ceil((retryAt - now.getTime()) / 1000);
  return remaining > 0 ? { allowed: false, retryAfterSeconds: remaining } : { allowed: true, retryAfterSeconds: 0 };
}
