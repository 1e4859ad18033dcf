import { messages } from "../messages.ts";

/**
 * The "repeat new password" check. It lives beside the domain schema rather than in it: the API
 * never sees the repeat, and the user should hear about a typo even while the password is too short.
 */
export function repeatPasswordError(newPassword: string, repeatPassword: string): string | undefined {
  if (!repeatPassword) return messages.passwordRepeat.empty;
  if (newPassword !== repeatPassword) return messages.passwordRepeat.mismatch;
  return undefined;
}
