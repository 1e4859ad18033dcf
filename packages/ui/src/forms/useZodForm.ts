/**
 * The one way the admin forms work: react-hook-form driven by the procedure's own zod input
 * schema. It validates before sending, puts a BAD_REQUEST's field errors back on their fields,
 * moves focus to the first invalid field (or the error summary), keeps what was typed after a
 * stale-version CONFLICT and offers the newest version, tracks the submit and says "saved".
 * See FormParts.tsx for the pieces that render this state.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path, type PathValue, type Resolver, type UseFormReturn } from "react-hook-form";
import type { FieldErrors } from "../form-errors.ts";
import { formMessages } from "./form-messages.ts";
import { changedFields } from "./form-changes.ts";
import { flatFieldErrors, readSaveFailure, renameFieldErrors, type FieldNames, type SaveFailure } from "./form-outcome.ts";
import { zodFormResolver, type DomainSchema } from "./zod-form-resolver.ts";

/** Thrown by `loadLatest` when the record can no longer be loaded (e.g. deleted meanwhile): its message is shown. */
export class LatestUnavailable extends Error {}

/**
 * What `loadLatest` may return to merge: the newest stored values (from now on what counts as
 * unchanged) and the values to show (usually the stored ones with what was typed on top, see
 * form-changes.ts `mergeTyped`).
 */
export interface LatestValues<Values> {
  stored: Values;
  values: Values;
  /** The status to show; "" for none, left out for the default. */
  status?: string;
}

export interface ZodFormOptions<Values extends FieldValues, Input, Output, Result> {
  /** The domain schema the procedure uses as `.input()`. */
  schema: DomainSchema<Output, Input>;
  defaultValues: Values;
  /**
   * Typed values → the API's input shape (ids, version, "" → null, …); not yet valid (the schema
   * checks it), hence `unknown`. Read at submit time, so it may close over state (the version read).
   * `saved` are the values last loaded or saved (e.g. to send only the changed fields).
   */
  toInput: (values: Values, saved: Values) => unknown;
  /** Checks only the form can make, merged over the schema's errors; `saved` as for `toInput`. */
  extraErrors?: (values: Values, saved: Values) => FieldErrors;
  /**
   * API field names → form field names where they differ, e.g. `{ budgetCents: "budget" }`: the
   * schema's and the API's errors on `budgetCents` show on the `budget` field that was typed in.
   */
  fieldNames?: FieldNames;
  /** Sends the parsed input, usually a mutation's `mutateAsync`. */
  submit: (input: Output) => Promise<Result>;
  /** After a save: the values to show now (e.g. the stored record's), or nothing to keep the form as it is. */
  onSaved?: (result: Result, input: Output) => Values | void | Promise<Values | void>;
  /** The status after a save; null for none (e.g. when the page navigates away). */
  savedMessage?: string | null | ((result: Result) => string);
  /**
   * After a CONFLICT: fetch the newest version (and take its version number). Returns the status to
   * show, nothing (the default status; what is typed stays as it is), or `LatestValues` to put the
   * newest stored values in the form with what was typed merged on top. Gets the typed and saved values.
   */
  loadLatest?: (typed: Values, saved: Values) => Promise<string | void | LatestValues<Values>>;
  /**
   * Skip the save when nothing changed against the values last loaded or saved: `true` compares
   * every field (text without surrounding spaces), a function decides itself. The status then says so.
   */
  skipUnchanged?: boolean | ((saved: Values, typed: Values) => boolean);
  /** The status when a save was skipped because nothing changed. */
  unchangedMessage?: string;
  /** A status to show from the start, e.g. "Aangemaakt" passed along by the page that navigated here. */
  initialStatus?: string | null;
}

export interface LatestState {
  run: (() => void) | undefined;
  loading: boolean;
  /** Why loading the newest version failed, if it did. */
  failed: string | null;
}

export interface ZodForm<Values extends FieldValues> {
  hook: UseFormReturn<Values, unknown, unknown>;
  /** Callback refs for the <form> and the error summary (callbacks, so rendering never reads a ref). */
  attachForm: (element: HTMLFormElement | null) => void;
  attachSummary: (element: HTMLDivElement | null) => void;
  values: Values;
  /** Replace all values, as the older `values`/`onChange` field components do. */
  setValues: (next: Values) => void;
  /** One message per field, from the schema or from the API. */
  errors: FieldErrors;
  /** Props for a controlled field component: name, value, onValueChange and error. */
  bind: <N extends Path<Values>>(
    name: N,
  ) => { name: N; value: PathValue<Values, N>; onValueChange: (value: PathValue<Values, N>) => void; error: string | undefined };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  failure: SaveFailure | null;
  status: string | null;
  setStatus: (status: string | null) => void;
  latest: LatestState;
  /** Set new values without counting as a change (after loading a stored record). */
  reset: (values: Values) => void;
  /** The values last loaded or saved (the defaults, or what `reset`, `onSaved` or `loadLatest` gave). */
  saved: () => Values;
}

export function useZodForm<Values extends FieldValues, Input, Output, Result>(options: ZodFormOptions<Values, Input, Output, Result>): ZodForm<Values> {
  // The newest options, so toInput and submit may close over the page's current state (the version read).
  const current = useRef(options);
  useLayoutEffect(() => {
    current.current = options;
  });
  const { schema, fieldNames } = options;
  // What the form holds as stored: the defaults, then each reset (after a save, a reload or the newest version).
  const savedValues = useRef(options.defaultValues);
  const resolver = useCallback<Resolver<Values, unknown, Output>>(
    (values, context, resolverOptions) =>
      zodFormResolver<Values, Input, Output>(
        schema,
        (typed) => current.current.toInput(typed, savedValues.current),
        (typed) => current.current.extraErrors?.(typed, savedValues.current) ?? {},
        fieldNames,
      )(values, context, resolverOptions),
    [schema, fieldNames],
  );
  const hook = useForm<Values, unknown, Output>({
    defaultValues: options.defaultValues as DefaultValues<Values>,
    resolver,
    shouldFocusError: false,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
  });
  const formElement = useRef<HTMLFormElement | null>(null);
  const summaryElement = useRef<HTMLDivElement | null>(null);
  const attachForm = useCallback((element: HTMLFormElement | null) => {
    formElement.current = element;
  }, []);
  const attachSummary = useCallback((element: HTMLDivElement | null) => {
    summaryElement.current = element;
  }, []);
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [status, setStatus] = useState<string | null>(options.initialStatus ?? null);
  const [latestLoading, setLatestLoading] = useState(false);
  const [latestFailed, setLatestFailed] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After a submit that found problems: the first invalid field, so its label, hint and error are read together; else the summary.
  // Checked after every render until one is there: react-hook-form may render its errors a render later than the request.
  const focusWanted = useRef(0);
  useEffect(() => {
    if (focusWanted.current === focusRequest) return;
    const target = formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? summaryElement.current;
    if (!target) return;
    focusWanted.current = focusRequest;
    target.focus();
  });

  const resetTo = useCallback(
    (next: Values) => {
      savedValues.current = next;
      hook.reset(next);
    },
    [hook],
  );

  const values = useWatch({ control: hook.control }) as Values;
  const errors = flatFieldErrors(hook.formState.errors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    setFailure(null);
    setStatus(null);
    setLatestFailed(null);
    const skip = current.current.skipUnchanged;
    if (skip) {
      const typed = hook.getValues();
      const unchanged = typeof skip === "function" ? skip(savedValues.current, typed) : changedFields(savedValues.current, typed).length === 0;
      if (unchanged) {
        hook.clearErrors();
        setStatus(current.current.unchangedMessage ?? formMessages.nothingChanged);
        return;
      }
    }
    const send = async (input: Output) => {
      busy.current = true;
      setPending(true);
      try {
        const result = await current.current.submit(input);
        const next = await current.current.onSaved?.(result, input);
        if (next) resetTo(next);
        const saved = current.current.savedMessage;
        setStatus(saved === undefined ? formMessages.saved : typeof saved === "function" ? saved(result) : saved);
      } catch (error) {
        const raw = readSaveFailure(error);
        const read = raw.kind === "fields" ? { ...raw, errors: renameFieldErrors(raw.errors, current.current.fieldNames) } : raw;
        if (read.kind === "fields")
          for (const [field, message] of Object.entries(read.errors)) hook.setError(field as Path<Values>, { type: "server", message });
        setFailure(read);
        setFocusRequest((n) => n + 1);
      } finally {
        busy.current = false;
        setPending(false);
      }
    };
    void hook.handleSubmit(send, () => setFocusRequest((n) => n + 1))(event);
  };

  const setValues = useCallback(
    (next: Values) => {
      const now = hook.getValues();
      for (const key of Object.keys(next) as Path<Values>[]) {
        const value = next[key as keyof Values] as PathValue<Values, Path<Values>>;
        if (now[key as keyof Values] !== value) hook.setValue(key, value, { shouldDirty: true });
      }
    },
    [hook],
  );

  const bind = <N extends Path<Values>>(name: N) => ({
    name,
    value: hook.getValues(name),
    onValueChange: (value: PathValue<Values, N>) => hook.setValue(name, value, { shouldDirty: true }),
    error: errors[name],
  });

  const loadLatest = options.loadLatest;
  const runLatest = async () => {
    if (!loadLatest || latestLoading) return;
    setLatestLoading(true);
    setLatestFailed(null);
    try {
      const loaded = await loadLatest(hook.getValues(), savedValues.current);
      setFailure(null);
      if (typeof loaded === "object") {
        resetTo(loaded.stored);
        setValues(loaded.values);
        setStatus(loaded.status ?? formMessages.latestLoaded);
      } else setStatus(loaded ?? formMessages.latestLoaded);
    } catch (error) {
      setLatestFailed(error instanceof LatestUnavailable ? error.message : formMessages.latestFailed);
    } finally {
      setLatestLoading(false);
    }
  };

  return {
    hook: hook as unknown as UseFormReturn<Values, unknown, unknown>,
    attachForm,
    attachSummary,
    values,
    setValues,
    errors,
    bind,
    onSubmit,
    pending,
    failure,
    status,
    setStatus,
    latest: { run: loadLatest ? () => void runLatest() : undefined, loading: latestLoading, failed: latestFailed },
    reset: resetTo,
    saved: () => savedValues.current,
  };
}
