# Helpers for benchmarks/http-turns.sh: tools, servers, wrk runs and the report. Source it.

BENCH_PIDS=()
PG_PORT="${PIPER_BENCH_POSTGRES_PORT:-54339}"
PG_DIR="/tmp/piper-bench-postgres"
PG_PASSWORD="piper-test-password"

bench_install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  if [ "$BACKEND" = "postgres" ] && [ ! -x /usr/lib/postgresql/15/bin/pgbench ]; then missing+=(postgresql-15); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = "0" ] || fail "missing ${missing[*]}; run: sudo apt-get install -y ${missing[*]}"
  log "installing ${missing[*]} with apt"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

bench_build() {
  [ "${PIPER_BENCH_SKIP_BUILD:-0}" = "1" ] && return 0
  log "building piper and piper-bench (release, $SCRATCH)"
  swift build -c release --scratch-path "$SCRATCH" --product piper >&2
  swift build -c release --scratch-path "$SCRATCH" --product piper-bench >&2
}

bench_init() {
  BENCH_DIR="${PIPER_BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/piper-bench.XXXXXX")}"
  mkdir -p "$BENCH_DIR"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  for pid in "${BENCH_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$BACKEND" = "postgres" ]; then
    PIPER_TEST_POSTGRES_PORT="$PG_PORT" PIPER_TEST_POSTGRES_DIR="$PG_DIR" scripts/test-postgres.sh stop 2>/dev/null || true
  fi
  [ -z "${PIPER_BENCH_DIR:-}" ] && rm -rf "$BENCH_DIR"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() {
  local url="$1" pid="$2"
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || fail "the server exited before it answered $url"
    sleep 0.1
  done
  fail "no answer from $url"
}

# bench_wrk CONNECTIONS SECONDS PATH|POST-TURNS [CONVERSATIONS]: prints wrk's RESULT line.
bench_wrk() {
  local connections="$1" seconds="$2" target="$3" threads=2 output
  [ "$connections" -lt 2 ] && threads=1
  if [ "$target" = "POST-TURNS" ]; then
    output="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s benchmarks/wrk/turns.lua \
      "$PIPER_URL" -- "$4")"
  else
    output="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s benchmarks/wrk/report.lua \
      "${BENCH_TARGET_URL:-$PIPER_URL}$target")"
  fi
  local line; line="$(grep '^RESULT' <<<"$output")"
  [ -n "$line" ] || fail "wrk printed no result: $output"
  [ "$(field non2xx "$line")" = "0" ] && [ "$(field errors "$line")" = "0" ] \
    || fail "requests failed during the run: $line (server log: $BENCH_DIR/server.log)"
  echo "$line"
}

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

bench_hello() {
  local port pid line
  port="$(free_port)"
  "$SCRATCH/release/piper-bench" hello --port "$port" >"$BENCH_DIR/hello.log" 2>&1 &
  pid=$!
  BENCH_PIDS+=("$pid")
  wait_for "http://127.0.0.1:$port/" "$pid"
  line="$(BENCH_TARGET_URL="http://127.0.0.1:$port" bench_wrk "$CONNECTIONS" "$SECONDS_PER_PHASE" /)"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  field rps "$line"
}

# bench_postgres_start: a durable cluster of its own; prints the URL of a fresh database for the app role.
bench_postgres_start() {
  PIPER_TEST_POSTGRES_PORT="$PG_PORT" PIPER_TEST_POSTGRES_DIR="$PG_DIR" PIPER_TEST_POSTGRES_DURABLE=1 \
    scripts/test-postgres.sh start >/dev/null
  PGPASSWORD="$PG_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U piper -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
DROP DATABASE IF EXISTS piper_bench WITH (FORCE);
CREATE DATABASE piper_bench OWNER piper_app;
DROP DATABASE IF EXISTS pgbench WITH (FORCE);
CREATE DATABASE pgbench OWNER piper;
SQL
  echo "postgres://piper_app:$PG_PASSWORD@127.0.0.1:$PG_PORT/piper_bench?sslmode=disable"
}

# bench_pgbench: TPC-B-like transactions per second at the benchmark's client count.
bench_pgbench() {
  local scale="${PIPER_BENCH_PGBENCH_SCALE:-$CONNECTIONS}"
  PGPASSWORD="$PG_PASSWORD" pgbench -h 127.0.0.1 -p "$PG_PORT" -U piper -i -q -s "$scale" pgbench >/dev/null 2>&1
  PGPASSWORD="$PG_PASSWORD" pgbench -h 127.0.0.1 -p "$PG_PORT" -U piper -c "$CONNECTIONS" -j 2 \
    -T "$SECONDS_PER_PHASE" pgbench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1
}

# bench_serve DATABASE: starts `piper serve` on it and sets PIPER_URL and PIPER_PID.
bench_serve() {
  local port; port="$(free_port)"
  log "starting piper serve on $1"
  # The single-user mode on either database, so wrk needs no credentials; PostgreSQL still holds every
  # transaction to the tenant with row-level security.
  PIPER_AUTH_MODE=local "$SCRATCH/release/piper" serve --port "$port" --database "$1" >"$BENCH_DIR/server.log" 2>&1 &
  PIPER_PID=$!
  BENCH_PIDS+=("$PIPER_PID")
  PIPER_URL="http://127.0.0.1:$port"
  wait_for "$PIPER_URL/health/ready" "$PIPER_PID"
  # Start-up finishes in the background (the classifier trains, then freed memory goes back).
  sleep 6
}

bench_rss() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$PIPER_PID/status"; }

# bench_seed: one conversation per connection and a few todos; prints the conversation ids, comma-separated.
bench_seed() {
  local ids=() id
  for _ in $(seq 1 "$CONNECTIONS"); do
    id="$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{}' "$PIPER_URL/api/v1/conversations" \
      | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
    ids+=("$id")
  done
  for title in "review the Q3 roadmap" "call Sam about pricing" "draft the launch note"; do
    curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d "{\"title\": \"$title\"}" \
      "$PIPER_URL/api/v1/todos"
  done
  (IFS=,; echo "${ids[*]}")
}

bench_report() {
  BACKEND="$BACKEND" CONNECTIONS="$CONNECTIONS" HELLO="$hello_rps" COMMITS="$commit_rate" TURNS="$turns" \
    TODOS="$todos" HISTORY="$history" SINGLE="$single" IDLE_RSS="$idle_rss" LOADED_RSS="$loaded_rss" \
    SINGLE_SECONDS="$SINGLE_SECONDS" python3 benchmarks/lib/report.py
}
