#!/usr/bin/env bash
# Installs what is needed and runs every check: typecheck, lint, unit and integration tests on
# PGlite, the database/API/server tests again on a throwaway PostgreSQL 15 (there the server
# must also survive PostgreSQL restarting under write load: apps/server/src/database-restart.test.ts
# starts a second server of its own with PG_BIN), the production build, and the browser tests in
# Debian's chromium.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
started=$(date +%s)
LOG=$(mktemp /tmp/zorgpact-test.XXXXXX.log)
# Every vitest run's summary is collected, so the closing line counts all tests of all runs.
run() { "$@" 2>&1 | tee -a "$LOG"; }
step() { echo; echo "==> $1 ($(( $(date +%s) - started ))s)"; }

step "Installeren"
install_dependencies

step "Opmaak (prettier --check)"
pnpm format:check

step "Typecheck, lint en tests op PGlite"
run pnpm turbo run typecheck lint test --continue --concurrency=2 --output-logs=full

step "Database-, API- en servertests op PostgreSQL 15"
ensure_nginx
# Two packages at a time: a test waits on the database for much of its time, so one package's
# worker leaves a core idle (each file has a database of its own; the migrated template is made
# per package run under a unique name, so runs side by side do not meet).
run scripts/with-postgres.sh pnpm turbo run test --force --concurrency=2 --filter=@zorgpact/db --filter=@zorgpact/api --filter=@zorgpact/server --output-logs=full

step "Productiebouw"
pnpm turbo run build --output-logs=errors-only

# The landing page's JavaScript budget (100 KiB brotli, docs/performance.md): cheap, so always
# checked; a breach fails the run at the end, after the browser tests have still run.
step "JavaScript-budget van de landingspagina"
budget_ok=true
node bench/landing-js-size.mjs || budget_ok=false

step "Browsertests (chromium)"
ensure_chromium
run pnpm --filter @zorgpact/e2e e2e

step "Klaar"
node scripts/count-tests.mjs "$LOG"
if [ "$budget_ok" != true ]; then echo "JavaScript van / boven het budget (zie hierboven)"; exit 1; fi
