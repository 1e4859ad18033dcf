#!/usr/bin/env bash
# Installs what is needed, builds both apps and starts the platform on the embedded database
# (PGlite in .data/) with demo data. Set DATABASE_URL to run on PostgreSQL instead.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
install_dependencies
# The server runs as the bundle esbuild makes in apps/server/dist/ (plain node, no TypeScript at start).
pnpm turbo run build --filter=@zorgpact/public --filter=@zorgpact/admin --filter=@zorgpact/server
export NODE_ENV=${NODE_ENV:-production}
# The embedded demo runs on plain http://127.0.0.1, where browsers drop Secure cookies; a
# deployment on PostgreSQL (behind HTTPS) keeps them.
if [ -z "${DATABASE_URL:-}" ]; then export COOKIE_SECURE=${COOKIE_SECURE:-false}; fi
exec node apps/server/dist/main.js
