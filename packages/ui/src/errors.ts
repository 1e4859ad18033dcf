import { isApiFailure } from "./api-error.ts";

/** The tRPC error code ("NOT_FOUND", "BAD_REQUEST", …) of a failed call, if the server sent one. */
export function errorCode(error: unknown): string | undefined {
  if (!isApiFailure(error)) return undefined;
  const data: unknown = error.data;
  if (data && typeof data === "object" && "code" in data && typeof data.code === "string") return data.code;
  return undefined;
}

export function isNotFound(error: unknown): boolean {
  return errorCode(error) === "NOT_FOUND";
}
