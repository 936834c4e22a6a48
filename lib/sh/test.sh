#!/usr/bin/env bash
# Tests of lib/sh/common.sh, each case a small script run by its own bash: the cleanup registry
# (order, exit status, a caller's own EXIT trap, SIGTERM, the work directory), the throwaway
# PostgreSQL (pg_start beside a caller's trap, SQL passed as is, pg_stop and the cleanup on
# exit) and the service helpers (app_start, app_wait_ready, app_stop, app_check_running) on a
# stand-in service, python3's http.server. Prints one line per case and "N passed, N failed";
# exits non-zero when a case failed. About 10 s, most of it initdb.
#
# Usage: lib/sh/test.sh   (needs python3, curl, and root or sudo for the postgres user)
set -euo pipefail
LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh
export LIB
tmp=$(mktemp -d /tmp/rusty-shtest.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# run NAME STATUS: runs the script on standard input (bash, set -euo pipefail) with $LIB and
# $T (a scratch directory) set; its output (stdout and stderr) in $out. Then the caller checks.
run() {
  name=$1 want_status=$2 status=0
  T=$tmp/$((passed + failed)); mkdir -p "$T"
  cat > "$T/script"
  out=$(cd "$T" && T=$T bash -c 'set -euo pipefail; source ./script' 2>&1) || status=$?
}
# verdict CONDITION...: the case passes when the script's status is the one expected and the
# condition (a command) holds.
verdict() {
  if [ "$status" = "$want_status" ] && "$@"; then
    passed=$((passed + 1)); echo "ok    $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name (status $status, expected $want_status)"
    awk '{ print "      | " $0 }' <<<"$out"
  fi
}
is() { [ "$out" = "$1" ]; }
has() { grep -qF -- "$1" <<<"$out"; }
has_all() { local s; for s in "$@"; do has "$s" || return 1; done; }
gone() { [ ! -e "$1" ]; }
dead() { ! kill -0 "$1" 2>/dev/null; }

run "cleanups run last registered first; the exit status stays" 3 <<'EOF'
source "$LIB"
on_exit echo first
on_exit 'echo "second, status $?"'
exit 3
EOF
verdict is $'second, status 3\nfirst'

run "an EXIT trap the caller set before is kept" 0 <<'EOF'
trap 'echo "caller, status $?"' EXIT
source "$LIB"
on_exit echo library
EOF
verdict is $'library\ncaller, status 0'

run "an EXIT trap set between two cleanups runs between them" 0 <<'EOF'
source "$LIB"
on_exit echo one
trap 'echo caller' EXIT
on_exit echo two
EOF
verdict is $'two\ncaller\none'

run "a failing cleanup does not stop the others; set -e exits through them" 1 <<'EOF'
source "$LIB"
on_exit echo a
on_exit false
on_exit 'echo "b $?"'
false
echo not reached
EOF
verdict is $'b 1\na'

run "arguments of a cleanup are kept as given" 0 <<'EOF'
source "$LIB"
on_exit printf '[%s]\n' 'two words' '$HOME' '"q"'
EOF
verdict is $'[two words]\n[$HOME]\n["q"]'

run "SIGTERM exits through the cleanups (143)" 143 <<'EOF'
source "$LIB"
on_exit echo cleaned
kill -TERM $$
sleep 5
EOF
verdict is cleaned

run "make_workdir: removed on exit" 0 <<'EOF'
source "$LIB"
make_workdir d test
touch "$d/file"
echo "$d" > "$T/dir"
EOF
verdict gone "$(cat "$T/dir")"

run "make_workdir: kept with KEEP_LOGS" 0 <<'EOF'
source "$LIB"
make_workdir d test
echo "$d" > "$T/dir"
KEEP_LOGS=1
EOF
kept=$(cat "$T/dir")
verdict is "logs kept in $kept"
rm -rf "$kept"

run "pg_start: the caller's trap runs; SQL passed as is; the cluster removed on exit" 4 <<'EOF'
trap 'echo "caller, status $?"' EXIT
source "$LIB"
pg_start alpha beta >/dev/null
echo "$PG_DIR" > "$T/dir"
pg_sql alpha "SELECT 'it''s \$HOME \"double\" \`tick\` \\ ; -- not a comment'"
pg_sql beta "SELECT current_database(), pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'beta'"
pg_sql alpha "CREATE TABLE t (v text); INSERT INTO t VALUES ('a'), ('b'); SELECT string_agg(v, '+') FROM t"
pg_sql alpha "SELECT no_such_column FROM t" 2>/dev/null || echo "error: status $?"
exit 4
EOF
pg_dir=$(cat "$T/dir")
pg_ok() {
  is $'it\'s $HOME "double" `tick` \\ ; -- not a comment\nbeta|rusty\na+b\nerror: status 1\ncaller, status 4' \
    && gone "$pg_dir" && ! pgrep -f "$pg_dir/data" >/dev/null
}
verdict pg_ok

run "pg_stop by hand, then the cluster is gone (no server on its directory)" 0 <<'EOF'
source "$LIB"
pg_start >/dev/null
dir=$PG_DIR
pg_stop
[ -z "$PG_DIR" ] && [ ! -e "$dir" ] && echo stopped
pg_stop && echo "again: nothing to do"
EOF
verdict is $'stopped\nagain: nothing to do'

run "pg_start refuses a database name that is not plain" 1 <<'EOF'
source "$LIB"
pg_start 'x; DROP DATABASE postgres'
EOF
verdict has "pg_start: 'x; DROP DATABASE postgres' is not a plain database name"

run "app_start/app_wait_ready/app_stop: the command itself, its port and environment" 0 <<'EOF'
source "$LIB"
make_workdir w
mkdir -p "$w/site/q/health"; echo up > "$w/site/q/health/ready"
port=$(free_port)
app_start --cwd "$w/site" web "$port" "$w/web.log" GREETING='hello there' -- python3 -m http.server --bind 127.0.0.1 "$port"
app_wait_ready --timeout 30 web
curl -sf "http://127.0.0.1:$port/q/health/ready"
pid=$APP_PID
grep -q http.server "/proc/$pid/cmdline" && echo "pid is the service"
tr '\0' '\n' < "/proc/$pid/environ" | grep -x -e "QUARKUS_HTTP_PORT=$port" -e 'GREETING=hello there' | sed "s/$port/PORT/"
[ "${APP_PORTS[web]}:${APP_LOGS[web]}" = "$port:$w/web.log" ] && echo "port and log recorded"
app_stop web
app_running web || echo stopped
kill -0 "$pid" 2>/dev/null || echo "process gone"
EOF
verdict is $'up\npid is the service\nQUARKUS_HTTP_PORT=PORT\nGREETING=hello there\nport and log recorded\nstopped\nprocess gone'

run "app_stop --kill: SIGKILL, reaped without a \"Killed\" report from bash" 0 <<'EOF'
source "$LIB"
# 400 MB, so that the process takes a moment to die, as a JVM does
app_start big "$(free_port)" "$T/big.log" -- python3 -c 'import time; x = b"x" * (400 << 20); print("up", flush=True); time.sleep(30)'
until grep -q up "$T/big.log"; do app_check_running big; sleep 0.1; done
pid=$APP_PID
app_stop --kill big
sleep 0.3
kill -0 "$pid" 2>/dev/null || echo "killed"
EOF
verdict is killed

run "a service still running at exit is stopped" 0 <<'EOF'
source "$LIB"
port=$(free_port)
app_start web "$port" "$T/web.log" -- python3 -m http.server --bind 127.0.0.1 "$port"
echo "$APP_PID" > "$T/pid"
app_wait_ready --path / web
EOF
verdict dead "$(cat "$T/pid")"

run "app_check_running: a service that exited fails with its log and status" 1 <<'EOF'
source "$LIB"
app_start --db jdbc:h2:mem:x job "$(free_port)" "$T/job.log" -- sh -c 'echo "boom: $QUARKUS_DATASOURCE_JDBC_URL"; exit 3'
for _ in 1 2 3 4 5 6 7 8 9 10; do app_running job || break; sleep 0.2; done
app_check_running job
EOF
verdict has_all "boom: jdbc:h2:mem:x" "job (pid " "exited with status 3"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
