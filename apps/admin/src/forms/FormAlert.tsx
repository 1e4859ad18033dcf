import type { ReactNode } from "react";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, hasFieldErrors } from "@zorgpact/ui/form-errors.ts";
import { messages } from "../messages.ts";

/** What a failed save says above the form: check the fields, or the API's own (Dutch) reason. */
export function formFailure(error: unknown, checkFields: string): string {
  if (errorCode(error) === "BAD_REQUEST" && hasFieldErrors(apiFieldErrors(error))) return checkFields;
  return apiMessage(error) ?? messages.error.action;
}

/** A form-level error, announced when it appears. */
export function FormAlert({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="alert" className="state state--error">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/** A live region for the success message after a save: always rendered, so the message is read out when it appears. */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="form-status">
      {children ? <p className="notice notice--ok">{children}</p> : null}
    </div>
  );
}
