#!/usr/bin/env bash
# Turns and reads over HTTP against their physical limits, measured in one run on this machine:
#   - a bare SQLite WAL commit with synchronous=FULL (benchmarks/sqlite-commits.py) on the same file system,
#   - a bare Hummingbird hello-world (`piper-bench hello`) on the same cores,
#   - with --postgres, pgbench's TPC-B-like load at the same client count on the same server.
# Piper runs from a release build in its single-user mode; wrk (apt) drives it from the same machine.
#
#   benchmarks/http-turns.sh             # embedded SQLite
#   benchmarks/http-turns.sh --postgres  # PostgreSQL 15 (apt), fsync on, row-level security forced
#
# Environment: PIPER_BENCH_SECONDS (each load phase, default 20), PIPER_BENCH_SINGLE_SECONDS (the
# one-connection run, default 60), PIPER_BENCH_CONNECTIONS (default 32), PIPER_BENCH_DIR (where the
# databases go; default a new folder under /tmp), PIPER_BENCH_SKIP_BUILD=1 (use the existing build).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_PHASE="${PIPER_BENCH_SECONDS:-20}"
SINGLE_SECONDS="${PIPER_BENCH_SINGLE_SECONDS:-60}"
CONNECTIONS="${PIPER_BENCH_CONNECTIONS:-32}"
SCRATCH=".build-release"
BACKEND="sqlite"
[ "${1:-}" = "--postgres" ] && BACKEND="postgres"

log() { echo "http-turns: $*" >&2; }
fail() { log "$*"; exit 1; }

source benchmarks/lib/bench.sh

bench_install_tools
bench_build
bench_init

printf '\nmachine: %s cores, %s, %s\n' "$(nproc)" "$(uname -sr)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
printf 'backend: %s; %s connections; %ss per phase\n\n' "$BACKEND" "$CONNECTIONS" "$SECONDS_PER_PHASE"

log "baseline: bare Hummingbird hello-world"
hello_rps="$(bench_hello)"

if [ "$BACKEND" = "sqlite" ]; then
  log "baseline: bare SQLite commits (WAL, synchronous=FULL) in $BENCH_DIR"
  commit_rate="$(python3 benchmarks/sqlite-commits.py "$BENCH_DIR/raw.sqlite" 5)"
  database="$BENCH_DIR/piper.sqlite"
else
  log "baseline: pgbench TPC-B-like, $CONNECTIONS clients"
  database="$(bench_postgres_start)"
  commit_rate="$(bench_pgbench)"
fi

bench_serve "$database"
idle_rss="$(bench_rss)"
conversations="$(bench_seed)"

log "turns: $CONNECTIONS connections for ${SECONDS_PER_PHASE}s"
turns="$(bench_wrk "$CONNECTIONS" "$SECONDS_PER_PHASE" POST-TURNS "$conversations")"
log "reads: GET /api/v1/todos"
todos="$(bench_wrk "$CONNECTIONS" "$SECONDS_PER_PHASE" /api/v1/todos)"
first="${conversations%%,*}"
log "reads: GET /api/v1/conversations/{id}/turns?limit=50"
history="$(bench_wrk "$CONNECTIONS" "$SECONDS_PER_PHASE" "/api/v1/conversations/$first/turns?limit=50")"
log "turns: one connection for ${SINGLE_SECONDS}s"
single="$(bench_wrk 1 "$SINGLE_SECONDS" POST-TURNS "$conversations")"
log "idle for 10s"
sleep 10
loaded_rss="$(bench_rss)"

bench_report
