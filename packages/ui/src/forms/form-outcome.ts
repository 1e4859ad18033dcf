/**
 * Pure parts of the one form approach: how a failed save is read (field errors of a BAD_REQUEST,
 * a stale-version CONFLICT, or anything else) and how react-hook-form's nested errors become one
 * message per field.
 */
import type { FieldErrors as HookFieldErrors, FieldValues } from "react-hook-form";
import { errorCode } from "../errors.ts";
import { apiFieldErrors, apiMessage, hasFieldErrors, type FieldErrors } from "../form-errors.ts";
import { formMessages } from "./form-messages.ts";

export type SaveFailure = { kind: "fields"; errors: FieldErrors; message: string } | { kind: "conflict"; message: string } | { kind: "other"; message: string };

/** What a failed save means for the form; messages are the API's own Dutch ones where it sent them. */
export function readSaveFailure(error: unknown, messages: { checkFields: string; failed: string } = formMessages): SaveFailure {
  const code = errorCode(error);
  if (code === "CONFLICT") return { kind: "conflict", message: apiMessage(error) ?? messages.failed };
  const errors = apiFieldErrors(error);
  if (code === "BAD_REQUEST" && hasFieldErrors(errors)) return { kind: "fields", errors, message: messages.checkFields };
  return { kind: "other", message: apiMessage(error) ?? messages.failed };
}

/** API field names → the form's own (`{ budgetCents: "budget" }`), so an error shows on the field that was typed in. */
export type FieldNames = Readonly<Record<string, string>>;

/** The same errors under the form's field names; a field the map does not name keeps its name. */
export function renameFieldErrors<E>(errors: Record<string, E>, fieldNames: FieldNames | undefined): Record<string, E> {
  if (!fieldNames) return errors;
  const renamed: Record<string, E> = {};
  for (const [field, error] of Object.entries(errors)) {
    const name = fieldNames[field] ?? field;
    // The form's own field keeps its error if both it and its API name have one.
    if (!(name in renamed) || name === field) renamed[name] = error;
  }
  return renamed;
}

function firstMessage(node: unknown): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const message = (node as { message?: unknown }).message;
  if (typeof message === "string" && message) return message;
  for (const [key, child] of Object.entries(node)) {
    if (key === "ref" || key === "message" || key === "type" || key === "types") continue;
    const found = firstMessage(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * One message per top-level field, like the API's flattened zod error: an error on
 * `dates.1.startsOn` shows at `dates`.
 */
export function flatFieldErrors<T extends FieldValues>(errors: HookFieldErrors<T>): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, node] of Object.entries(errors)) {
    if (field === "root") continue;
    const message = firstMessage(node);
    if (message) result[field] = message;
  }
  return result;
}
