#!/usr/bin/env bash
# Starts a disposable PostgreSQL cluster for the test suite and prints its URL on standard output.
# Installs PostgreSQL 15 with apt when it is missing and this runs as root (Debian 12).
# The URL is for the role piper_app (LOGIN CREATEDB, no SUPERUSER, no BYPASSRLS), so row-level security
# binds the tests as it binds Piper in production; the cluster's superuser, piper, is for maintenance.
# Running start again on an existing cluster adds the role when it is missing. A second role, piper_bypass
# (BYPASSRLS, same password), lets the tests prove that Piper refuses to serve on such a role.
#   scripts/test-postgres.sh start   # prints postgres://piper_app:…@127.0.0.1:PORT/postgres
#   scripts/test-postgres.sh stop
# PIPER_TEST_POSTGRES_DURABLE=1 keeps PostgreSQL's durable defaults (fsync, full-page writes, synchronous
# commit, autovacuum) instead of the test tuning below: benchmarks measure a cluster as production runs it.
set -euo pipefail

PORT="${PIPER_TEST_POSTGRES_PORT:-54329}"
DATA="${PIPER_TEST_POSTGRES_DIR:-/tmp/piper-test-postgres}"
PASSWORD="piper-test-password"
BIN="/usr/lib/postgresql/15/bin"
APP_ROLE="piper_app"

log() { echo "test-postgres: $*" >&2; }

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  [ -x "$BIN/initdb" ] && return 0
  if [ "$(id -u)" != "0" ]; then
    log "PostgreSQL 15 is not installed; run: sudo apt-get install -y postgresql-15"; exit 1
  fi
  log "installing PostgreSQL 15 with apt"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-client-15 >&2
}

start() {
  install_postgres
  if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    if [ ! -f "$DATA/PG_VERSION" ]; then
      rm -rf "$DATA"; mkdir -p "$DATA"
      [ "$(id -u)" = "0" ] && chown postgres:postgres "$DATA"
      chmod 700 "$DATA"
      local pwfile; pwfile="$(mktemp)"; echo "$PASSWORD" > "$pwfile"; chmod 644 "$pwfile"
      as_owner "$BIN/initdb" -D "$DATA" -U piper --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 >/dev/null
      rm -f "$pwfile"
    fi
    log "starting PostgreSQL on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -w -l "$DATA/server.log" \
      -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c max_connections=300" start >&2
  fi
  ensure_app_role
  if [ "${PIPER_TEST_POSTGRES_DURABLE:-0}" = "1" ]; then keep_durable; else tune_for_tests; fi
  echo "postgres://$APP_ROLE:$PASSWORD@127.0.0.1:$PORT/postgres?sslmode=disable"
}

ensure_app_role() {
  PGPASSWORD="$PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U piper -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN CREATE ROLE $APP_ROLE; END IF;
END \$\$;
ALTER ROLE $APP_ROLE LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS PASSWORD '$PASSWORD';
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'piper_bypass') THEN CREATE ROLE piper_bypass; END IF;
END \$\$;
ALTER ROLE piper_bypass LOGIN NOSUPERUSER BYPASSRLS PASSWORD '$PASSWORD';
SQL
}

# A disposable cluster needs no durability: without fsync and full-page writes, the checkpoint that every
# DROP DATABASE forces takes milliseconds instead of seconds, so a parallel test run, which creates and drops
# a database per test case, does not queue behind them. Autovacuum is off, and the app role may signal
# other backends: DROP DATABASE … WITH (FORCE) of a test database otherwise fails now and then when an
# autovacuum worker is in it ("must be a member of the role whose process is being terminated").
# Applied on every start, also to a running cluster.
tune_for_tests() {
  PGPASSWORD="$PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U piper -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET full_page_writes = off;
ALTER SYSTEM SET synchronous_commit = off;
ALTER SYSTEM SET autovacuum = off;
SELECT pg_reload_conf();
GRANT pg_signal_backend TO $APP_ROLE;
SQL
}

keep_durable() {
  PGPASSWORD="$PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U piper -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
ALTER SYSTEM RESET fsync;
ALTER SYSTEM RESET full_page_writes;
ALTER SYSTEM RESET synchronous_commit;
ALTER SYSTEM RESET autovacuum;
SELECT pg_reload_conf();
SQL
}

stop() {
  as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
