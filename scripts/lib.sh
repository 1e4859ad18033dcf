# Shared by the scripts: a pinned pnpm on PATH without relying on corepack. Corepack fails against
# a registry that serves no signatures ("No compatible signature found in package metadata"), so
# pnpm is installed with npm into .tools/ instead.
PNPM_VERSION=10.20.0
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS_DIR="$REPO_ROOT/.tools"

ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then return; fi
  if [ ! -x "$TOOLS_DIR/node_modules/.bin/pnpm" ] || [ "$("$TOOLS_DIR/node_modules/.bin/pnpm" --version)" != "$PNPM_VERSION" ]; then
    echo "pnpm $PNPM_VERSION installeren in .tools/ ..."
    npm install --silent --no-audit --no-fund --prefer-offline --prefix "$TOOLS_DIR" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$TOOLS_DIR/node_modules/.bin:$PATH"
}

install_dependencies() {
  ensure_pnpm
  if [ "${CI:-}" = "true" ]; then
    pnpm install --frozen-lockfile
  else
    # optimistic-repeat-install: pnpm's own quick check returns at once when node_modules already
    # matches the lockfile and every package.json (about 2 s saved on every start).
    pnpm install --prefer-offline --config.optimistic-repeat-install=true
  fi
}

# True when $1 is missing or older than any file under the paths after it (their node_modules and
# build output skipped): a build step may be skipped when its output is newer than its sources.
outdated() {
  local target=$1
  shift
  [ -e "$target" ] || return 0
  [ -n "$(find "$@" \( -name node_modules -o -name dist -o -name dist-server -o -name .turbo \) -prune -o -newer "$target" -print -quit)" ]
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  if [ "$(id -u)" != "0" ]; then
    echo "Chromium ontbreekt: installeer het met 'sudo apt-get install -y chromium'." >&2
    exit 1
  fi
  echo "Chromium installeren (Debian-pakket) ..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

# The two-server test (apps/server/src/multi-instance.test.ts) puts Debian's nginx in front of two
# servers; it runs nginx itself, in the foreground with a temp config.
ensure_nginx() {
  if [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" != "0" ]; then
    echo "nginx ontbreekt: installeer het met 'sudo apt-get install -y nginx-light'." >&2
    exit 1
  fi
  echo "nginx installeren (Debian-pakket) ..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
}
