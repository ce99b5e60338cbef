#!/bin/sh
# Runs a command with TEST_DATABASE_URL pointing at a PostgreSQL server, so the real-PostgreSQL
# tests run rather than being left out. When TEST_DATABASE_URL is already set, that server is used;
# otherwise a throwaway cluster starts on 127.0.0.1 (a free port, trust auth, no fsync: nothing in it
# outlives the run) and is removed afterwards. Usage: tools/with-postgres.sh <command> [args...]
set -eu

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  exec "$@"
fi

if command -v postgres >/dev/null 2>&1; then
  pg_bin=$(dirname "$(command -v postgres)")
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "The real-PostgreSQL tests need a PostgreSQL server (on Debian: apt-get install postgresql), or TEST_DATABASE_URL set to one." >&2
  exit 1
fi

pg_data=$(mktemp -d "${TMPDIR:-/tmp}/tend-test-pg.XXXXXX")
# PostgreSQL refuses to run as root; the Debian package's postgres user runs it instead.
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$pg_data"
  as_owner() { runuser -u postgres -- "$@"; }
fi
stop() {
  as_owner "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_data"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
as_owner "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null

TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
