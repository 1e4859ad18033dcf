import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";

// The built public app: turbo builds it before this package's tests; run by hand, build it here.
const publicApp = resolve(import.meta.dirname, "../../public");
const publicDist = join(publicApp, "dist");
if (!existsSync(join(publicApp, "dist-server", "entry-server.js")) || !existsSync(join(publicDist, "index.html"))) {
  execFileSync("pnpm", ["--filter", "@zorgpact/public", "build"], { cwd: publicApp, stdio: "inherit" });
}

const HOSTILE_NAME = "Pact </script><script>window.__pwned=1</script><!--";

let handle: DatabaseHandle;
let app: FastifyInstance;
let emptyAdmin: string;
let demoPact: { slug: string; name: string };

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  await insertPact(handle.db, { name: HOSTILE_NAME, slug: "vijandige-naam" });
  demoPact = await handle.db
    .selectFrom("pacts")
    .select(["slug", "name"])
    .where("publicationStatus", "=", "published")
    .where("kind", "=", "regional_pact")
    .where("slug", "!=", "vijandige-naam")
    .orderBy("name")
    .executeTakeFirstOrThrow();
  emptyAdmin = await mkdtemp(join(tmpdir(), "admin-"));
  app = await buildApp({ db: handle.db, production: true, staticApps: { publicDist, adminDist: emptyAdmin } });
}, 120_000);
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(emptyAdmin, { recursive: true, force: true });
});

const page = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

/** The `<head>`'s link tags of one rel, by href. */
function headLinks(html: string, rel: string): string[] {
  const head = /<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? "";
  return [...head.matchAll(/<link\b[^>]*>/g)]
    .map((tag) => tag[0])
    .filter((tag) => tag.includes(`rel="${rel}"`))
    .map((tag) => /href="([^"]*)"/.exec(tag)?.[1] ?? "");
}

/** The text inside #root, tags stripped: what a reader without JavaScript sees of the page. */
function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  return main.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("public pages rendered on the server", () => {
  it("renders the home page with its heading, the national figures and the page title", async () => {
    const response = await page("/");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toMatch(/<h1[^>]*>Het Zorgpact<\/h1>/);
    // The figures come from stats.national: fetched on the server, not left "loading".
    expect(mainText(response.body)).toContain("Het programma in cijfers");
    expect(response.body).not.toContain('aria-busy="true"');
    expect(response.body).toContain("<title>Zorgpact</title>");
    expect(response.body).toContain('id="zorgpact-state"');
  });

  it("renders the pact list with the published pacts in it and the filters as a GET form", async () => {
    const response = await page("/zorgpacten");
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<h1[^>]*>Zorgpacten<\/h1>/);
    expect(mainText(response.body)).toContain(demoPact.name);
    const form = /<form[^>]*>/.exec(response.body)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/zorgpacten"');
    expect(response.body).toMatch(/<title>Zorgpacten – Zorgpact<\/title>/);
  });

  it("filters the pact list from the URL's parameters, as a GET form without JavaScript sends them", async () => {
    const response = await page(`/zorgpacten?zoek=${encodeURIComponent(demoPact.name)}`);
    expect(response.statusCode).toBe(200);
    expect(mainText(response.body)).toContain(demoPact.name);
    expect(mainText(response.body)).not.toContain("Pact window.__pwned");
  });

  it("renders a pact page with its name as heading and title, its sections and a description", async () => {
    const response = await page(`/zorgpacten/${demoPact.slug}`);
    expect(response.statusCode).toBe(200);
    const text = mainText(response.body);
    expect(response.body).toContain(`<title>${demoPact.name} – Zorgpact</title>`);
    expect(text).toContain(demoPact.name);
    expect(text).toContain("Partners");
    expect(text).toContain("Effectketen");
    expect(response.body).toMatch(/<meta name="description" content="[^"]{40,}"/);
  });

  it("renders the results page with its heading and content", async () => {
    const response = await page("/resultaten-en-effecten");
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<h1[^>]*>Resultaten en effecten<\/h1>/);
    expect(response.body).not.toContain('aria-busy="true"');
  });

  it("answers an unknown pact with 404 and the not-found page", async () => {
    const response = await page("/zorgpacten/bestaat-niet");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(mainText(response.body)).toContain("niet gevonden");
  });

  it("answers an unknown path with 404 and the not-found page", async () => {
    const response = await page("/geen-pagina-hier");
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatch(/<h1[^>]*>/);
  });

  it("keeps data that closes a script element inside the embedded state", async () => {
    const response = await page("/zorgpacten/vijandige-naam");
    expect(response.statusCode).toBe(200);
    // Exactly the page's own scripts: the name opened none.
    expect(response.body).not.toContain("<script>window.__pwned");
    const state = /<script type="application\/json" id="zorgpact-state">([\s\S]*?)<\/script>/.exec(response.body)?.[1] ?? "";
    expect(state).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.stringify(JSON.parse(state))).toContain(HOSTILE_NAME);
    // In the HTML, the name is text.
    expect(response.body).toContain("Pact &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;!--");
  });

  it("is revalidated on every visit: no-cache with an ETag, 304 when nothing changed", async () => {
    const first = await page("/zorgpacten");
    expect(first.headers["cache-control"]).toBe("no-cache");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await page("/zorgpacten", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("shows a publication on the next request (no stale pages)", async () => {
    const before = await page("/zorgpacten");
    await insertPact(handle.db, { name: "Net gepubliceerd pact", slug: "net-gepubliceerd" });
    const after = await page("/zorgpacten?zoek=Net+gepubliceerd", { "if-none-match": String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(mainText(after.body)).toContain("Net gepubliceerd pact");
  });

  it("links the pact page's own stylesheets and modulepreloads its chunk in the head, each once", async () => {
    // Hashed names from the build's manifest, as the server finds them.
    const manifest = JSON.parse(readFileSync(join(publicDist, ".vite", "manifest.json"), "utf8")) as Record<
      string,
      { file: string; css?: string[]; imports?: string[] }
    >;
    const pactPage = manifest["src/pages/pact/PactPage.tsx"];
    expect(pactPage?.css?.length).toBeGreaterThan(0);
    const importedCss = (pactPage?.imports ?? []).flatMap((key) => manifest[key]?.css ?? []);
    expect(importedCss.length).toBeGreaterThan(0);

    const response = await page(`/zorgpacten/${demoPact.slug}`);
    const stylesheets = headLinks(response.body, "stylesheet");
    for (const css of [...(pactPage?.css ?? []), ...importedCss]) expect(stylesheets).toContain(`/${css}`);
    expect(headLinks(response.body, "modulepreload")).toContain(`/${pactPage?.file}`);
    expect(new Set(stylesheets).size).toBe(stylesheets.length);
    // Nothing the entry loads already: its script is not preloaded again.
    expect(headLinks(response.body, "modulepreload")).not.toContain(`/${manifest["index.html"]?.file}`);
  });

  it("gives an unknown path only the not-found page's chunk, none of another page's", async () => {
    const response = await page("/nog-een-onbekende-pagina");
    expect(response.statusCode).toBe(404);
    const template = readFileSync(join(publicDist, "index.html"), "utf8");
    expect(headLinks(response.body, "stylesheet")).toEqual(headLinks(template, "stylesheet"));
    const added = headLinks(response.body, "modulepreload").filter((href) => !headLinks(template, "modulepreload").includes(href));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/\/NotFoundPage-[^/]+\.js$/);
  });

  it("adds no route tags to the landing page, whose page is in the entry", async () => {
    const template = readFileSync(join(publicDist, "index.html"), "utf8");
    const response = await page("/");
    expect(headLinks(response.body, "stylesheet")).toEqual(headLinks(template, "stylesheet"));
    expect(headLinks(response.body, "modulepreload")).toEqual(headLinks(template, "modulepreload"));
  });

  it("does not serve the bare template at /index.html", async () => {
    const response = await page("/index.html");
    expect(response.body).not.toContain('<div id="root"></div>');
  });
});
