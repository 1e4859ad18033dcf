/**
 * Why the signed-in user was last forgotten, for the redirect to the login page: the notice to show
 * there and whether to come back to the same page after logging in. Cleared at the next login.
 */
export interface SignOutReason {
  notice: string | null;
  keepReturnPath: boolean;
}

let lastReason: SignOutReason | null = null;

export function recordSignOut(reason: SignOutReason): void {
  lastReason = reason;
}

export function lastSignOut(): SignOutReason | null {
  return lastReason;
}

export function clearSignOut(): void {
  lastReason = null;
}
