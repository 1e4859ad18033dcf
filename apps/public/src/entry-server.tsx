/**
 * Server rendering of the public site (built with `vite build --ssr` into dist-server/, loaded by
 * apps/server/src/public-ssr.ts). Every request is rendered with its data, so the page reads
 * before — and without — its JavaScript; src/main.tsx then hydrates it with the same data.
 */
import { dehydrate, QueryClient, QueryClientProvider, type Query } from "@tanstack/react-query";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type StaticHandlerContext } from "react-router";
import { ServerRenderContext, type ServerRenderCollector } from "@zorgpact/ui/server-render.ts";
import { routes } from "./router.tsx";
import { routeAssetTags, type ViteManifest } from "./ssr/route-modules.ts";
import { SERVER_STATE_ID, serializeServerState, toClientError, withPlainErrors, type ProcedureFailure, type ServerState } from "./ssr/server-state.ts";

export type { ProcedureFailure } from "./ssr/server-state.ts";
export type { ManifestChunk, ViteManifest } from "./ssr/route-modules.ts";

/** Runs a query procedure for an anonymous visitor, in process (apps/server passes it in). */
export type CallProcedure = (path: string, input: unknown) => Promise<{ ok: true; data: unknown } | ({ ok: false } & ProcedureFailure)>;

export interface RenderOptions {
  /** The built index.html: its script and stylesheet tags stay, the page goes into #root. */
  template: string;
  callProcedure: CallProcedure;
  /** Protocol and host the visitor used (for absolute links such as the calendar subscription). */
  origin: { protocol: string; host: string };
  /** The browser build's manifest (dist/.vite/manifest.json): the matched page's CSS and chunks are linked from it. */
  manifest?: ViteManifest | null;
}

export type RenderResult = { kind: "page"; status: number; html: string } | { kind: "redirect"; status: number; location: string };

// Rendering asks for data, the data is fetched, and the page is rendered again with it; a page
// whose queries depend on other queries' answers needs more passes. Bounded, so it always ends.
const MAX_PASSES = 4;

const handler = createStaticHandler(routes);

export async function render(request: Request, options: RenderOptions): Promise<RenderResult> {
  const context = await handler.query(request);
  if (context instanceof Response) {
    return { kind: "redirect", status: context.status, location: context.headers.get("Location") ?? "/" };
  }
  // Retries belong to the browser; a fresh cache per request keeps visitors apart.
  // A failed query renders its error (a not-found page) rather than "loading" for a retry that
  // never comes on the server.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryOnMount: false } } });
  const page = await renderWithData(queryClient, context, options);
  const state: ServerState = {
    queries: withPlainErrors(dehydrate(queryClient, { shouldDehydrateQuery: (query) => query.state.status !== "pending" })),
    routeErrorId: page.routeErrorId,
  };
  const assetTags = routeAssetTags(
    options.manifest,
    context.matches.map((match) => match.route.path),
  );
  return { kind: "page", status: page.status, html: documentHtml(options.template, page.html, page.info, state, assetTags) };
}

/** What the pages said about themselves while rendering (useDocumentTitle, useServerStatus). */
interface ServerRenderInfo {
  title?: string;
  status?: number;
}

interface RenderedPage {
  html: string;
  info: ServerRenderInfo;
  status: number;
  routeErrorId: string | null;
}

async function renderWithData(queryClient: QueryClient, context: StaticHandlerContext, options: RenderOptions): Promise<RenderedPage> {
  const asked = new Set<string>();
  for (let pass = 1; ; pass++) {
    let page: RenderedPage;
    try {
      page = renderPage(queryClient, context, options, null);
    } catch (error) {
      // A page that throws while rendering gets the route's error page (status 500), as in the browser.
      return renderError(queryClient, context, options, error);
    }
    const wanted = queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.state.status === "pending" && !asked.has(query.queryHash) && isEnabled(query) });
    if (wanted.length === 0 || pass === MAX_PASSES) return page;
    for (const query of wanted) asked.add(query.queryHash);
    await Promise.all(wanted.map((query) => load(queryClient, query, options.callProcedure)));
  }
}

function renderPage(queryClient: QueryClient, context: StaticHandlerContext, options: RenderOptions, routeErrorId: string | null): RenderedPage {
  const info: ServerRenderInfo = {};
  const collector: ServerRenderCollector = {
    origin: options.origin,
    setTitle: (title) => (info.title = title),
    setStatus: (status) => (info.status = status),
  };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <ServerRenderContext.Provider value={collector}>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </ServerRenderContext.Provider>
    </StrictMode>,
  );
  return { html, info, status: info.status ?? statusFromQueries(queryClient), routeErrorId };
}

function renderError(queryClient: QueryClient, context: StaticHandlerContext, options: RenderOptions, error: unknown): RenderedPage {
  console.error("Server rendering failed", error);
  const boundary = [...context.matches].reverse().find((match) => match.route.hasErrorBoundary);
  if (!boundary) throw error;
  // No details: the error page says something went wrong, the log has the rest.
  const withError: StaticHandlerContext = { ...context, statusCode: 500, errors: { [boundary.route.id]: new Error("Render error") } };
  const page = renderPage(queryClient, withError, options, boundary.route.id);
  return { ...page, status: 500 };
}

/** A page with a failed query (the database away) is answered with that failure's status. */
function statusFromQueries(queryClient: QueryClient): number {
  const failed = queryClient.getQueryCache().findAll({ predicate: (query) => query.state.status === "error" });
  const serverFailure = failed.some((query) => ((query.state.error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus ?? 500) >= 500);
  return serverFailure ? 500 : 200;
}

function isEnabled(query: Query): boolean {
  const options = query.options as { enabled?: unknown; queryFn?: unknown };
  return options.enabled !== false && typeof options.queryFn === "function";
}

/** Fetches one query through the API in process; its key says which procedure and input (tRPC's key format). */
async function load(queryClient: QueryClient, query: Query, callProcedure: CallProcedure): Promise<void> {
  const [path, meta] = query.queryKey as [unknown, { input?: unknown; type?: string } | undefined];
  if (!Array.isArray(path) || meta?.type === "infinite") return;
  await queryClient
    .fetchQuery({
      queryKey: query.queryKey,
      queryFn: async () => {
        const result = await callProcedure(path.join("."), meta?.input);
        if (!result.ok) throw toClientError(result);
        return result.data;
      },
    })
    .catch(() => undefined);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The page's description for search engines and link previews: its first paragraph of some length
 * after the heading (React has escaped the text already).
 */
function describe(html: string): string | null {
  const main = html.slice(Math.max(0, html.indexOf("<main")));
  const afterHeading = main.slice(Math.max(0, main.indexOf("<h1")));
  for (const match of afterHeading.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    const text = (match[1] ?? "")
      .replace(/<[^>]*>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (text.length >= 40) return text.length <= 160 ? text : `${text.slice(0, Math.max(text.lastIndexOf(" ", 157), 100))}…`;
  }
  return null;
}

function documentHtml(template: string, appHtml: string, info: ServerRenderInfo, state: ServerState, assetTags: string): string {
  const description = describe(appHtml);
  let html = template;
  // After index.html's own stylesheet, as the browser would add them: the cascade order stays.
  if (assetTags) html = html.replace("</head>", () => `${assetTags}</head>`);
  if (info.title) html = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(info.title)}</title>`);
  if (description) html = html.replace(/(<meta name="description" content=")[^"]*(")/, (_all, start: string, end: string) => `${start}${description}${end}`);
  return html.replace(
    '<div id="root"></div>',
    () => `<div id="root">${appHtml}</div><script type="application/json" id="${SERVER_STATE_ID}">${serializeServerState(state)}</script>`,
  );
}
