/**
 * A list's filters as they live in the URL query string, so a filtered list can be bookmarked,
 * shared and navigated with the back button. Each filter is a named parameter with its own
 * parser; values that would not pass the API's input schema are dropped rather than sent, and
 * only what differs from the defaults is written back (page 1 is left out).
 */

/** One filter: its URL parameter and how its text becomes a value (or nothing). */
export interface FilterParam<V> {
  param: string;
  parse: (raw: string) => V | undefined;
  format: (value: V) => string;
}

interface SafeParser<V> {
  safeParse: (value: unknown) => { success: true; data: V } | { success: false };
}

export const MAX_SEARCH_LENGTH = 100;

/** Free text, trimmed and cut at the API's maximum. */
export function searchParam(param = "zoek", maxLength = MAX_SEARCH_LENGTH): FilterParam<string> {
  return { param, parse: (raw) => raw.trim().slice(0, maxLength).trim() || undefined, format: (value) => value };
}

/** A value the API checks with a zod schema (an enum, an id). */
export function schemaParam<V extends string>(param: string, schema: SafeParser<V>): FilterParam<V> {
  return {
    param,
    parse: (raw) => {
      const result = schema.safeParse(raw);
      return result.success ? result.data : undefined;
    },
    format: (value) => value,
  };
}

/** A value spelled differently in the URL (`komend` for "upcoming"): the words are the URL's, the keys the API's. */
export function wordParam<V extends string>(param: string, words: Readonly<Record<V, string>>): FilterParam<V> {
  const entries = Object.entries(words) as [V, string][];
  return { param, parse: (raw) => entries.find(([, word]) => word === raw)?.[0], format: (value) => words[value] };
}

/** Yes/no in Dutch words: `ja` or `nee`. */
export function yesNoParam(param: string, yes = "ja", no = "nee"): FilterParam<boolean> {
  return { param, parse: (raw) => (raw === yes ? true : raw === no ? false : undefined), format: (value) => (value ? yes : no) };
}

export const PAGE_PARAM = "pagina";

/** A page number from the URL: a positive whole number of at most six digits, otherwise 1. */
export function parsePage(raw: string | null): number {
  return raw !== null && /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

/** Any filter, whatever its value: the bound of a codec's parameters. */
export interface AnyFilterParam {
  param: string;
  parse: (raw: string) => unknown;
  format: (value: never) => string;
}

type ParamValue<P> = P extends FilterParam<infer V> ? V : never;
export type FilterValues<P extends Record<string, AnyFilterParam>> = { -readonly [K in keyof P]?: ParamValue<P[K]> };
export type ListFilters<P extends Record<string, AnyFilterParam>> = FilterValues<P> & { page: number };

export interface ListFilterCodec<P extends Record<string, AnyFilterParam>> {
  params: P;
  parse: (search: URLSearchParams) => ListFilters<P>;
  toParams: (filters: ListFilters<P>) => URLSearchParams;
  /** Reads a filter form whose fields are named after the URL parameters; a new filter starts at page 1. */
  fromForm: (form: HTMLFormElement) => ListFilters<P>;
  /** Whether any filter (not the page) is set: the form then offers to clear them. */
  isActive: (filters: ListFilters<P>) => boolean;
  /** The link to the list with these filters. */
  href: (path: string, filters: ListFilters<P>) => string;
}

export function listFilterCodec<P extends Record<string, AnyFilterParam>>(params: P): ListFilterCodec<P> {
  const keys = Object.keys(params) as (keyof P & string)[];
  const param = (key: keyof P) => params[key] as unknown as FilterParam<unknown>;
  const parse = (search: URLSearchParams): ListFilters<P> => {
    const filters = { page: parsePage(search.get(PAGE_PARAM)) } as ListFilters<P>;
    for (const key of keys) {
      const raw = search.get(param(key).param);
      const value = raw === null ? undefined : param(key).parse(raw);
      if (value !== undefined) (filters as Record<string, unknown>)[key] = value;
    }
    return filters;
  };
  const toParams = (filters: ListFilters<P>): URLSearchParams => {
    const search = new URLSearchParams();
    for (const key of keys) {
      const value = (filters as Record<string, unknown>)[key];
      if (value !== undefined && value !== "") search.set(param(key).param, param(key).format(value));
    }
    if (filters.page > 1) search.set(PAGE_PARAM, String(filters.page));
    return search;
  };
  const fromForm = (form: HTMLFormElement): ListFilters<P> => {
    const search = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) search.set(name, value);
    return { ...parse(search), page: 1 };
  };
  const isActive = (filters: ListFilters<P>) => keys.some((key) => (filters as Record<string, unknown>)[key] !== undefined);
  const href = (path: string, filters: ListFilters<P>) => {
    const query = toParams(filters).toString();
    return query ? `${path}?${query}` : path;
  };
  return { params, parse, toParams, fromForm, isActive, href };
}

/**
 * The filters of the current URL and the ways to change them. Takes the router's search-params
 * pair (react-router's `useSearchParams()`), so this package stays free of a router.
 */
export function urlListFilters<P extends Record<string, AnyFilterParam>>(
  codec: ListFilterCodec<P>,
  [search, setSearch]: readonly [URLSearchParams, (next: URLSearchParams) => void],
) {
  const filters = codec.parse(search);
  const apply = (next: ListFilters<P>) => setSearch(codec.toParams(next));
  return {
    filters,
    apply,
    setPage: (page: number) => apply({ ...filters, page }),
    clear: () => apply({ page: 1 } as ListFilters<P>),
  };
}
