#!/usr/bin/env bash
# Installs what is needed, builds the server and starts the platform on the embedded database
# (PGlite in .data/) with demo data. Set DATABASE_URL to run on PostgreSQL instead.
# The API is up within seconds: the public site and the admin app build in the background
# meanwhile, and until each is ready its pages say "wordt klaargezet" (a marker beside its dist/,
# read by apps/server/src/app-build-state.ts). A failed build is printed here and shown on its pages.
# Ctrl-C (or SIGTERM) stops the server and any build still running.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
PGLITE_PID=""
BUILD_PID=""
SERVER_PID=""
stop_all() {
  trap - EXIT INT TERM
  # The build runs in a process group of its own (set -m): this stops vite with it.
  if [ -n "$BUILD_PID" ]; then kill -TERM -- "-$BUILD_PID" 2>/dev/null || true; fi
  if [ -n "$PGLITE_PID" ]; then kill -TERM "$PGLITE_PID" 2>/dev/null || true; fi
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

install_dependencies

# PGlite runs initdb (about 5 s of CPU) in every new data folder. A new, empty cluster depends on
# PGlite's version alone, so one is kept per machine (like pnpm's store, in ~/.cache/zorgpact) and
# copied into a new data folder; migrations and demo data run on it as always. Any trouble here
# leaves the folder to the server, which then runs initdb itself.
prepare_pglite_data_dir() {
  local data_dir=${PGLITE_DATA_DIR:-$REPO_ROOT/.data/pglite} pglite=packages/db/node_modules/@electric-sql/pglite
  if [ -n "${DATABASE_URL:-}" ] || [ -e "$data_dir" ] || [[ $data_dir == *://* ]] || [ ! -f "$pglite/package.json" ]; then return 0; fi
  local version cache
  version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pglite/package.json" | head -n 1)
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/zorgpact/pglite-$version-initdb"
  if [ ! -f "$cache/PG_VERSION" ]; then
    rm -rf "$cache.$$" && mkdir -p "$(dirname "$cache")" || return 0
    if ! (cd packages/db && node --input-type=module -e 'const { PGlite } = await import("@electric-sql/pglite"); await (await PGlite.create(process.argv[1])).close();' "$cache.$$") ||
      ! mv -T "$cache.$$" "$cache" 2>/dev/null; then
      rm -rf "$cache.$$"
      [ -f "$cache/PG_VERSION" ] || return 0
    fi
  fi
  mkdir -p "$(dirname "$data_dir")" && cp -a "$cache" "$data_dir.$$" && mv -T "$data_dir.$$" "$data_dir" || rm -rf "$data_dir.$$"
}
prepare_pglite_data_dir &
PGLITE_PID=$!

# The server runs as the bundle esbuild makes in apps/server/dist/ (plain node, no TypeScript at
# start): a second or two, and skipped when the bundle is newer than everything it is built from.
if outdated apps/server/dist/main.js apps/server packages pnpm-lock.yaml; then
  (cd apps/server && node build.mjs)
fi
wait "$PGLITE_PID" || true
PGLITE_PID=""

LOG_DIR=.data/logs
mkdir -p "$LOG_DIR"
# One app after the other (the public site first), at low priority so the server starts first.
# Each app's marker says "building" (the pid of this job) until its build ends.
build_app() {
  local app=$1 label=$2 dist="apps/$1/dist" log="$LOG_DIR/build-$1.log" started=$SECONDS
  if nice -n 10 pnpm --filter "@zorgpact/$app" build >"$log" 2>&1; then
    rm -f "$dist.building"
    echo "${label^} gebouwd in $((SECONDS - started)) s."
  else
    echo "Bouwen mislukt; zie $log" >"$dist.failed"
    rm -f "$dist.building"
    echo "FOUT: bouwen van $label mislukt. De laatste regels van $log:" >&2
    tail -n 25 "$log" >&2
  fi
}
apps_to_build=()
for app in public admin; do
  dist="apps/$app/dist"
  rm -f "$dist.building" "$dist.failed"
  # The public app is two builds: the browser's (dist/) and the server rendering's (dist-server/).
  if outdated "$dist/index.html" "apps/$app" packages tooling pnpm-lock.yaml ||
    { [ "$app" = public ] && outdated apps/public/dist-server/entry-server.js apps/public packages tooling pnpm-lock.yaml; }; then
    apps_to_build+=("$app")
  fi
done

if [ ${#apps_to_build[@]} -gt 0 ]; then
  set -m
  (
    for app in "${apps_to_build[@]}"; do
      if [ "$app" = public ]; then build_app public "de publieke site"; else build_app admin "de beheer-app"; fi
    done
  ) </dev/null &
  BUILD_PID=$!
  set +m
  for app in "${apps_to_build[@]}"; do
    mkdir -p "apps/$app/dist"
    echo "$BUILD_PID" >"apps/$app/dist.building"
  done
  echo "Bouwen op de achtergrond: ${apps_to_build[*]} (log in $LOG_DIR/); de server start alvast."
fi

export NODE_ENV=${NODE_ENV:-production}
# The embedded demo runs on plain http://127.0.0.1, where browsers drop Secure cookies; a
# deployment on PostgreSQL (behind HTTPS) keeps them.
if [ -z "${DATABASE_URL:-}" ]; then export COOKIE_SECURE=${COOKIE_SECURE:-false}; fi
node apps/server/dist/main.js &
SERVER_PID=$!
status=0
wait "$SERVER_PID" || status=$?
SERVER_PID=""
exit "$status"
