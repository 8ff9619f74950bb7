#!/usr/bin/env bash
# Runs Piper's whole test suite against SQLite and PostgreSQL.
# Starts a disposable PostgreSQL (installing it when missing) unless PIPER_TEST_POSTGRES_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PIPER_TEST_POSTGRES_URL:-}" ]; then
  PIPER_TEST_POSTGRES_URL="$(scripts/test-postgres.sh start)"
  export PIPER_TEST_POSTGRES_URL
fi

swift build --build-tests "$@"
swift test --skip-build "$@"
