#!/usr/bin/env bash
# Registration rush benchmark on a throwaway real PostgreSQL: builds the app if needed, starts it
# (`next start`), replays the registration server action with unique delegates at a fixed
# concurrency next to a no-op server action of the same server, checks the invariants in the
# database afterwards and measures the JavaScript the registration page loads. Every post comes
# from 127.0.0.1, so the per-address limits are lifted through the configuration: the rate-limit
# counting still runs on every post and is part of what is measured.
#   PG_BENCH_PORT=55512 BENCH_PORT=3512 REQUESTS=600 CONCURRENCY=20 bash bench/registration-rush.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Its own build folder: pages cached from the benchmark's database never reach `npm start` (.next).
export DIALOGOS_BUILD_DIR=${DIALOGOS_BUILD_DIR:-.next-bench}
PG_BENCH_PORT=${PG_BENCH_PORT:-55512}
BENCH_PORT=${BENCH_PORT:-3512}
REQUESTS=${REQUESTS:-600}
CONCURRENCY=${CONCURRENCY:-20}

source scripts/pg-cluster.sh
PG_TEST_PORT=$PG_BENCH_PORT pg_cluster_start
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  pg_cluster_stop
}
trap cleanup EXIT
psql "$PG_TEST_URL" -qc "create database bench" >/dev/null
DB_URL="${PG_TEST_URL%/postgres}/bench"

[ -f "$DIALOGOS_BUILD_DIR/BUILD_ID" ] || npx next build >/tmp/dialogos-bench-build.log 2>&1 || { cat /tmp/dialogos-bench-build.log; exit 1; }

DATABASE_URL=$DB_URL AUTH_SECRET=$(openssl rand -base64 33) CHECKIN_SIGNING_KEY=$(openssl rand -base64 32) APP_URL="http://127.0.0.1:$BENCH_PORT" \
  DIALOGOS_TEST_API=1 DB_POOL_SIZE=${DB_POOL_SIZE:-20} \
  REGISTRATION_LIMIT_PER_ADDRESS=1000000 REGISTRATION_LIMIT_PER_EMAIL=1000000 \
  node node_modules/next/dist/bin/next start -p "$BENCH_PORT" >/tmp/dialogos-bench-server.log 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$BENCH_PORT/api/health" >/dev/null && break
  sleep 1
done

# A rush of made-up addresses would meet the ceiling on unconfirmed holds: lift it to measure registering.
psql "$DB_URL" -qc "update events set max_unconfirmed_holds = 1000000" >/dev/null
echo "== Registration rush: $REQUESTS form posts, $CONCURRENCY at a time, PostgreSQL $(psql "$DB_URL" -Atc 'show server_version')"
node bench/registration-rush.mjs "http://127.0.0.1:$BENCH_PORT" "$REQUESTS" "$CONCURRENCY"

echo "== In the database afterwards"
psql "$DB_URL" -Atc "select 'registrations: ' || count(*) from registrations where email like 'bench.%'"
psql "$DB_URL" -Atc "select 'emails queued: ' || count(*) from email_outbox where to_address like 'bench.%'"
psql "$DB_URL" -Atc "select 'session ' || s.slug || ': capacity ' || coalesce(s.capacity::text, 'none') || ', seats taken ' || s.seats_taken || ', confirmed ' || count(*) filter (where ss.status = 'confirmed') || ', waitlisted ' || count(*) filter (where ss.status = 'waitlisted') from sessions s join session_signups ss on ss.session_id = s.id group by s.id order by s.id"

echo "== JavaScript of the registration page"
node bench/js-size.mjs "http://127.0.0.1:$BENCH_PORT/en/events/digital-alliance-days-2023/register"
