import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { Db } from "@zorgpact/db/database";
import type { FastifyInstance } from "fastify";
import { isOpenDataPath, sendUnknownOpenDataResource } from "./open-data/routes.ts";
import { loadPublicSsr } from "./public-ssr.ts";

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
 * survive a reload.
 */
export async function registerStaticApps(app: FastifyInstance, dirs: StaticApps, options: { production?: boolean; db?: Db } = {}): Promise<void> {
  // Source maps would hand out the unminified source: built, but not served in production.
  const allowedPath = options.production ? (path: string) => !path.endsWith(".map") : undefined;
  const publicSsr =
    options.db && existsSync(dirs.publicDist)
      ? await loadPublicSsr({
          publicDist: dirs.publicDist,
          serverEntry: dirs.publicServerEntry,
          db: options.db,
          production: options.production ?? false,
          log: app.log,
        })
      : null;
  // With server rendering, no page is the bare template: "/" and /index.html are rendered too.
  const publicAllowedPath = publicSsr ? (path: string) => path !== "/index.html" && (allowedPath?.(path) ?? true) : allowedPath;
  const mounts = [
    { prefix: "/admin/", root: dirs.adminDist },
    { prefix: "/", root: dirs.publicDist },
  ].filter((m) => existsSync(m.root));
  if (publicSsr) app.get("/", (request, reply) => publicSsr.send(request, reply));

  for (const [index, mount] of mounts.entries()) {
    await app.register(fastifyStatic, {
      root: mount.root,
      prefix: mount.prefix,
      decorateReply: index === 0,
      wildcard: true,
      // With server rendering, "/" (and every page) is rendered, never the bare template.
      index: publicSsr && mount.prefix === "/" ? false : ["index.html"],
      cacheControl: false,
      // The build wrote .br and .gz beside each text file (tooling/vite/precompress.ts).
      preCompressed: true,
      ...(mount.prefix === "/" && publicAllowedPath ? { allowedPath: publicAllowedPath } : allowedPath ? { allowedPath } : {}),
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders(res, filePath) {
        res.setHeader("Cache-Control", filePath.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.get("/admin", (_req, reply) => reply.redirect("/admin/", 301));

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    // The wildcard file route catches GET /v1/… before the open-data API's own 404 does.
    if (isOpenDataPath(url)) return sendUnknownOpenDataResource(request, reply);
    const pagePath = !url.startsWith("/trpc") && !url.startsWith("/v1") && !/\.[a-z0-9]+$/i.test(url);
    const isPage = request.method === "GET" && pagePath;
    const mount = mounts.find((m) => url.startsWith(m.prefix));
    if (publicSsr && mount?.prefix === "/" && pagePath && (request.method === "GET" || request.method === "HEAD")) return publicSsr.send(request, reply);
    if (isPage && mount) {
      return reply.type("text/html").header("Cache-Control", "no-cache").sendFile("index.html", mount.root);
    }
    return reply.code(404).type("application/json").send({ error: "Niet gevonden" });
  });
}
