#!/usr/bin/env bash
# Runs the real-browser test of the web chat (Tests/Browser/test_chat.py, selenium + headless Chromium).
# Installs Chromium and its driver with apt when missing (as root) and selenium in .build/browser-venv.
# Tests PIPER_BROWSER_BASE_URL when set; otherwise starts "${PIPER_BIN:-.build/debug/piper}" serve on a free port
# with a throwaway SQLite database, waits for /health/ready and stops it at exit.
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

server_pid=""
workdir=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping the server (pid $server_pid)"
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
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

log "step 3/4: server"
if [ -n "${PIPER_BROWSER_BASE_URL:-}" ]; then
  log "  using $PIPER_BROWSER_BASE_URL"
else
  bin="${PIPER_BIN:-.build/debug/piper}"
  [ -x "$bin" ] || fail "$bin is not built; run: swift build (or set PIPER_BIN or PIPER_BROWSER_BASE_URL)"
  workdir="$(mktemp -d "${TMPDIR:-/tmp}/piper-browser.XXXXXX")"
  port="$(free_port)"
  log "  starting $bin serve --port $port --database $workdir/piper.sqlite (log: $workdir/server.log)"
  "$bin" serve --port "$port" --database "$workdir/piper.sqlite" >"$workdir/server.log" 2>&1 &
  server_pid=$!
  PIPER_BROWSER_BASE_URL="http://127.0.0.1:$port"
  deadline=$((SECONDS + READY_TIMEOUT))
  until [ "$(http_status "$PIPER_BROWSER_BASE_URL/health/ready")" = "200" ]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      tail -n 40 "$workdir/server.log" >&2 || true
      fail "the server exited before it was ready"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 40 "$workdir/server.log" >&2 || true
      fail "the server was not ready within ${READY_TIMEOUT}s"
    fi
    sleep 0.2
  done
  log "  ready at $PIPER_BROWSER_BASE_URL"
fi
export PIPER_BROWSER_BASE_URL

log "step 4/4: Tests/Browser/test_chat.py"
status=0
PIPER_BROWSER_ARTIFACTS="${PIPER_BROWSER_ARTIFACTS:-$ARTIFACTS}" CHROMEDRIVER_BIN="$CHROMEDRIVER_BIN" \
  "$VENV/bin/python3" Tests/Browser/test_chat.py || status=$?
if [ "$status" != 0 ]; then
  if [ -n "$workdir" ] && [ -f "$workdir/server.log" ]; then
    mkdir -p "$ARTIFACTS"
    cp "$workdir/server.log" "$ARTIFACTS/server.log"
    log "server log copied to $ARTIFACTS/server.log"
  fi
  fail "the browser test failed (artifacts in $ARTIFACTS)"
fi
log "passed"
