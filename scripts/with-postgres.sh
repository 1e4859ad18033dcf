#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server: initdb in a temp folder, start on a
# loopback port, export DATABASE_URL, run the command, stop and remove the server.
# Usage: scripts/with-postgres.sh <command...>
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-54329}
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL 15 niet gevonden in $PG_BIN" >&2
  exit 1
fi

PG_DIR=$(mktemp -d /tmp/zorgpact-pg.XXXXXX)
run_as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = "0" ]; then chown postgres "$PG_DIR"; fi

cleanup() {
  run_as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT

run_as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
run_as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database zorgpact_test" >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/zorgpact_test"
# The restart test (apps/server/src/database-restart.test.ts) starts a server of its own with these
# binaries, so restarting it does not pull the database from under the other tests.
export PG_BIN
echo "PostgreSQL 15 draait op poort $PG_PORT (wegwerpserver)"
"$@"
