# Shared by the bench/ scripts (sourced, not run): a temporary work directory, a local mirror of
# the TWiR corpus, the service started on it with a backfill, and cleanup of all of it on exit.
# The sourcing script runs with `set -euo pipefail` from the repository root.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bench_root=$PWD
bench_jar=$bench_root/target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
bench_pids=()

# Every process a script starts is registered here, so that an error, Ctrl-C or a normal end
# leaves nothing behind (a stray service would hold its port and skew the next run).
bench_track() { bench_pids+=("$1"); }
bench_cleanup() {
  local p _
  for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${bench_pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$p" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() { echo "error: $*" >&2; exit 1; }

# A port nobody listens on: other checkouts on this machine run these scripts too, so a fixed
# port would collide.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Rebuilds when the jar is missing or older than the sources, so that figures are never those of
# some earlier build while the write-up names the current commit.
build_jar() {
  if [ ! -f "$bench_jar" ] || [ -n "$(find src pom.xml -newer "$bench_jar" -print -quit)" ]; then
    ./mvnw -B -q package -DskipTests
  fi
}

# $1: corpus directory (../shared/twir laid out as in the shared checkout)
mirror_corpus() {
  [ -d "$1" ] || fail "no corpus at $1"
  tools/mirror-corpus.py "$1" "$work/mirror" >/dev/null
}

# Starts the service on the mirror with a backfill of the whole archive on a fresh database in
# $work; its log is $work/log, its pid $service_pid. $1: port; the other arguments are put before
# `java` (e.g. taskset -c 0); extra JVM options in the array service_java_opts.
service_java_opts=()
start_service() {
  local port=$1; shift
  # exec, so that $! is the JVM itself (taskset execs too) and cleanup stops the service
  (cd "$work" && RUSTY_EVENTS_TWIR_URL="file:$work/mirror/" RUSTY_EVENTS_BACKFILL_ON_START=true \
    RUSTY_EVENTS_BACKFILL_DELAY=0s RUSTY_EVENTS_ADMIN_TOKEN=bench QUARKUS_HTTP_PORT="$port" \
    exec "$@" java ${service_java_opts[@]+"${service_java_opts[@]}"} -jar "$bench_jar" > "$work/log" 2>&1) &
  service_pid=$!
  bench_track "$service_pid"
}

# Waits until the log reports $1 finished backfills; fails at once if the service died.
wait_backfills() {
  for _ in $(seq 1 900); do
    [ "$(grep -c 'backfill: finished' "$work/log")" -ge "$1" ] && return 0
    kill -0 "$service_pid" 2>/dev/null || { tail -20 "$work/log" >&2; fail "the service exited"; }
    sleep 0.2
  done
  tail -20 "$work/log" >&2
  fail "backfill did not finish"
}
