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
install_dependencies

# The server runs as the bundle esbuild makes in apps/server/dist/ (plain node, no TypeScript at
# start): a second or two, and skipped when the bundle is newer than everything it is built from.
if outdated apps/server/dist/main.js apps/server packages pnpm-lock.yaml; then
  (cd apps/server && node build.mjs)
fi

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

BUILD_PID=""
SERVER_PID=""
stop_all() {
  trap - EXIT INT TERM
  # The build runs in a process group of its own (set -m): this stops vite with it.
  if [ -n "$BUILD_PID" ]; then kill -TERM -- "-$BUILD_PID" 2>/dev/null || true; fi
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ ${#apps_to_build[@]} -gt 0 ]; then
  set -m
  (
    for app in "${apps_to_build[@]}"; do
      if [ "$app" = public ]; then build_app public "de publieke site"; else build_app admin "de beheer-app"; fi
    done
  ) &
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
