import { initTRPC } from "@trpc/server";
import { z, ZodError } from "zod";
import type { Context } from "./context.ts";
import { apiEnv } from "./env.ts";

const GENERIC_SERVER_ERROR = "Er ging iets mis op de server. Probeer het later opnieuw.";

const t = initTRPC.context<Context>().create({
  isDev: !apiEnv.isProduction,
  errorFormatter({ shape, error }) {
    const zodError = error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    // Internal errors (including output validation) never reach the client in detail.
    const hideMessage = error.code === "INTERNAL_SERVER_ERROR" && apiEnv.isProduction;
    return {
      ...shape,
      message: hideMessage ? GENERIC_SERVER_ERROR : shape.message,
      data: { ...shape.data, zodError },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Anyone, signed in or not. Sees published data only. */
export const publicProcedure = t.procedure;
