/**
 * Server only (imported by src/entry-server.tsx, never by the browser bundle): which source module
 * each lazy route loads, so the server can link that page's stylesheets and modulepreload its
 * chunks from the client build's manifest. Without them a page's CSS arrives only with its
 * JavaScript (layout shift, and never without JavaScript) and its chunks after the entry has run.
 * Kept beside the routes rather than on them: the route objects are in the landing page's budget.
 * route-modules.test.ts fails when a lazy route has no entry here or an entry names no file.
 */
export const routeModules: Readonly<Record<string, string>> = {
  zorgpacten: "src/pages/pact-list/PactListPage.tsx",
  "zorgpacten/:slug": "src/pages/pact/PactPage.tsx",
  kaart: "src/pages/map/MapPage.tsx",
  koplopers: "src/pages/showcase/ShowcasePage.tsx",
  "koplopers/aanmelden": "src/pages/apply/ApplyPage.tsx",
  "resultaten-en-effecten": "src/pages/results/ResultsPage.tsx",
  programma: "src/pages/programme/ProgrammePage.tsx",
  "programma/:id": "src/pages/programme/ProgrammePactsPage.tsx",
  "ruimte-in-de-regels": "src/pages/barriers/BarriersPage.tsx",
  "ruimte-in-de-regels/melden": "src/pages/barriers/ReportPage.tsx",
  "ruimte-in-de-regels/:number": "src/pages/barriers/BarrierPage.tsx",
  regelingen: "src/pages/regulations/RegulationsPage.tsx",
  "regelingen/:slug": "src/pages/regulations/RegulationPage.tsx",
  agenda: "src/pages/events/AgendaPage.tsx",
  "agenda/:id": "src/pages/events/EventPage.tsx",
  rapportage: "src/pages/report/ReportPage.tsx",
  zoeken: "src/pages/search/SearchPage.tsx",
  "open-data": "src/pages/open-data/OpenDataPage.tsx",
  toegankelijkheid: "src/pages/accessibility/AccessibilityPage.tsx",
  "*": "src/pages/not-found/NotFoundPage.tsx",
};

/** The parts of a chunk in Vite's build manifest (dist/.vite/manifest.json) used here. */
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
export type ViteManifest = Record<string, ManifestChunk>;

interface Assets {
  css: string[];
  js: string[];
}

/** A chunk's file and CSS with those of its static imports, depth first, each once. */
function collect(manifest: ViteManifest, key: string, assets: Assets, seen: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return;
  seen.add(key);
  for (const dep of chunk.imports ?? []) collect(manifest, dep, assets, seen);
  assets.js.push(chunk.file);
  for (const css of chunk.css ?? []) if (!assets.css.includes(css)) assets.css.push(css);
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * The `<link>` tags for the modules of the matched routes (their paths, outermost first): their
 * stylesheets and modulepreloads, leaving out what the entry (index.html) loads already. The hrefs
 * are the ones Vite's preload helper looks for, so the browser does not load a stylesheet twice.
 * No manifest (dev, tests without a build) or no known module: no tags.
 */
export function routeAssetTags(manifest: ViteManifest | null | undefined, routePaths: readonly (string | undefined)[]): string {
  if (!manifest) return "";
  const entry: Assets = { css: [], js: [] };
  const seen = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(manifest, key, entry, seen);
  const page: Assets = { css: [], js: [] };
  for (const path of routePaths) {
    const module = path === undefined ? undefined : routeModules[path];
    if (module) collect(manifest, module, page, seen);
  }
  const href = (file: string) => escapeAttribute(`/${file}`);
  return [
    ...page.css.filter((file) => !entry.css.includes(file)).map((file) => `<link rel="stylesheet" crossorigin href="${href(file)}">`),
    ...page.js.map((file) => `<link rel="modulepreload" crossorigin href="${href(file)}">`),
  ].join("");
}
