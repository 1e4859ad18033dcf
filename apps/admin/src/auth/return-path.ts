/** Where the login page sends the user afterwards: `?terug=/gebruikers` (a path inside the admin app). */
export const LOGIN_PATH = "/inloggen";
export const RETURN_PARAM = "terug";

/**
 * Only a path within this app counts: no other origin (`//evil.example`, `https:…`, `/\evil`), and
 * never back to the login page itself. Anything else means the pacts table.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return "/";
  const path = value.split(/[?#]/)[0] ?? "/";
  if (path === LOGIN_PATH || path.startsWith(`${LOGIN_PATH}/`)) return "/";
  return value;
}

/** The login page's URL that returns to `path` (router path, without the /admin basename). */
export function loginPathFor(returnPath: string | null): string {
  const target = returnPath ? safeReturnPath(returnPath) : "/";
  return target === "/" ? LOGIN_PATH : `${LOGIN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: target }).toString()}`;
}
