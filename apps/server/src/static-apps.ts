import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { Db } from "@zorgpact/db/database";
import type { FastifyInstance } from "fastify";
import { AppBuild, sendBuildState, WAIT_SCRIPT_PATH, waitScript } from "./app-build-state.ts";
import { isOpenDataPath, sendUnknownOpenDataResource } from "./open-data/routes.ts";
import { loadPublicSsr, type PublicSsr } from "./public-ssr.ts";

export interface StaticApps {
  publicDist: string;
  adminDist: string;
  /** The public app's server build; by default apps/public/dist-server beside publicDist. */
  publicServerEntry?: string;
}

/**
 * Serves the built public app at / and the admin app at /admin/. Public pages are rendered on the
 * server (public-ssr.ts) when the public app's server build is there; otherwise, and for the
 * admin app, unknown paths that look like pages get the app's index.html so client-side routes
 * survive a reload. While scripts/start.sh still builds an app in the background, its paths answer
 * "wordt klaargezet" (app-build-state.ts), and the app is served as soon as its build is done.
 */
export async function registerStaticApps(app: FastifyInstance, dirs: StaticApps, options: { production?: boolean; db?: Db } = {}): Promise<void> {
  const mounts = [
    { prefix: "/admin/", root: dirs.adminDist, name: "admin" as const, build: new AppBuild(dirs.adminDist) },
    { prefix: "/", root: dirs.publicDist, name: "public" as const, build: new AppBuild(dirs.publicDist) },
  ].filter((m) => existsSync(m.root) || m.build.state() !== "done");
  const publicMount = mounts.find((m) => m.name === "public");

  // Server rendering starts once the public app's build is done: at once, or at the first page after.
  let publicSsr: PublicSsr | null = null;
  let publicSsrLoading: Promise<PublicSsr | null> | undefined;
  const loadSsr = () =>
    options.db && publicMount
      ? loadPublicSsr({
          publicDist: dirs.publicDist,
          serverEntry: dirs.publicServerEntry,
          db: options.db,
          production: options.production ?? false,
          log: app.log,
        })
      : Promise.resolve(null);
  if (publicMount?.build.state() === "done") publicSsr = await (publicSsrLoading = loadSsr());
  const ssrWhenReady = (): Promise<PublicSsr | null> =>
    (publicSsrLoading ??= loadSsr().then(
      (ssr) => (publicSsr = ssr),
      (error: unknown) => {
        app.log.error({ err: error }, "Server rendering could not be loaded; the public app renders in the browser");
        return null;
      },
    ));

  const allowedPath = (path: string, root: string) => {
    // An app still building (or failed) is not served from its half-written dist/.
    if (mounts.find((m) => m.root === root)?.build.state() !== "done") return false;
    // Source maps would hand out the unminified source: built, but not served in production.
    if (options.production && path.endsWith(".map")) return false;
    // With server rendering, no page is the bare template: "/" and /index.html are rendered too.
    return !(publicSsr && root === dirs.publicDist && path === "/index.html");
  };

  if (mounts.some((m) => m.build.state() !== "done")) {
    app.get(WAIT_SCRIPT_PATH, (_request, reply) => reply.type("text/javascript; charset=utf-8").header("Cache-Control", "no-store").send(waitScript));
  }

  if (publicMount) {
    app.get("/", async (request, reply) => {
      const state = publicMount.build.state();
      if (state !== "done") return sendBuildState(request, reply, "public", state);
      const ssr = publicSsr ?? (await ssrWhenReady());
      if (ssr) return ssr.send(request, reply);
      return reply.header("Cache-Control", "no-cache").sendFile("index.html", publicMount.root);
    });
  }

  for (const [index, mount] of mounts.entries()) {
    await app.register(fastifyStatic, {
      root: mount.root,
      prefix: mount.prefix,
      decorateReply: index === 0,
      wildcard: true,
      // "/" has its own route above; subfolders of the admin app have no index of their own.
      index: mount.name === "public" ? false : ["index.html"],
      cacheControl: false,
      // The build wrote .br and .gz beside each text file (tooling/vite/precompress.ts).
      preCompressed: true,
      allowedPath,
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders(res, filePath) {
        res.setHeader("Cache-Control", filePath.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.get("/admin", (_req, reply) => reply.redirect("/admin/", 301));

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    // The wildcard file route catches GET /v1/… before the open-data API's own 404 does.
    if (isOpenDataPath(url)) return sendUnknownOpenDataResource(request, reply);
    const appPath = !url.startsWith("/trpc") && !url.startsWith("/v1");
    const pagePath = appPath && !/\.[a-z0-9]+$/i.test(url);
    const isPage = request.method === "GET" && pagePath;
    const mount = mounts.find((m) => url.startsWith(m.prefix));
    const readable = request.method === "GET" || request.method === "HEAD";
    const state = mount?.build.state();
    if (mount && appPath && readable && state !== undefined && state !== "done") return sendBuildState(request, reply, mount.name, state);
    const ssr = mount === publicMount && pagePath && readable ? (publicSsr ?? (await ssrWhenReady())) : null;
    if (ssr) return ssr.send(request, reply);
    if (isPage && mount) {
      return reply.type("text/html").header("Cache-Control", "no-cache").sendFile("index.html", mount.root);
    }
    return reply.code(404).type("application/json").send({ error: "Niet gevonden" });
  });
}
