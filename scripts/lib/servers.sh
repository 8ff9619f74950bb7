# Starts and stops throwaway `piper serve` processes for the scripts that test a running Piper from
# outside (the browser and API suites). Source it; call servers_init first.
#   start_server RESULT NAME [VAR=value ...]  serves a fresh SQLite database; stores the base URL in RESULT

READY_TIMEOUT="${PIPER_READY_TIMEOUT:-120}"
server_pids=()
workdir=""

servers_init() {
  workdir="$(mktemp -d "${TMPDIR:-/tmp}/piper-$1.XXXXXX")"
  trap servers_cleanup EXIT
  trap 'exit 130' INT TERM
}

servers_cleanup() {
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
  [ -x "$bin" ] || fail "$bin is not built; run: swift build (or set PIPER_BIN)"
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

# copy_server_logs DIR: keeps every server's log next to a failed run's artifacts.
copy_server_logs() {
  [ -n "$workdir" ] || return 0
  mkdir -p "$1"
  for log_file in "$workdir"/*/server.log; do
    [ -f "$log_file" ] && cp "$log_file" "$1/$(basename "$(dirname "$log_file")")-server.log"
  done
  log "server logs copied to $1"
}
