#!/usr/bin/env bash
# `npm test`: every test layer, on a fresh Debian machine too. Installs what is missing (npm
# packages, Debian's Chromium and PostgreSQL), starts a throwaway PostgreSQL cluster, runs
# typecheck, unit tests, data-layer tests on PGlite and PostgreSQL, builds the app and runs the
# browser tests against it on PostgreSQL, then stops the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/pg-cluster.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
started=$SECONDS

step "Dependencies"
if [ ! -x node_modules/.bin/next ]; then npm ci --no-audit --no-fund; fi
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
pg_bindir >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Two lanes at once where the work allows it (two cores, and most of these tools keep one busy):
# each lane is a function writing to a log of its own, printed whole when the lane ends; the first
# lane to fail stops the others (each runs in a process group of its own) and the run.
lanes() {
  local title=$1 dir lane pid finished status begun=$SECONDS
  shift
  step "$title"
  dir=$(mktemp -d /tmp/dialogos-lanes.XXXXXX)
  local -A lane_of=()
  set -m
  for lane in "$@"; do
    "$lane" >"$dir/$lane.log" 2>&1 &
    lane_of[$!]=$lane
  done
  set +m
  while [ ${#lane_of[@]} -gt 0 ]; do
    status=0
    wait -n -p finished "${!lane_of[@]}" || status=$?
    lane=${lane_of[$finished]}
    unset "lane_of[$finished]"
    printf '\n\033[1m-- %s (done after %s s)\033[0m\n' "$lane" $((SECONDS - begun))
    cat "$dir/$lane.log"
    if [ "$status" != 0 ]; then
      for pid in "${!lane_of[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
      rm -rf "$dir"
      echo "$lane failed" >&2
      exit 1
    fi
  done
  rm -rf "$dir"
}

lint_and_unit() {
  echo "Lint and format (Biome, with the layer rules in biome.json and biome/*.grit)"
  npx biome ci .
  echo "Dead code and unused dependencies (knip)"
  npx knip
  echo "Copy-paste (jscpd: no block of 10 lines or more twice)"
  npx jscpd
  npx vitest run --project unit
}
typecheck() {
  npx next typegen >/dev/null
  npx tsc --noEmit
}
lanes "Lint, dead code, copy-paste and unit tests | typecheck" lint_and_unit typecheck

step "PostgreSQL test cluster"
pg_cluster_start
trap pg_cluster_stop EXIT

# The test build and everything its server caches live in their own folder: a later `npm start`
# (which serves .next) never sees a page or programme file rendered from the test database.
export DIALOGOS_BUILD_DIR=.next-test

# The data-layer tests run once per backend, side by side (tests/support/databases.ts): PGlite keeps
# one core busy in the test process, the PostgreSQL run mostly waits on the server and leaves room
# for the build after it. The two files about the embedded database alone run with PGlite.
data_layer_tests_on_pglite() {
  DB_TEST_BACKEND=pglite REQUIRE_POSTGRES=1 npx vitest run --project db
}
# Its own TypeScript check is skipped (DIALOGOS_BUILD_TYPECHECKED): typecheck has just done it.
build() {
  local build_log
  build_log=$(mktemp /tmp/dialogos-build.XXXXXX.log)
  DIALOGOS_BUILD_TYPECHECKED=1 npx next build >"$build_log" 2>&1 || { cat "$build_log"; return 1; }
  tail -n 3 "$build_log"
  rm -f "$build_log"
  node scripts/check-client-bundle.mjs
}
data_layer_tests_on_postgresql_then_build() {
  DB_TEST_BACKEND=postgres npx vitest run --project db --exclude tests/db/backup-restore.test.ts --exclude tests/db/private-files.test.ts
  echo "Build"
  build
}
lanes "Data-layer tests on PGlite | on PostgreSQL, then the build" data_layer_tests_on_pglite data_layer_tests_on_postgresql_then_build

step "Browser tests (Chromium, PostgreSQL)"
psql "$PG_TEST_URL" -qc "drop database if exists dialogos_e2e" -c "create database dialogos_e2e" >/dev/null
E2E_DATABASE_URL="${PG_TEST_URL%/postgres}/dialogos_e2e" npx playwright test

step "Fault test: PostgreSQL restarts during a registration rush"
node tests/fault/database-restart.mjs

step "All tests passed in $((SECONDS - started)) s"
