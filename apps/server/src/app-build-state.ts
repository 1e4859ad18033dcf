import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * scripts/start.sh starts the server first and builds the two apps in the background. While an
 * app builds, a marker beside its dist/ holds the process id of the build (`dist.building`); a
 * failed build leaves `dist.failed`. Without markers an app is simply served from its dist/.
 */
export type BuildState = "building" | "failed" | "done";

export const buildMarkers = (dist: string) => ({ building: `${dist}.building`, failed: `${dist}.failed` });

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A build made after the marker (by turbo, scripts/test.sh, by hand) makes the marker stale. */
function builtSince(dist: string, marker: string): boolean {
  try {
    return statSync(join(dist, "index.html")).mtimeMs > statSync(marker).mtimeMs;
  } catch {
    return false;
  }
}

function readBuildState(dist: string): BuildState {
  const markers = buildMarkers(dist);
  if (existsSync(markers.building)) {
    const pid = Number(readFileSync(markers.building, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return "building";
    // A marker whose build is gone (killed, machine restarted) means the build never finished.
    return builtSince(dist, markers.building) ? "done" : "failed";
  }
  return existsSync(markers.failed) && !builtSince(dist, markers.failed) ? "failed" : "done";
}

/** Follows one app's background build; once done it stays done and no longer looks at the disk. */
export class AppBuild {
  private settled = false;
  constructor(readonly dist: string) {}

  state(): BuildState {
    if (this.settled) return "done";
    const state = readBuildState(this.dist);
    if (state === "done") this.settled = true;
    return state;
  }
}

const RETRY_SECONDS = 5;

const names = {
  public: { what: "De site", built: "de publieke site" },
  admin: { what: "De beheeromgeving", built: "de beheeromgeving" },
} as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * While an app builds, its page asks (HEAD, every few seconds) whether the app is there and then
 * reloads once: no timed reload of the page itself, which would restart a screen reader each time
 * (WCAG 2.2.1, axe's meta-refresh rule). A separate file, since the CSP allows no inline script.
 * Without JavaScript the page's link reloads it.
 */
export const WAIT_SCRIPT_PATH = "/_zorgpact/klaargezet.js";
export const waitScript = `const check = async () => {
  try {
    const response = await fetch(location.href, { method: "HEAD", cache: "no-store" });
    if (!(response.status === 503 && response.headers.has("Retry-After"))) return location.reload();
  } catch {
    // The server is restarting: ask again.
  }
  setTimeout(check, ${RETRY_SECONDS * 1000});
};
setTimeout(check, ${RETRY_SECONDS * 1000});
`;

function page(title: string, body: string, waiting: boolean): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${waiting ? `<script src="${WAIT_SCRIPT_PATH}" defer></script>\n` : ""}<title>${title} – Zorgpact</title>
<style>
body{margin:0;padding:0 1rem;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f5f7fa}
main{box-sizing:border-box;max-width:36rem;margin:12vh auto 2rem;padding:2rem 1.5rem;background:#fff;border:1px solid #d0d7de;border-radius:8px}
h1{margin:0 0 1rem;font-size:1.5rem;line-height:1.3;color:#01497c}
p{margin:0 0 .75rem}
a{color:#01497c}
.failed h1{color:#a4262c}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The answer for a request to an app that is not there yet: 503 with Retry-After while it builds
 * (the page shows the app once it is there), 503 without it once the build failed, so the page
 * never promises a site that will not come.
 */
export function sendBuildState(request: FastifyRequest, reply: FastifyReply, app: keyof typeof names, state: "building" | "failed"): FastifyReply {
  const name = names[app];
  const url = request.url.split("?")[0] ?? "/";
  const isPage = !/\.[a-z0-9]+$/i.test(url);
  reply.code(503).header("Cache-Control", "no-store");
  if (state === "building") reply.header("Retry-After", String(RETRY_SECONDS));
  if (!isPage) {
    const error = state === "building" ? `${name.what} wordt klaargezet` : `${name.what} kon niet worden gebouwd`;
    return reply.type("application/json").send({ error });
  }
  const html =
    state === "building"
      ? page(
          `${name.what} wordt klaargezet`,
          `<main>
<h1>${name.what} wordt klaargezet…</h1>
<p>De server draait al; ${name.built} wordt nog gebouwd. Dat duurt meestal minder dan een minuut.</p>
<p>Zodra ${name.built} klaar is, verschijnt die hier vanzelf. Gebeurt dat niet, laad de pagina dan over een halve minuut opnieuw: <a href="${escapeHtml(url)}">opnieuw laden</a>.</p>
</main>`,
          true,
        )
      : page(
          `${name.what} kon niet worden gebouwd`,
          `<main class="failed">
<h1>${name.what} kon niet worden gebouwd</h1>
<p>Het bouwen van ${name.built} is mislukt of afgebroken, dus de server kan die nu niet tonen. De API en <code>/health</code> werken wel.</p>
<p>Beheerder: de foutmelding staat in de uitvoer van <code>scripts/start.sh</code>. Los de fout op en start opnieuw.</p>
</main>`,
          false,
        );
  return reply.type("text/html; charset=utf-8").send(request.method === "HEAD" ? "" : html);
}
