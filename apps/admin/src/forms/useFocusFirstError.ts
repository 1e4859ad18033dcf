import { useEffect, useRef, type RefObject } from "react";
import { hasFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";

/**
 * After a submit that found errors, move focus to the first invalid field: its label, hint and
 * error are read out together. Typing does not move focus, only a new set of errors does.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FieldErrors): void {
  const previous = useRef<FieldErrors>({});
  useEffect(() => {
    if (errors === previous.current) return;
    previous.current = errors;
    if (!hasFieldErrors(errors)) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, form]);
}
