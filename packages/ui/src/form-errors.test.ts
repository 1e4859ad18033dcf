import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { ApiCallError } from "./api-error.ts";
import { errorCode } from "./errors.ts";
import { apiFieldErrors, apiMessage, firstMessages, hasFieldErrors, retryAfterSeconds } from "./form-errors.ts";

function apiError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe("apiFieldErrors", () => {
  it("takes the first message of each field from a BAD_REQUEST", () => {
    const error = apiError("Ongeldig", {
      code: "BAD_REQUEST",
      zodError: { formErrors: [], fieldErrors: { email: ["Vul een geldig e-mailadres in.", "Tweede"], name: [] } },
    });
    expect(apiFieldErrors(error)).toEqual({ email: "Vul een geldig e-mailadres in." });
  });

  it("is empty for errors without field errors and for anything that is not an API error", () => {
    expect(apiFieldErrors(apiError("Bestaat niet", { code: "NOT_FOUND", zodError: null }))).toEqual({});
    expect(apiFieldErrors(new Error("netwerk"))).toEqual({});
    expect(apiFieldErrors(null)).toEqual({});
  });
});

describe("retryAfterSeconds", () => {
  it("reads the wait the API sent with TOO_MANY_REQUESTS", () => {
    expect(retryAfterSeconds(apiError("Te veel", { code: "TOO_MANY_REQUESTS", retryAfterSeconds: 120 }))).toBe(120);
    expect(retryAfterSeconds(apiError("Fout", { code: "UNAUTHORIZED", retryAfterSeconds: null }))).toBeUndefined();
  });
});

describe("apiMessage", () => {
  it("passes the API's message on, but not a network failure's", () => {
    expect(apiMessage(apiError("Je sessie is verlopen.", { code: "UNAUTHORIZED" }))).toBe("Je sessie is verlopen.");
    expect(apiMessage(new TRPCClientError("Failed to fetch"))).toBeUndefined();
  });
});

describe("the public site's ApiCallError", () => {
  it("is read like tRPC's client error: code, field errors, message; a network failure has none", () => {
    const refused = ApiCallError.fromShape({
      message: "Ongeldig",
      code: -32600,
      data: { code: "BAD_REQUEST", zodError: { formErrors: [], fieldErrors: { title: ["Vul een titel in."] } } },
    });
    expect(errorCode(refused)).toBe("BAD_REQUEST");
    expect(apiFieldErrors(refused)).toEqual({ title: "Vul een titel in." });
    expect(apiMessage(refused)).toBe("Ongeldig");
    const offline = ApiCallError.fromCause(new TypeError("Failed to fetch"), "netwerk");
    expect(errorCode(offline)).toBeUndefined();
    expect(apiMessage(offline)).toBeUndefined();
    expect(errorCode(new Error("iets anders"))).toBeUndefined();
  });
});

describe("firstMessages and hasFieldErrors", () => {
  it("drops fields without a message", () => {
    const errors = firstMessages({ email: undefined, password: ["Te kort"] });
    expect(errors).toEqual({ password: "Te kort" });
    expect(hasFieldErrors(errors)).toBe(true);
    expect(hasFieldErrors({})).toBe(false);
  });
});
