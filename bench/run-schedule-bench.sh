#!/usr/bin/env bash
# Builds (if needed) and starts the app on a real PostgreSQL, then measures in one run:
#   - requests/second of the schedule page against a static file of the same server;
#   - the gzip size of the JavaScript each public page loads.
# Usage: bench/run-schedule-bench.sh [--build] [--rounds N] [--duration S]
#   PORT (default 3511). DATABASE_URL: use that server; otherwise a throwaway cluster on
#   PG_TEST_PORT (default 55511) when PostgreSQL binaries exist, else PGlite in a temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Its own build folder: pages cached from the benchmark's database never reach `npm start` (.next).
export DIALOGOS_BUILD_DIR=${DIALOGOS_BUILD_DIR:-.next-bench}
port=${PORT:-3511}
build=0; rounds=3; duration=10
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --rounds) rounds=$2; shift ;;
    --duration) duration=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

source scripts/pg-cluster.sh
server_pid=""; data_dir=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  pg_cluster_stop
  # An `if`, not `[ ] && …`: a false test as the trap's last command made the script exit 1.
  if [ -n "$data_dir" ]; then rm -rf "$data_dir"; fi
}
trap cleanup EXIT

if [ "$build" = 1 ] || [ ! -f "$DIALOGOS_BUILD_DIR/BUILD_ID" ]; then
  echo "== Building"; npx next build >/tmp/dialogos-bench-build.log 2>&1 || { cat /tmp/dialogos-bench-build.log; exit 1; }
fi

if [ -z "${DATABASE_URL:-}" ]; then
  if pg_bindir >/dev/null; then
    PG_TEST_PORT=${PG_TEST_PORT:-55511} pg_cluster_start
    psql "$PG_TEST_URL" -qc "create database dialogos_bench" >/dev/null
    export DATABASE_URL="${PG_TEST_URL%/postgres}/dialogos_bench"
    echo "Database: PostgreSQL (throwaway cluster)"
  else
    data_dir=$(mktemp -d /tmp/dialogos-bench-data.XXXXXX); export DATA_DIR=$data_dir
    echo "Database: PGlite in $data_dir"
  fi
else
  echo "Database: PostgreSQL at DATABASE_URL"
fi

export AUTH_SECRET=${AUTH_SECRET:-$(node -e 'console.log(require("crypto").randomBytes(33).toString("base64url"))')}
export CHECKIN_SIGNING_KEY=${CHECKIN_SIGNING_KEY:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')}
export APP_URL="http://127.0.0.1:$port"
node node_modules/next/dist/bin/next start -p "$port" >/tmp/dialogos-bench-server.log 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/api/health" || { cat /tmp/dialogos-bench-server.log; exit 1; }
echo

echo "== JavaScript each public page loads"
node bench/js-size.mjs --base "http://127.0.0.1:$port"
echo
echo "== Requests per second: schedule vs static file (same server, same run)"
node bench/schedule-bench.mjs --base "http://127.0.0.1:$port" --rounds "$rounds" --duration "$duration"
