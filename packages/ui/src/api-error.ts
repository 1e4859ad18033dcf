/**
 * A failed API call as both apps throw it: the admin app's tRPC client throws TRPCClientError, the
 * public app's small fetch client (apps/public/src/api-client.ts) throws ApiCallError. Both carry
 * the name "TRPCClientError", the server's message and its error `data` (code, httpStatus,
 * zodError, …), so the error helpers read either without bundling tRPC's client into the public
 * site's landing page (issue 14's JavaScript budget).
 */
export interface ApiFailure extends Error {
  name: "TRPCClientError";
  data?: unknown;
}

export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof Error && error.name === "TRPCClientError";
}

/** The tRPC error envelope's `error` member: `{ message, code, data }`. */
export interface ApiErrorShape {
  message: string;
  code: number;
  data?: unknown;
}

export class ApiCallError extends Error implements ApiFailure {
  override name = "TRPCClientError" as const;
  readonly shape: ApiErrorShape | undefined;
  readonly data: unknown;

  constructor(message: string, options: { shape?: ApiErrorShape; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.shape = options.shape;
    this.data = options.shape?.data;
  }

  /** From a tRPC error envelope (`{ error: { message, code, data } }`). */
  static fromShape(shape: ApiErrorShape): ApiCallError {
    return new ApiCallError(shape.message, { shape });
  }

  /** From a failure that never reached the API (network, unreadable answer): no `data`. */
  static fromCause(cause: unknown, fallback: string): ApiCallError {
    return cause instanceof Error ? new ApiCallError(cause.message || fallback, { cause }) : new ApiCallError(fallback, { cause });
  }
}
