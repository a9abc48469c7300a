#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback (port ${PGPORT:-55432}) as the postgres user,
# and prints the URL to use as AANWEZIG_TEST_PG_URL. Used by .ci/run and by developers:
#   export AANWEZIG_TEST_PG_URL=$(bash .ci/start-postgres.sh)
set -euo pipefail
PORT="${PGPORT:-55432}"
if ! command -v pg_config >/dev/null; then
  apt-get install -y -q postgresql >&2
fi
PGBIN="$(pg_config --bindir)"
if [ ! -x "$PGBIN/initdb" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
DIR="${AANWEZIG_PG_DIR:-/tmp/aanwezig-pg-$PORT}"
if [ -f "$DIR/postmaster.pid" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  echo "postgres://postgres@127.0.0.1:$PORT/postgres"
  exit 0
fi
rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres:postgres "$DIR"
runuser -u postgres -- "$PGBIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" -w start >/dev/null
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
