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
PIPER_READY_TIMEOUT="${PIPER_BROWSER_READY_TIMEOUT:-${PIPER_READY_TIMEOUT:-120}}"

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

# shellcheck source=lib/servers.sh
. scripts/lib/servers.sh

# run_test SCRIPT BASE_URL: runs one browser test; on failure copies the server logs next to its artifacts.
run_test() {
  local status=0
  PIPER_BROWSER_BASE_URL="$2" PIPER_BROWSER_ARTIFACTS="${PIPER_BROWSER_ARTIFACTS:-$ARTIFACTS}" \
    CHROMEDRIVER_BIN="$CHROMEDRIVER_BIN" "$VENV/bin/python3" "$1" || status=$?
  if [ "$status" != 0 ]; then
    copy_server_logs "$ARTIFACTS"
    fail "$1 failed (artifacts in $ARTIFACTS)"
  fi
}

log "step 3/4: servers"
if [ -n "${PIPER_BROWSER_BASE_URL:-}" ]; then
  log "  using $PIPER_BROWSER_BASE_URL"
  log "step 4/4: Tests/Browser/test_chat.py"
  run_test Tests/Browser/test_chat.py "$PIPER_BROWSER_BASE_URL"
else
  servers_init browser
  local_url="" accounts_url=""
  start_server local_url local PIPER_AUTH_MODE=local
  start_server accounts_url accounts PIPER_AUTH_MODE=accounts PIPER_AUTH_BCRYPT_COST=6
  log "step 4/4: Tests/Browser/test_chat.py, then Tests/Browser/test_accounts.py"
  run_test Tests/Browser/test_chat.py "$local_url"
  run_test Tests/Browser/test_accounts.py "$accounts_url"
fi
log "passed"
