#!/usr/bin/env bash
# Installs what is needed, builds both apps and starts the platform on the embedded database
# (PGlite in .data/) with demo data. Set DATABASE_URL to run on PostgreSQL instead.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
install_dependencies
pnpm turbo run build --filter=@zorgpact/public --filter=@zorgpact/admin
export NODE_ENV=${NODE_ENV:-production}
exec pnpm --filter @zorgpact/server start
