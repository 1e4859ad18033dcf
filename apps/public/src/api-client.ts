/**
 * The public site's typed API access: `api.pact.get.queryOptions({ slug })` and
 * `api.barrier.submit.mutationOptions()`, as @trpc/tanstack-react-query offers them, over plain
 * fetch. The public pages only read and submit forms, so they need neither tRPC's client links nor
 * its option proxy — about 8 KiB brotli off the landing page's JavaScript (issue 14,
 * docs/performance.md). Types come from the API's router only; nothing of it is bundled.
 *
 * Wire format: tRPC's HTTP protocol without a transformer and without batching — queries as
 * `GET /trpc/<path>?input=<json>` (so the server's HTTP caching applies), mutations as
 * `POST /trpc/<path>` with the input as JSON. Query keys are tRPC's (`[["pact","get"], { input,
 * type: "query" }]`): the server renderer (src/entry-server.tsx) reads the procedure from the key,
 * and the cache it hands over matches the browser's keys. Failures are thrown as ApiCallError
 * (@zorgpact/ui/api-error.ts: tRPC's client error shape without tRPC's client code) from the error
 * envelope, so `@zorgpact/ui`'s error helpers (errors.ts, form-errors.ts) read them.
 */
import type { DataTag, UseMutationOptions, UseQueryOptions } from "@tanstack/react-query";
import type { AnyTRPCProcedure, inferProcedureInput, inferTransformedProcedureOutput, TRPCRouterRecord } from "@trpc/server";
import type { AppRouter } from "@zorgpact/api/root";
import { ApiCallError, type ApiErrorShape } from "@zorgpact/ui/api-error.ts";

export type ApiError = ApiCallError;

export type ApiQueryKey = [path: string[], meta: { input?: unknown; type: "query" }];

type QueryProcedureOptions<TOutput> = Omit<UseQueryOptions<TOutput, ApiError, TOutput, ApiQueryKey>, "queryKey" | "queryFn">;

interface DecoratedQuery<TInput, TOutput> {
  queryOptions: (
    ...args: undefined extends TInput ? [input?: TInput, options?: QueryProcedureOptions<TOutput>] : [input: TInput, options?: QueryProcedureOptions<TOutput>]
  ) => UseQueryOptions<TOutput, ApiError, TOutput, ApiQueryKey> & {
    queryKey: DataTag<ApiQueryKey, TOutput, ApiError>;
    queryFn: NonNullable<UseQueryOptions<TOutput, ApiError, TOutput, ApiQueryKey>["queryFn"]>;
  };
}

interface DecoratedMutation<TInput, TOutput> {
  mutationOptions: <TContext = unknown>(
    options?: Omit<UseMutationOptions<TOutput, ApiError, TInput, TContext>, "mutationFn" | "mutationKey">,
  ) => UseMutationOptions<TOutput, ApiError, TInput, TContext> & { mutationKey: string[] };
}

type Decorate<TRecord extends TRPCRouterRecord> = {
  [K in keyof TRecord]: TRecord[K] extends AnyTRPCProcedure
    ? TRecord[K]["_def"]["type"] extends "query"
      ? DecoratedQuery<inferProcedureInput<TRecord[K]>, inferTransformedProcedureOutput<AppRouter, TRecord[K]>>
      : TRecord[K]["_def"]["type"] extends "mutation"
        ? DecoratedMutation<inferProcedureInput<TRecord[K]>, inferTransformedProcedureOutput<AppRouter, TRecord[K]>>
        : never
    : TRecord[K] extends TRPCRouterRecord
      ? Decorate<TRecord[K]>
      : never;
};

export type Api = Decorate<AppRouter["_def"]["record"]>;

/** Reads tRPC's response envelope: the data, or an ApiCallError built from the error. */
async function unwrap(response: Response): Promise<unknown> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw ApiCallError.fromCause(cause, `HTTP ${response.status}`);
  }
  if (body && typeof body === "object" && "error" in body) {
    throw ApiCallError.fromShape((body as { error: ApiErrorShape }).error);
  }
  if (body && typeof body === "object" && "result" in body) {
    return (body as { result: { data?: unknown } }).result.data;
  }
  throw new ApiCallError(`Onverwacht antwoord van de server (HTTP ${response.status})`);
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    // An aborted query (the page moved on) keeps its AbortError for TanStack Query.
    if (init.signal?.aborted) throw cause;
    throw ApiCallError.fromCause(cause, String(cause));
  }
  return unwrap(response);
}

function queryUrl(base: string, path: string, input: unknown): string {
  return input === undefined ? `${base}/${path}` : `${base}/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** The proxy: any chain of names ends in `queryOptions` or `mutationOptions` for that procedure path. */
export function createApi(base = "/trpc"): Api {
  const node = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_target, name) => (typeof name === "string" ? node([...path, name]) : undefined),
      apply: (_target, _this, args: unknown[]) => {
        const method = path[path.length - 1];
        const procedure = path.slice(0, -1);
        const dotted = procedure.join(".");
        if (method === "queryOptions") {
          const [input, options] = args as [unknown, Record<string, unknown> | undefined];
          return {
            ...options,
            queryKey: [procedure, { ...(input === undefined ? {} : { input }), type: "query" }],
            queryFn: ({ signal }: { signal?: AbortSignal }) => call(queryUrl(base, dotted, input), { method: "GET", signal }),
          };
        }
        if (method === "mutationOptions") {
          const [options] = args as [Record<string, unknown> | undefined];
          return {
            ...options,
            mutationKey: [procedure],
            mutationFn: (input: unknown) =>
              call(`${base}/${dotted}`, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: input === undefined ? undefined : JSON.stringify(input),
              }),
          };
        }
        throw new TypeError(`api.${path.join(".")} is geen functie`);
      },
    });
  return node([]) as Api;
}
