# shellcheck shell=bash
# The shell rules every script of this repository shares (sourced, not run): bench/, deploy/,
# .ci/ and tools/ each source this one file, by a path relative to their own location
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh"
# so that each rule is written once: cleanup on exit, a free port, apt, the packaged jar and the
# native executable (building, starting, waiting for, stopping), and a throwaway PostgreSQL 15
# with psql. It lives at lib/sh/ rather than in one of those folders because it belongs to none
# of them. bench/lib.sh keeps what only the benchmarks need (the corpus mirror, nginx, wrk, the
# write-up), on top of this file; .ci/postgres.sh only sources it, for `source .ci/postgres.sh`.
#
# Nothing here changes the working directory: paths are absolute, or relative to $RUSTY_ROOT
# (the repository root) where a function says so. Sourcing it twice is harmless. It works under
# `set -euo pipefail`, and sets no trap until something registers a cleanup.
#
#   on_exit CMD [ARG...]     cleanups, run last-registered first by one EXIT trap (kept: a trap
#                            the caller set before); with one argument CMD is shell text, as for
#                            trap; with more, a command and its arguments, run as given
#   fail MESSAGE             "$FAIL_PREFIX MESSAGE" (default "error:") on stderr, exit 1
#   log MESSAGE              "== MESSAGE" on stderr
#   free_port                a loopback TCP port nobody listens on
#   make_workdir VAR [NAME]  a fresh directory in /tmp, its path in VAR; removed on exit, or kept
#                            (its path printed) when KEEP_LOGS is set by then
#   apt_install PKG...       Debian packages (as root, or with sudo)
#   track_pid PID, stop_pid  processes stopped on exit; stopping one (TERM, then KILL)
#   stale FILE               true when FILE is missing or older than what the build packages
#   package_postgresql DIR   the PostgreSQL build into target/DIR/ (sets APP_JAR)
#   build_native             the native executable (sets NATIVE_RUNNER)
#   app_start, app_wait_ready, app_running, app_check_running, app_stop: the service
#   pg_start, pg_stop, pg_sql, as_postgres: the throwaway PostgreSQL 15 cluster
#   header, etag             a response header's value
# Each function is described where it is defined.

[ -z "${RUSTY_COMMON_SH:-}" ] || return 0
RUSTY_COMMON_SH=loaded
RUSTY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck disable=SC2034  # for the scripts
FIXTURE_SITE=$RUSTY_ROOT/src/test/resources/site   # TWiR 662-665 laid out as a file: mirror
# fixture_ingested BASE_URL: true when the service at BASE_URL lists the fixture site's 4 issues.
fixture_ingested() { [ "$(curl -sf "$1/api/issues" | grep -o '"number"' | wc -l)" -eq 4 ]; }

# --- Cleanup on exit --------------------------------------------------------------------------
# One EXIT trap, installed by the first on_exit, runs every registered cleanup, the last
# registered first (a service stops before the database it uses), each whatever the others did;
# the script's exit status stays what it was. An EXIT trap the caller had set is kept: it becomes
# a cleanup of its own, in the place it was set. Ctrl-C and SIGTERM then exit through the same
# trap (exit 130, 143) unless the caller trapped them itself. A script that sources this file
# registers with on_exit rather than `trap ... EXIT`: a trap set after the last on_exit would
# replace the library's.
_exit_cmds=()
on_exit() {
  local cmd
  if [ $# -eq 1 ]; then cmd=$1; else cmd=$(printf '%q ' "$@"); fi
  _exit_trap_install
  _exit_cmds+=("$cmd")
}
_exit_trap_install() {
  local current words
  current=$(trap -p EXIT)
  [ "$current" != "trap -- '_exit_run' EXIT" ] || return 0
  if [ -n "$current" ]; then
    eval "words=($current)"         # trap -- 'the caller'\''s command' EXIT
    _exit_cmds+=("${words[2]}")
  fi
  trap _exit_run EXIT
  [ -n "$(trap -p INT)" ] || trap 'exit 130' INT
  [ -n "$(trap -p TERM)" ] || trap 'exit 143' TERM
}
_exit_run() {
  local status=$? i
  set +e                            # a cleanup that fails does not stop the others
  for ((i = ${#_exit_cmds[@]} - 1; i >= 0; i--)); do
    _exit_status "$status"          # each sees the exit status in $?, as in a trap of its own
    eval "${_exit_cmds[i]}"
  done
  _exit_cmds=()
  return "$status"
}
_exit_status() { return "$1"; }

fail() { echo "${FAIL_PREFIX:-error:} $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

# A port nobody listens on: other checkouts on this machine run these scripts too, so a fixed
# port would collide.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# make_workdir VAR [NAME]: mktemp -d /tmp/NAME.XXXXXX (NAME: rusty), its path in VAR.
make_workdir() {
  local dir
  dir=$(mktemp -d "/tmp/${2:-rusty}.XXXXXX")
  printf -v "$1" %s "$dir"
  on_exit _remove_workdir "$dir"
}
_remove_workdir() { if [ -n "${KEEP_LOGS:-}" ]; then echo "logs kept in $1"; else rm -rf "$1"; fi; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# apt_install PKG...: quietly; `apt-get update` first only when the install fails without it.
apt_install() {
  as_root apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "$@" >/dev/null; }
}

# --- Processes --------------------------------------------------------------------------------
# Every process a script starts is tracked, so that an error, Ctrl-C or a normal end leaves
# nothing behind (a stray service would hold its port, its database, and skew the next run).
_tracked_pids=() _tracking=false
track_pid() {
  $_tracking || { on_exit _stop_tracked; _tracking=true; }
  _tracked_pids+=("$1")
}
_untrack_pid() {
  local p kept=()
  for p in ${_tracked_pids[@]+"${_tracked_pids[@]}"}; do [ "$p" = "$1" ] || kept+=("$p"); done
  _tracked_pids=(${kept[@]+"${kept[@]}"})
}
# On exit: SIGTERM to all at once, then up to 10 s for each before SIGKILL.
_stop_tracked() {
  local p
  for p in ${_tracked_pids[@]+"${_tracked_pids[@]}"}; do kill "$p" 2>/dev/null || true; done
  for p in ${_tracked_pids[@]+"${_tracked_pids[@]}"}; do stop_pid --timeout 10 "$p"; done
}

# stop_pid [--kill] [--timeout S] PID: SIGTERM (SIGKILL with --kill), then waits up to S seconds
# (60: a JVM may write a class-data archive as it exits) for the process to end before SIGKILL;
# reaps it when it is a child of this shell. Never fails.
stop_pid() {
  local signal=TERM timeout=60 pid _
  while [ $# -gt 1 ]; do
    case $1 in
      --kill) signal=KILL; shift ;;
      --timeout) timeout=$2; shift 2 ;;
      *) break ;;
    esac
  done
  pid=$1
  kill -s "$signal" "$pid" 2>/dev/null || true
  # a child killed so is reaped at once: bash would report its death ("Killed") at its next command
  [ "$signal" != KILL ] || wait "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((timeout * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  _untrack_pid "$pid"
}

# --- Builds -----------------------------------------------------------------------------------
# stale FILE: true when FILE (absolute, or relative to the repository root) is missing or older
# than anything the build packages: src/main, pom.xml, openapi.yaml (the API contract, in the jar).
stale() {
  (cd "$RUSTY_ROOT" && { [ ! -e "$1" ] || [ -n "$(find src/main pom.xml openapi.yaml -newer "$1" -print -quit)" ]; })
}

# mvn_package [MVN_ARG...]: ./mvnw -B -q package without the tests, in the repository root.
mvn_package() { (cd "$RUSTY_ROOT" && ./mvnw -B -q package -DskipTests "$@"); }

# package_postgresql DIR [--if-stale]: the PostgreSQL build (-Ppostgresql) into target/DIR/, so
# that the H2 build in target/quarkus-app/ stays as it is; always, or with --if-stale only when
# its jar is missing or older than the sources; never with SKIP_BUILD=1, which reuses
# target/DIR/. Sets APP_JAR (absolute); fails when there is no jar.
package_postgresql() {
  APP_JAR=$RUSTY_ROOT/target/$1/quarkus-run.jar
  if [ -z "${SKIP_BUILD:-}" ] && { [ "${2:-}" != --if-stale ] || stale "$APP_JAR"; }; then
    echo "building the PostgreSQL jar into target/$1/" >&2
    mvn_package -Ppostgresql -Dquarkus.package.output-directory="$1"
  fi
  [ -f "$APP_JAR" ] || fail "$APP_JAR missing (run without SKIP_BUILD)"
}

# The native kit (NATIVE_KIT, default ../shared/native-kit, relative to the repository root):
# its setup prints the GraalVM to build with (nothing downloads one here).
native_kit() { (cd "$RUSTY_ROOT" && realpath -m "${NATIVE_KIT:-../shared/native-kit}"); }
# native_setup: runs the kit's setup; sets native_mvn_args, the Maven arguments of a native build.
native_setup() {
  local home
  home=$("$(native_kit)/setup") || fail "the native kit's setup failed ($(native_kit))"
  native_mvn_args=(-Dnative -Dquarkus.native.graalvm-home="$home" -Dquarkus.native.native-image-xmx=8g)
}
# fresh_native_runner: sets NATIVE_RUNNER to target/*-runner (absolute; empty when there is
# none); true when it is newer than the sources.
fresh_native_runner() {
  local f
  NATIVE_RUNNER=""
  for f in "$RUSTY_ROOT"/target/*-runner; do
    if [ -f "$f" ]; then NATIVE_RUNNER=$f; break; fi
  done
  [ -n "$NATIVE_RUNNER" ] && ! stale "$NATIVE_RUNNER"
}
# build_native: the native executable, built with the kit when missing or older than the
# sources; sets NATIVE_RUNNER.
build_native() {
  fresh_native_runner && return 0
  log "building the native executable with the native kit"
  native_setup
  mvn_package "${native_mvn_args[@]}"
  fresh_native_runner || fail "the native build left no target/*-runner"
}

# --- The service ------------------------------------------------------------------------------
# Instances are named; APP_PIDS, APP_PORTS and APP_LOGS hold each one's pid, port and log file.
declare -gA APP_PIDS=() APP_PORTS=() APP_LOGS=()

# app_start [--db DATABASE] [--cwd DIR] [--append] NAME PORT LOG [VAR=VALUE...] [-- COMMAND...]
# Starts the service in the background on PORT: COMMAND (default: java -jar $APP_JAR; or a
# native runner, `taskset -c 0 java -Xmx256m -jar ...`), in DIR (default: here), its output in
# LOG (appended with --append), with QUARKUS_HTTP_PORT=PORT and, for --db, the datasource: a
# database of the pg_start cluster (a name) or a JDBC URL, as role rusty; then VAR=VALUE...,
# which may override those. Sets APP_PID, the service process itself (COMMAND is exec'd), and
# tracks it, so that it is stopped on exit.
app_start() {
  local db="" cwd=$PWD append=false name port logfile env cmd
  while [ $# -gt 0 ]; do
    case $1 in
      --db) db=$2; shift 2 ;;
      --cwd) cwd=$2; shift 2 ;;
      --append) append=true; shift ;;
      *) break ;;
    esac
  done
  [ $# -ge 3 ] || fail "usage: app_start [--db DATABASE] [--cwd DIR] [--append] NAME PORT LOG [VAR=VALUE...] [-- COMMAND...]"
  name=$1 port=$2 logfile=$(realpath -m "$3"); shift 3
  env=(QUARKUS_HTTP_PORT="$port")
  if [ -n "$db" ]; then
    [[ $db == jdbc:* ]] || db="jdbc:postgresql://127.0.0.1:${PG_PORT:?pg_start first}/$db"
    env+=(QUARKUS_DATASOURCE_JDBC_URL="$db" QUARKUS_DATASOURCE_USERNAME=rusty QUARKUS_DATASOURCE_PASSWORD=rusty)
  fi
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    [[ $1 == [A-Za-z_]*=* ]] || fail "app_start: not VAR=VALUE: $1"
    env+=("$1"); shift
  done
  [ $# -eq 0 ] || shift   # --
  if [ $# -gt 0 ]; then
    cmd=("$@")
  else
    [ -f "${APP_JAR:-}" ] || fail "app_start: no jar at '${APP_JAR:-}' (set APP_JAR)"
    cmd=(java -jar "$APP_JAR")
  fi
  $append || : > "$logfile"
  (cd "$cwd" && exec env "${env[@]}" "${cmd[@]}" >> "$logfile" 2>&1) &
  APP_PID=$!
  APP_PIDS[$name]=$APP_PID APP_PORTS[$name]=$port APP_LOGS[$name]=$logfile
  track_pid "$APP_PID"
}

# app_running NAME: true while the instance's process lives.
app_running() { [ -n "${APP_PIDS[$1]:-}" ] && kill -0 "${APP_PIDS[$1]}" 2>/dev/null; }

# app_check_running NAME: fails, with the end of its log and its exit status, when it has exited.
app_check_running() {
  app_running "$1" && return 0
  local rc=0
  wait "${APP_PIDS[$1]}" 2>/dev/null || rc=$?
  tail -30 "${APP_LOGS[$1]}" >&2
  fail "$1 (pid ${APP_PIDS[$1]}) exited with status $rc$([ "$rc" -le 128 ] || echo " (signal $((rc - 128)))")"
}

# app_wait_ready [--path PATH] [--timeout S] NAME: polls http://127.0.0.1:PORT/PATH (default
# /q/health/ready) every 0.2 s until it answers 2xx; fails when the service exits or after S
# seconds (60).
app_wait_ready() {
  local path=/q/health/ready timeout=60 deadline
  while [ $# -gt 1 ]; do
    case $1 in
      --path) path=$2; shift 2 ;;
      --timeout) timeout=$2; shift 2 ;;
      *) break ;;
    esac
  done
  deadline=$((SECONDS + timeout))
  until curl -sf --max-time 5 -o /dev/null "http://127.0.0.1:${APP_PORTS[$1]}$path"; do
    app_check_running "$1"
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -30 "${APP_LOGS[$1]}" >&2
      fail "$1 (port ${APP_PORTS[$1]}) did not answer $path in $timeout s"
    fi
    sleep 0.2
  done
}

# app_stop [--kill] NAME: stops the instance (SIGTERM, or SIGKILL: no shutdown at all) and waits
# for it to end (stop_pid).
app_stop() {
  local kill=()
  [ "$1" != --kill ] || { kill=(--kill); shift; }
  [ -z "${APP_PIDS[$1]:-}" ] || stop_pid ${kill[@]+"${kill[@]}"} "${APP_PIDS[$1]}"
}

# --- HTTP -------------------------------------------------------------------------------------
# header FILE NAME: the value of header NAME (first one, case-insensitive) in a saved header
# dump (curl -D); FILE - reads standard input.
header() {
  local file=$1
  [ "$file" != - ] || file=/dev/stdin
  tr -d '\r' < "$file" | sed -n "s/^$2: *//Ip" | head -1
}
# etag URL [CURL_ARG...]: the ETag of a GET of URL (empty when it has none); fails with the GET
# (under pipefail).
etag() { curl -sf -D - -o /dev/null "${@:2}" "$1" | header - ETag; }

# --- A throwaway PostgreSQL 15 cluster --------------------------------------------------------
# From Debian's postgresql-15 binaries (PGBIN; installed with apt when missing). initdb and
# postgres refuse to run as root, so they run as the "postgres" user (runuser as root, sudo
# otherwise).
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

# as_postgres COMMAND [ARG...]: runs it as the postgres user, its arguments as given, in / (the
# caller's directory may be closed to that user: paths given to it are absolute).
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres -- "$@"); fi
}

# pg_start [DATABASE...]: initdb in a fresh /tmp/rusty-pg.XXXXXX, start on a free loopback
# port, create role "rusty" (password "rusty") owning each named database; sets PG_PORT, PG_DIR
# and PG_LOG (the server's log), and registers pg_stop on exit (on_exit: no trap of the caller's
# is replaced). Prints the server's version, port and databases.
pg_start() {
  local db
  [ -z "${PG_DIR:-}" ] || fail "pg_start: a cluster is already running in $PG_DIR"
  for db in "$@"; do
    [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || fail "pg_start: '$db' is not a plain database name"
  done
  [ -x "$PGBIN/initdb" ] || apt_install postgresql-15
  PG_PORT=$(free_port)
  PG_DIR=$(mktemp -d /tmp/rusty-pg.XXXXXX)
  PG_LOG=$PG_DIR/run/pg.log
  on_exit pg_stop
  chmod 755 "$PG_DIR"; mkdir "$PG_DIR/data" "$PG_DIR/run"
  as_root chown postgres:postgres "$PG_DIR/data" "$PG_DIR/run"
  as_postgres "$PGBIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_LOG" -w \
    -o "-p $PG_PORT -k $PG_DIR/run -c listen_addresses=127.0.0.1" start >/dev/null
  pg_sql postgres "CREATE ROLE rusty LOGIN PASSWORD 'rusty'" >/dev/null
  for db in "$@"; do pg_sql postgres "CREATE DATABASE $db OWNER rusty" >/dev/null; done
  echo "postgresql: $("$PGBIN/postgres" --version | sed 's/.*) //') on 127.0.0.1:$PG_PORT (databases: $*)"
}

# pg_stop: stops the cluster and removes its directory; does nothing when none runs.
pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_postgres "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}

# pg_sql DATABASE SQL [PSQL_ARG...]: runs SQL, one argument passed to psql as it is (quotes,
# $, backslashes and all), as the superuser on the pg_start cluster; stops at the first error
# (non-zero status); prints the rows unaligned, without headers (-tA).
pg_sql() {
  local db=$1 sql=$2; shift 2
  as_postgres "$PGBIN/psql" -X -h 127.0.0.1 -p "${PG_PORT:?pg_start first}" -U postgres -d "$db" \
    -v ON_ERROR_STOP=1 -tAq "$@" -c "$sql"
}
