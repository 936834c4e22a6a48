#!/usr/bin/env bash
# Start-up time and memory of the JVM build and the native executable, both for PostgreSQL and
# against one throwaway PostgreSQL 15 (pg_start, lib/sh/common.sh) that already holds the
# fixture site's events (TWiR 662-665, ingested by a first native run before anything is
# measured; no scrape during the measured runs). Ready = time from the process's start (fork) to the first
# successful GET /api/events, polled with curl every 5 ms; RSS (ps) after 1,000 requests (API
# pages, single events, calendars), by one client one after another.
#
# Usage: bench/startup.sh [--write]   (--write puts the section into docs/benchmarks.md)
# RUNS starts of each (default 5; the median is reported), each after waiting up to QUIET_WAIT s
# (default 10) for the machine to fall under 20 % of a core. Builds what is missing or older than
# the sources: the JVM build with -Ppostgresql into target/jvm-postgresql/ (so target/quarkus-app
# stays the H2 build the other bench scripts use), the native one with the native kit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # and lib/sh/common.sh: PostgreSQL, builds, the service

load_args "$@"   # --write, -h (lib.sh)
RUNS=${RUNS:-5}
REQUESTS=1000
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}   # for the AOT-cache rows; skipped if absent
QUIET_WAIT=${QUIET_WAIT:-10}   # s to wait, before each start, for other work to leave the CPUs (wait_quiet)
hz=$(getconf CLK_TCK)

package_postgresql jvm-postgresql --if-stale   # sets APP_JAR
jvm_jar=$APP_JAR
build_native                                   # sets NATIVE_RUNNER

pg_start rusty >/dev/null

# $1: port, $2: log file, the rest: the command (instance "svc"). Sets $pid, the service itself.
start() {
  local port=$1 logfile=$2; shift 2
  app_start --cwd "$work" --db rusty svc "$port" "$logfile" RUSTY_EVENTS_SCRAPE_ON_START=false \
    RUSTY_EVENTS_TWIR_URL="file:$FIXTURE_SITE/" -- "$@"
  pid=$APP_PID
}
stop() { app_stop svc; }
events_url() { echo "http://127.0.0.1:$1/api/events?from=2026-07-01"; }

# The data: one native run reads the fixture site into the database.
port=$(free_port)
log "ingesting the fixture site (TWiR 662-665) with a first native run"
start "$port" "$work/ingest.log" env RUSTY_EVENTS_SCRAPE_ON_START=true "$NATIVE_RUNNER"
for _ in $(seq 1 600); do
  fixture_ingested "http://127.0.0.1:$port" && break
  app_check_running svc
  sleep 0.1
done
events=$(curl -sf "$(events_url "$port")&size=1" | sed -nE 's/.*"total":([0-9]+).*/\1/p')
[ -n "$events" ] && [ "$events" -gt 0 ] || fail "no events after the ingest"
ids=$(curl -sf "$(events_url "$port")&size=50" | grep -oE '"id":"[^"]+"' | cut -d'"' -f4)
stop

# $1: port. Prints ms from now until /api/events first answers 200 (curl every 5 ms).
ready_ms() {
  local t0=$2 code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$(events_url "$1")" || true)
    [ "$code" = 200 ] && break
    app_check_running svc
    sleep 0.005
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

# 1,000 requests: pages of the event list, single events, the calendar and region feeds.
load() {
  local base=http://127.0.0.1:$1 i=0 id paths=()
  for id in $ids; do paths+=("/api/events/$id"); done
  paths+=("/api/events?from=2026-07-01&size=200" "/api/events?from=2026-07-01&country=DE"
          "/api/events?from=2026-07-01&page=2&size=20" "/calendar.ics?from=2026-07-01"
          "/calendars/europe.ics?from=2026-07-01" "/calendars/virtual.ics?from=2026-07-01"
          "/api/groups" "/api/issues")
  while [ "$i" -lt "$REQUESTS" ]; do
    printf 'url = "%s"\noutput = /dev/null\n' "$base${paths[$((i % ${#paths[@]}))]}"
    i=$((i + 1))
  done > "$work/curl.cfg"
  curl -sf -K "$work/curl.cfg" || fail "a request failed"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# $1: the archive the training run writes at exit; the rest: the command. One start, the 1,000
# requests, a clean stop (SIGTERM; the JVM writes the archive as it exits).
train() {
  local archive=$1 port; shift
  port=$(free_port)
  start "$port" "$work/train.log" "$@"
  ready_ms "$port" "$(date +%s%N)" > /dev/null
  load "$port"
  stop
  for _ in $(seq 1 600); do [ -s "$archive" ] && break; sleep 0.1; done
  [ -s "$archive" ] || { tail -20 "$work/train.log" >&2; fail "the training run wrote no $archive"; }
}

# $1: label; the rest: the command. Appends "label ready-median ready-all started-in rss-start rss-after".
results=()
measure() {
  local label=$1; shift
  local ready=() run port started rss0=0 rss1=0 t0
  for run in $(seq 1 "$RUNS"); do
    port=$(free_port)
    wait_quiet 2>> "$work/noisy"
    t0=$(date +%s%N)
    start "$port" "$work/run.log" "$@"
    ready+=("$(ready_ms "$port" "$t0")")
    if [ "$run" -eq "$RUNS" ]; then
      started=$(grep -oE 'started in [0-9.]+s' "$work/run.log" | head -1 | cut -d' ' -f3)
      rss0=$(rss_mb "$pid")
      load "$port"
      rss1=$(rss_mb "$pid")
    fi
    stop
  done
  local med
  med=$(printf '%s\n' "${ready[@]}" | median)
  log "$label: ready ${ready[*]} ms (median $med), started in $started, RSS $rss0 MB at start, $rss1 MB after $REQUESTS requests"
  results+=("$label|$med|${ready[*]}|$started|$rss0|$rss1")
}

: > "$work/noisy"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
measure "JVM" java -jar "$jvm_jar"
# What the JVM's own start-up options buy (none of them changes the application):
# C1 only (no C2 JIT threads competing for the 2 cores), a class-data archive dumped at the end of
# a training run (JDK 17 dynamic AppCDS, -XX:ArchiveClassesAtExit), and JDK 25's AOT cache
# (JEP 483/514/515: classes loaded and linked, method profiles) from the same kind of training run.
measure "JVM, C1 only" java -XX:TieredStopAtLevel=1 -jar "$jvm_jar"
train "$work/app.jsa" java -XX:ArchiveClassesAtExit="$work/app.jsa" -jar "$jvm_jar"
measure "JVM, AppCDS" java -XX:SharedArchiveFile="$work/app.jsa" -jar "$jvm_jar"
measure "JVM, AppCDS, C1 only" java -XX:SharedArchiveFile="$work/app.jsa" -XX:TieredStopAtLevel=1 -jar "$jvm_jar"
if [ -x "$JAVA25" ]; then
  train "$work/app.aot" "$JAVA25" -XX:AOTCacheOutput="$work/app.aot" -jar "$jvm_jar"
  measure "JVM 25, AOT cache" "$JAVA25" -XX:AOTCache="$work/app.aot" -jar "$jvm_jar"
  measure "JVM 25, AOT cache, C1 only" "$JAVA25" -XX:AOTCache="$work/app.aot" -XX:TieredStopAtLevel=1 -jar "$jvm_jar"
fi
measure "native" "$NATIVE_RUNNER"
measure "native, -Xmx64m" "$NATIVE_RUNNER" -Xmx64m
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

row() { IFS='|' read -r label med all started rss0 rss1 <<< "$1"; echo "| $label | $med ms | ${all// /, } | $started | $rss0 MB | $rss1 MB |"; }
goal() {
  IFS='|' read -r label med _ _ _ rss1 <<< "$1"
  case $label in
    JVM*) awk -v l="$label" -v m="$med" 'BEGIN { printf "%s ready in %.2f s: goal < 2 s %s", l, m / 1000, (m < 2000 ? "met" : "missed") }' ;;
    native*) awk -v m="$med" -v r="$rss1" -v l="$label" 'BEGIN { printf "%s ready in %.3f s: goal < 0.1 s %s; %d MB RSS: goal < 80 MB %s", l, m / 1000, (m < 100 ? "met" : "missed"), r, (r < 80 ? "met" : "missed") }' ;;
  esac
}
commit=$(bench_commit)
section=$(cat <<EOF
## Startup and memory

\`bench/startup.sh --write\`: the JVM build (\`-Ppostgresql\`, \`java -jar\`, no JVM options) and the
native executable (built with \`../shared/native-kit\`), each started $RUNS times against the same
throwaway PostgreSQL 15, which already holds the fixture site's $events events (no scrape while
measuring; Flyway finds the schema current). *Ready* is the time from the process's start to the
first 200 from \`GET /api/events\`, polled with curl every 5 ms (the median of the runs, then each
run); *started in* is Quarkus' own figure from the last run's log; RSS is \`ps -o rss\` of the
last run, after start and after 1,000 requests by one client (event pages, single events,
the calendar and two region feeds, groups, issues; the rendered-response caches warm).

| build | ready (median) | ready, each run | started in | RSS at ready | RSS after 1,000 requests |
| --- | --- | --- | --- | --- | --- |
$(for r in "${results[@]}"; do row "$r"; done)

$(for r in "${results[@]}"; do echo "- $(goal "$r")"; done)

Without \`-Xmx\` a native executable lets its heap grow towards a default limit (a share of the
machine's memory) before it collects much; the container image passes \`-Xmx256m\`. The first
JVM row runs with the JDK's defaults; the others add start-up options only: \`-XX:TieredStopAtLevel=1\`
(C1 only), a class-data archive from one training run (start, the same 1,000 requests, stop;
JDK 17's \`-XX:ArchiveClassesAtExit\`, then \`-XX:SharedArchiveFile\`), and JDK 25's AOT cache
(JEP 483/515, \`-XX:AOTCacheOutput\` from the same kind of training run, then \`-XX:AOTCache\`; the
jar is the same Java 17 build). Both builds share the machine
with whatever else runs (see the load averages): on 2 busy cores the JVM's start-up is
CPU-bound (class loading, JIT), the native one much less so.

$(grep -c . "$work/noisy" || true) of $((${#results[@]} * RUNS)) starts began while other work still used over 20 % of a core after $QUIET_WAIT s of waiting.

Measured at commit \`$commit\` on $(date -u +%Y-%m-%d) ($(nproc) × $(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //'),
$(java -version 2>&1 | head -1) for the JVM build; the native kit's GraalVM CE 25.0.2 builder for the other;
load average $load_before before, $load_after after).
EOF
)
put_section "## Startup and memory" "$section"
