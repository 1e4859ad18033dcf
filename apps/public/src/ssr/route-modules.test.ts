import type { RouteObject } from "react-router";
import { describe, expect, it } from "vitest";
import { routes } from "../router.tsx";
import { routeAssetTags, routeModules, type ViteManifest } from "./route-modules.ts";

function lazyRoutes(list: RouteObject[]): RouteObject[] {
  return list.flatMap((route) => [...(route.lazy ? [route] : []), ...lazyRoutes(route.children ?? [])]);
}

// Every page module in the app, keyed as the table names them ("src/pages/…tsx").
const pageModules = new Set(Object.keys(import.meta.glob("../pages/**/*.tsx")).map((path) => path.replace(/^\.\.\//, "src/")));

describe("the server's table of route modules", () => {
  it("has an entry for every lazy route, naming the module that route imports", () => {
    const lazy = lazyRoutes(routes);
    expect(lazy.length).toBeGreaterThan(10);
    for (const route of lazy) {
      const module = routeModules[route.path ?? ""];
      expect(module, `route ${route.path}`).toBeDefined();
      // The lazy function's own source names the file it imports (the path after src/).
      expect(String(route.lazy), `route ${route.path}`).toContain(module?.replace(/^src\//, "").replace(/\.tsx$/, ""));
    }
    expect(Object.keys(routeModules).sort()).toEqual(lazy.map((route) => route.path ?? "").sort());
  });

  it("names only files that exist", () => {
    for (const module of Object.values(routeModules)) expect(pageModules.has(module), module).toBe(true);
  });
});

describe("routeAssetTags", () => {
  const manifest: ViteManifest = {
    "index.html": { file: "assets/index-1.js", isEntry: true, imports: ["_shared-1.js"], css: ["assets/index-1.css"] },
    "_shared-1.js": { file: "assets/shared-1.js" },
    "_badge-1.js": { file: "assets/badge-1.js", imports: ["_shared-1.js"], css: ["assets/badge-1.css"] },
    "src/pages/pact/PactPage.tsx": { file: "assets/PactPage-1.js", imports: ["index.html", "_badge-1.js"], css: ["assets/PactPage-1.css"] },
  };

  it("links the matched page's CSS and its imports' CSS, and modulepreloads its chunks but not the entry's", () => {
    const tags = routeAssetTags(manifest, ["/", undefined, "zorgpacten/:slug"]);
    expect(tags).toBe(
      '<link rel="stylesheet" crossorigin href="/assets/badge-1.css">' +
        '<link rel="stylesheet" crossorigin href="/assets/PactPage-1.css">' +
        '<link rel="modulepreload" crossorigin href="/assets/badge-1.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/PactPage-1.js">',
    );
  });

  it("adds nothing without a manifest, for routes it does not know, or for modules missing from the build", () => {
    expect(routeAssetTags(null, ["zorgpacten/:slug"])).toBe("");
    expect(routeAssetTags(undefined, ["zorgpacten/:slug"])).toBe("");
    expect(routeAssetTags(manifest, ["/", undefined])).toBe("");
    expect(routeAssetTags(manifest, ["kaart"])).toBe("");
  });
});
