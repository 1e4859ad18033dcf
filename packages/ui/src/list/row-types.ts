import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@zorgpact/api/root";

/** What each procedure answers, by router and name: `ApiOutputs["barrier"]["list"]`. */
export type ApiOutputs = inferRouterOutputs<AppRouter>;

/** One row of a paged answer, the type a list's columns render. */
export type RowOf<Page extends { items: readonly unknown[] }> = Page["items"][number];
