# Throwaway PostgreSQL 15 cluster from Debian's postgresql-15 binaries, for tests (sourced, not run).
#   pg_start [db...]  initdb in a temp dir, start on a free loopback port, create role "rusty"
#                     (password "rusty") owning each named database; sets PG_PORT and PG_DIR.
#   pg_stop           stop the cluster and remove its directory (also registered on EXIT).
# initdb and postgres refuse to run as root, so they run as the "postgres" user (via sudo when
# this shell is not root). Installs postgresql-15 with apt when it is missing.

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

pg_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sudo -u postgres sh -c "$*"; fi
}

pg_start() {
  if [ ! -x "$PGBIN/initdb" ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -q postgresql-15 >/dev/null 2>&1 \
      || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q postgresql-15 >/dev/null; }
  fi
  PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  PG_DIR=$(mktemp -d /tmp/rusty-pg.XXXXXX)
  chmod 755 "$PG_DIR"; mkdir "$PG_DIR/data" "$PG_DIR/run"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DIR/data" "$PG_DIR/run"; else sudo chown postgres:postgres "$PG_DIR/data" "$PG_DIR/run"; fi
  trap pg_stop EXIT
  pg_as_postgres "$PGBIN/initdb -D $PG_DIR/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
  pg_as_postgres "$PGBIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/run/pg.log -w -o '-p $PG_PORT -k $PG_DIR/run -c listen_addresses=127.0.0.1' start" >/dev/null
  pg_as_postgres "$PGBIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -q -c \"CREATE ROLE rusty LOGIN PASSWORD 'rusty'\"" >/dev/null
  local db
  for db in "$@"; do
    pg_as_postgres "$PGBIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -q -c 'CREATE DATABASE $db OWNER rusty'" >/dev/null
  done
  echo "postgresql: $("$PGBIN/postgres" --version | sed 's/.*) //') on 127.0.0.1:$PG_PORT (databases: $*)"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_as_postgres "$PGBIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
