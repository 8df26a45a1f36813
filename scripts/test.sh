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

step "Lint and format (Biome, with the layer rules in biome.json and biome/*.grit)"
npx biome ci .

step "Dead code and unused dependencies (knip)"
npx knip

step "Copy-paste (jscpd: no block of 10 lines or more twice)"
npx jscpd

step "Typecheck"
npx next typegen >/dev/null
npx tsc --noEmit

step "Unit tests"
npx vitest run --project unit

step "PostgreSQL test cluster"
pg_cluster_start
trap pg_cluster_stop EXIT

step "Data-layer tests (PGlite and PostgreSQL)"
REQUIRE_POSTGRES=1 npx vitest run --project db

# The test build and everything its server caches live in their own folder: a later `npm start`
# (which serves .next) never sees a page or programme file rendered from the test database.
export DIALOGOS_BUILD_DIR=.next-test

step "Build"
build_log=$(mktemp /tmp/dialogos-build.XXXXXX.log)
npx next build >"$build_log" 2>&1 || { cat "$build_log"; exit 1; }
tail -n 3 "$build_log"; rm -f "$build_log"
node scripts/check-client-bundle.mjs

step "Browser tests (Chromium, PostgreSQL)"
psql "$PG_TEST_URL" -qc "drop database if exists dialogos_e2e" -c "create database dialogos_e2e" >/dev/null
E2E_DATABASE_URL="${PG_TEST_URL%/postgres}/dialogos_e2e" npx playwright test

step "Fault test: PostgreSQL restarts during a registration rush"
node tests/fault/database-restart.mjs

step "All tests passed in $((SECONDS - started)) s"
