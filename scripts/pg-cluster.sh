# Throwaway PostgreSQL cluster for tests. Source this file, then `pg_cluster_start`; it exports
# PG_TEST_URL (the postgres database, to create test databases in) and stops on `pg_cluster_stop`.

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null && dirname "$(command -v initdb)" && return 0
  return 1
}

# initdb refuses to run as root: run the cluster as the postgres user when we are root.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_cluster_start() {
  local bindir port
  bindir=$(pg_bindir) || { echo "PostgreSQL binaries not found" >&2; return 1; }
  port=${PG_TEST_PORT:-55433}
  PG_CLUSTER_DIR=$(mktemp -d /tmp/dialogos-pg.XXXXXX)
  mkdir -p "$PG_CLUSTER_DIR/data" "$PG_CLUSTER_DIR/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PG_CLUSTER_DIR"
  pg_as_owner "$bindir/initdb" -D "$PG_CLUSTER_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_CLUSTER_DIR/initdb.log" 2>&1 \
    || { cat "$PG_CLUSTER_DIR/initdb.log" >&2; return 1; }
  pg_as_owner "$bindir/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w \
    -o "-p $port -k $PG_CLUSTER_DIR/sock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$PG_CLUSTER_DIR/server.log" >&2; return 1; }
  export PG_CLUSTER_DIR PG_CLUSTER_BINDIR="$bindir"
  export PG_TEST_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') test cluster on port $port"
}

pg_cluster_stop() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  pg_as_owner "$PG_CLUSTER_BINDIR/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER_DIR"
  unset PG_CLUSTER_DIR
}
