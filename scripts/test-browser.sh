#!/usr/bin/env bash
# Runs the real-browser tests (selenium + headless Chromium): Tests/Browser/test_chat.py against the
# single-user mode, then Tests/Browser/test_accounts.py (sign-up, renewal, sign-out, sign-in) against a
# second server in accounts mode. Installs Chromium and its driver with apt when missing (as root) and
# selenium in .build/browser-venv. Tests PIPER_BROWSER_BASE_URL with test_chat.py only when set; otherwise
# starts "${PIPER_BIN:-.build/debug/piper}" serve on free ports with throwaway SQLite databases, waits for
# /health/ready and stops the servers at exit.
#   scripts/test-browser.sh
#   PIPER_BROWSER_BASE_URL=http://127.0.0.1:8080 scripts/test-browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "test-browser: $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

CHROMEDRIVER_BIN="${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}"
VENV=".build/browser-venv"
ARTIFACTS=".build/browser-artifacts"
READY_TIMEOUT="${PIPER_BROWSER_READY_TIMEOUT:-120}"

log "step 1/4: Chromium and chromedriver"
if ! command -v chromium >/dev/null 2>&1 || [ ! -x "$CHROMEDRIVER_BIN" ]; then
  if [ "$(id -u)" != "0" ]; then
    fail "Chromium or chromedriver is missing; run: sudo apt-get install -y chromium chromium-driver"
  fi
  log "installing chromium and chromium-driver with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
log "  $("$CHROMEDRIVER_BIN" --version 2>/dev/null | head -n 1)"

log "step 2/4: Python venv with selenium ($VENV)"
if [ ! -x "$VENV/bin/python3" ] || ! "$VENV/bin/python3" -c 'import selenium' >/dev/null 2>&1; then
  mkdir -p .build
  python3 -m venv "$VENV" || fail "python3 -m venv failed (on Debian: apt-get install -y python3-venv)"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check selenium
fi
log "  selenium $("$VENV/bin/python3" -c 'import selenium; print(selenium.__version__)')"

server_pids=()
workdir=""
cleanup() {
  for pid in "${server_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping the server (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  if [ -n "$workdir" ]; then rm -rf "$workdir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

http_status() {
  python3 - "$1" <<'PY' 2>/dev/null || echo 000
import sys, urllib.error, urllib.request
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=2).status)
except urllib.error.HTTPError as error:
    print(error.code)
PY
}

# start_server RESULT NAME [VAR=value ...]: serves a fresh database in $workdir/NAME and stores its base URL
# in the variable RESULT (not printed: a command substitution would lose the server's pid).
start_server() {
  local result="$1" name="$2"; shift 2
  local bin="${PIPER_BIN:-.build/debug/piper}" port dir pid url deadline
  [ -x "$bin" ] || fail "$bin is not built; run: swift build (or set PIPER_BIN or PIPER_BROWSER_BASE_URL)"
  port="$(free_port)"
  dir="$workdir/$name"
  mkdir -p "$dir"
  log "  starting $name: $* $bin serve --port $port (log: $dir/server.log)"
  env "$@" "$bin" serve --port "$port" --database "$dir/piper.sqlite" >"$dir/server.log" 2>&1 &
  pid=$!
  server_pids+=("$pid")
  url="http://127.0.0.1:$port"
  deadline=$((SECONDS + READY_TIMEOUT))
  until [ "$(http_status "$url/health/ready")" = "200" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$dir/server.log" >&2 || true
      fail "the $name server exited before it was ready"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 40 "$dir/server.log" >&2 || true
      fail "the $name server was not ready within ${READY_TIMEOUT}s"
    fi
    sleep 0.2
  done
  log "  $name ready at $url"
  printf -v "$result" '%s' "$url"
}

# run_test SCRIPT BASE_URL: runs one browser test; on failure copies the server logs next to its artifacts.
run_test() {
  local status=0
  PIPER_BROWSER_BASE_URL="$2" PIPER_BROWSER_ARTIFACTS="${PIPER_BROWSER_ARTIFACTS:-$ARTIFACTS}" \
    CHROMEDRIVER_BIN="$CHROMEDRIVER_BIN" "$VENV/bin/python3" "$1" || status=$?
  if [ "$status" != 0 ]; then
    if [ -n "$workdir" ]; then
      mkdir -p "$ARTIFACTS"
      for log_file in "$workdir"/*/server.log; do
        [ -f "$log_file" ] && cp "$log_file" "$ARTIFACTS/$(basename "$(dirname "$log_file")")-server.log"
      done
      log "server logs copied to $ARTIFACTS"
    fi
    fail "$1 failed (artifacts in $ARTIFACTS)"
  fi
}

log "step 3/4: servers"
if [ -n "${PIPER_BROWSER_BASE_URL:-}" ]; then
  log "  using $PIPER_BROWSER_BASE_URL"
  log "step 4/4: Tests/Browser/test_chat.py"
  run_test Tests/Browser/test_chat.py "$PIPER_BROWSER_BASE_URL"
else
  workdir="$(mktemp -d "${TMPDIR:-/tmp}/piper-browser.XXXXXX")"
  local_url="" accounts_url=""
  start_server local_url local PIPER_AUTH_MODE=local
  start_server accounts_url accounts PIPER_AUTH_MODE=accounts PIPER_AUTH_BCRYPT_COST=6
  log "step 4/4: Tests/Browser/test_chat.py, then Tests/Browser/test_accounts.py"
  run_test Tests/Browser/test_chat.py "$local_url"
  run_test Tests/Browser/test_accounts.py "$accounts_url"
fi
log "passed"
