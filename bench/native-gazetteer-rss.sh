#!/usr/bin/env bash
# What the gazetteer adds to the resident memory (RSS) of the native executable, and of the JVM
# build for comparison, against one throwaway PostgreSQL 15 (pg_start, lib/sh/common.sh) that
# already holds the fixture site's events (TWiR 662-665, ingested by a first native run, which
# also stores the gazetteer's version: later starts then leave the gazetteer unloaded).
#
# Each start (RUNS per build, default 5; the medians are reported): wait until /api/events
# answers; WARMUP requests (default 300: event pages, single events, calendars, groups, issues;
# none looks a place up), read VmRSS from /proc/PID/status (r0); the same requests again, read
# it (r1: what a second round of requests adds without the gazetteer, the control); check on
# /q/metrics that the gazetteer is still unloaded (NaN; 0 for a native executable that has it
# built into its image heap); then GET /api/places?q=Berl (which loads it) and
# /api/events?near=Berlin, the same requests once more, read it (r2). The gazetteer's part is
# r2 - r1. Then lookups that touch the whole index (/api/events?near=Brelin, whose close
# spellings compare the name with every place of 50,000+ inhabitants, and /api/places?q= with
# each two letters aa-zz), the same requests once more (r3): r3 - r1 is the gazetteer's part when every
# page of it has been read.
#
# Usage: bench/native-gazetteer-rss.sh [--write] [EXECUTABLE]   (default: target/*-runner, built
# with the native kit when missing or older than the sources; --write puts the section into
# docs/benchmarks.md). The JVM build is the -Ppostgresql jar in target/jvm-postgresql/ (built
# when missing or stale), or JVM_JAR (e.g. the target/quarkus-app/quarkus-run.jar a native build
# leaves, the same commit as its executable; BUILT_FROM names that commit in the write-up); SKIP_JVM=1 leaves the JVM rows out, SKIP_NATIVE=1
# the native ones; NATIVE_OPTS (e.g. "-Xmx256m -Xmn16m") adds a native row with those options.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # and lib/sh/common.sh: PostgreSQL, builds, the service

write=false runner=""
for arg in "$@"; do
  case $arg in
    --write) write=true ;;
    -h|--help) awk 'NR > 1 { if (!/^#/ || (/^#$/ && ++empty == 2)) exit; sub(/^# ?/, ""); print }' "$bench_script"; exit 0 ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) runner=$(cd "$bench_cwd" && realpath "$arg") ;;
  esac
done
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-300}
if [ -z "${SKIP_NATIVE:-}" ]; then
  if [ -z "$runner" ]; then build_native; runner=$NATIVE_RUNNER; fi
  [ -x "$runner" ] || fail "no executable at $runner"
fi
if [ -n "${JVM_JAR:-}" ]; then
  jvm_jar=$(cd "$bench_cwd" && realpath "$JVM_JAR")
elif [ -z "${SKIP_JVM:-}" ]; then
  package_postgresql jvm-postgresql --if-stale   # sets APP_JAR
  jvm_jar=$APP_JAR
fi
[ -n "$runner" ] || [ -n "${jvm_jar:-}" ] || fail "SKIP_NATIVE and SKIP_JVM: nothing to measure"
# the first run's command: the native executable, else the JVM build
if [ -n "$runner" ]; then first=("$runner"); else first=(java -jar "$jvm_jar"); fi

pg_start rusty >/dev/null

# $1: port, $2: log file, the rest: the command (instance "svc"). Sets $pid.
start() {
  local port=$1 logfile=$2; shift 2
  app_start --cwd "$work" --db rusty svc "$port" "$logfile" RUSTY_EVENTS_SCRAPE_ON_START=false \
    RUSTY_EVENTS_TWIR_URL="file:$FIXTURE_SITE/" -- "$@"
  pid=$APP_PID
}
stop() { app_stop svc; }
base() { echo "http://127.0.0.1:$1"; }
# the gazetteer's load time on /q/metrics (NaN: not loaded yet)
load_seconds() {
  curl -sf "$(base "$1")/q/metrics" | awk '$1 == "rusty_events_places_gazetteer_load_seconds" { print $2 }'
}
# /proc/PID/status field $2 (VmRSS, RssAnon, RssFile) of process $1, in kB
status_kb() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }

# The data: one native run reads the fixture site into the database (and stores the gazetteer
# version: its start found none).
port=$(free_port)
log "ingesting the fixture site (TWiR 662-665) with a first run"
start "$port" "$work/ingest.log" env RUSTY_EVENTS_SCRAPE_ON_START=true "${first[@]}"
for _ in $(seq 1 1200); do
  fixture_ingested "$(base "$port")" && break
  app_check_running svc
  sleep 0.1
done
fixture_ingested "$(base "$port")" || fail "the fixture site was not ingested"
events=$(curl -sf "$(base "$port")/api/events?from=2026-07-01&size=1" | sed -nE 's/.*"total":([0-9]+).*/\1/p')
ids=$(curl -sf "$(base "$port")/api/events?from=2026-07-01&size=50" | grep -oE '"id":"[^"]+"' | cut -d'"' -f4)
stop
version=$(pg_sql rusty "SELECT gazetteer_version FROM place_state WHERE id = 1")
[ -n "$version" ] || fail "the first run stored no gazetteer version"

# $1: port. WARMUP requests, one client one after another; none looks a place up.
warm() {
  local b i=0 id paths=()
  b=$(base "$1")
  for id in $ids; do paths+=("/api/events/$id"); done
  paths+=("/api/events?from=2026-07-01&size=200" "/api/events?from=2026-07-01&country=DE"
          "/api/events?from=2026-07-01&page=2&size=20" "/calendar.ics?from=2026-07-01"
          "/calendars/europe.ics?from=2026-07-01" "/api/groups" "/api/issues")
  while [ "$i" -lt "$WARMUP" ]; do
    printf 'url = "%s"\noutput = /dev/null\n' "$b${paths[$((i % ${#paths[@]}))]}"
    i=$((i + 1))
  done > "$work/curl.cfg"
  curl -sf -K "$work/curl.cfg" || fail "a warm-up request failed"
}
# $1: label. Appends "r0 r1 r2 anon1 anon2 load_ms first_ms" (kB, kB, kB, kB, kB, ms, ms) to
# $work/runs.$label, one line per run.
measure() {
  local label=$1 run port r0 r1 r2 a1 a2 t0 t1 loaded places near; shift
  : > "$work/runs.$label"
  for run in $(seq 1 "$RUNS"); do
    port=$(free_port)
    start "$port" "$work/run.log" "$@"
    app_wait_ready --path "/api/events?from=2026-07-01" --timeout 120 svc
    warm "$port"; sleep 1
    r0=$(status_kb "$pid" VmRSS)
    warm "$port"; sleep 1
    r1=$(status_kb "$pid" VmRSS) a1=$(status_kb "$pid" RssAnon)
    loaded=$(load_seconds "$port")
    case $loaded in
      NaN|0) ;;   # 0: built into the native executable's image heap (nothing is loaded)
      *) fail "$label: the gazetteer was loaded before any place was looked up ($loaded s)" ;;
    esac
    t0=$(date +%s%N)
    places=$(curl -sf "$(base "$port")/api/places?q=Berl")
    t1=$(date +%s%N)
    near=$(curl -sf "$(base "$port")/api/events?near=Berlin&from=2000-01-01")
    grep -q '"Berlin"' <<<"$places" || fail "$label: /api/places?q=Berl found no Berlin: $places"
    grep -q '"total"' <<<"$near" || fail "$label: /api/events?near=Berlin failed: $near"
    warm "$port"; sleep 1
    r2=$(status_kb "$pid" VmRSS) a2=$(status_kb "$pid" RssAnon)
    loaded=$(load_seconds "$port")
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$(base "$port")/api/events?near=Brelin")" = 400 ] \
      || fail "$label: /api/events?near=Brelin did not answer 400"
    for prefix in {a..z}{a..z}; do
      printf 'url = "%s"\noutput = /dev/null\n' "$(base "$port")/api/places?q=$prefix"
    done > "$work/places.cfg"
    curl -sf -K "$work/places.cfg" || fail "$label: an /api/places?q= request failed"
    warm "$port"; sleep 1
    r3=$(status_kb "$pid" VmRSS)
    echo "$r0 $r1 $r2 $a1 $a2 $(awk -v s="$loaded" 'BEGIN { printf "%.0f", 1000 * s }') $(( (t1 - t0) / 1000000 )) $r3" >> "$work/runs.$label"
    log "$label run $run: VmRSS $r0 → $r1 (control) → $r2 kB with the gazetteer (loaded in $loaded s) → $r3 kB after lookups across it"
    stop
  done
}

labels=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "$runner" ]; then
  measure native-256 "$runner" -Xmx256m;  labels+=(native-256)
  measure native "$runner";               labels+=(native)
  if [ -n "${NATIVE_OPTS:-}" ]; then
    # shellcheck disable=SC2086  # options, split on spaces
    measure native-opts "$runner" $NATIVE_OPTS; labels+=(native-opts)
  fi
fi
if [ -n "${jvm_jar:-}" ]; then
  measure jvm-256 java -Xmx256m -jar "$jvm_jar"; labels+=(jvm-256)
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# stat LABEL AWK-EXPR: the expression over a run's fields ($1 r0 … $7 first_ms, $8 r3), its median
# in MB (or ms for $6 and $7), then each run's, comma-separated
stats() {
  local med all
  med=$(awk "{ print $2 }" "$work/runs.$1" | median)
  all=$(awk "{ printf \"%s%.1f\", (NR > 1 ? \", \" : \"\"), $2 }" "$work/runs.$1")
  printf '%.1f (%s)' "$med" "$all"
}
mb() { stats "$1" "($2) / 1024"; }
name() {
  case $1 in
    native-256) echo "native, \`-Xmx256m\` (as the container image)" ;;
    native) echo "native, no \`-Xmx\`" ;;
    native-opts) echo "native, \`$NATIVE_OPTS\`" ;;
    jvm-256) echo "JVM 17, \`-Xmx256m\`" ;;
  esac
}
goal() {
  awk -v m="$(awk '{ print ($3 - $2) / 1024 }' "$work/runs.$1" | median)" \
    -v w="$(awk '{ print ($8 - $2) / 1024 }' "$work/runs.$1" | median)" -v n="$(name "$1")" \
    'BEGIN { printf "- %s: the gazetteer adds %.1f MB, %.1f MB with the whole index read: goal < 20 MB %s", n, m, w, (m < 20 && w < 20 ? "met" : "missed") }'
}

places_kb=$(( $(stat -c %s src/main/resources/gazetteer/places.tsv.gz) / 1024 ))
names_kb=$(( $(stat -c %s src/main/resources/gazetteer/names.tsv.gz) / 1024 ))
subdivisions_kb=$(( $(stat -c %s src/main/resources/gazetteer/subdivisions.tsv.gz) / 1024 ))
size_mb=$([ -z "$runner" ] || awk -v s="$(stat -c %s "$runner")" 'BEGIN { printf "%.1f", s / 1048576 }')
built=$(if [ -n "$runner" ]; then echo "the executable \`$(basename "$runner")\`${BUILT_FROM:+ built from commit \`$BUILT_FROM\`} of $(date -u -r "$runner" '+%Y-%m-%d %H:%M') UTC"; else echo "no native executable"; fi)
jar=$(if [ -n "${jvm_jar:-}" ]; then echo "the JVM jar \`${jvm_jar#"$RUSTY_ROOT"/}\`${BUILT_FROM:+ built from \`$BUILT_FROM\`} of $(date -u -r "$jvm_jar" '+%Y-%m-%d %H:%M') UTC"; else echo "no JVM build"; fi)
section=$(cat <<EOF
### Places: the gazetteer in memory

\`bench/native-gazetteer-rss.sh --write [EXECUTABLE]\`: the native executable ($size_mb MiB, built with
\`../shared/native-kit\`) and the JVM build (\`-Ppostgresql\`), each started $RUNS times against one
throwaway PostgreSQL 15 holding the fixture site's $events events and the gazetteer's version
(\`place_state\`), so that a start leaves the gazetteer unloaded (\`/q/metrics\` says NaN, checked; it
says 0 for a native executable that has the gazetteer built into its image heap, which loads nothing).
In each run: $WARMUP requests (event pages, single events, calendars, groups, issues), VmRSS from
\`/proc/PID/status\` (r0); the same requests again (r1, the control: what a second round adds
without the gazetteer); then \`GET /api/places?q=Berl\` (which loads it) and
\`/api/events?near=Berlin\`, the same requests once more (r2); then lookups that read the whole index
(\`/api/events?near=Brelin\`, whose close spellings compare the name with every place of 50,000 or
more inhabitants, and \`/api/places?q=\` with each two letters aa–zz), the same requests once more (r3).
MB = 1,024 kB; medians, then each run:

| build | r0 | r1 (control) | r2 (gazetteer used) | **r2 − r1** | r1 − r0 | anonymous, r2 − r1 | **r3 − r1** (whole index read) | load time | first \`/api/places\` |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
$(for l in "${labels[@]}"; do
  echo "| $(name "$l") | $(mb "$l" '$1') | $(mb "$l" '$2') | $(mb "$l" '$3') | **$(mb "$l" '$3 - $2')** | $(mb "$l" '$2 - $1') | $(mb "$l" '$5 - $4') | **$(mb "$l" '$8 - $2')** | $(stats "$l" '$6') ms | $(stats "$l" '$7') ms |"
done)

$(for l in "${labels[@]}"; do goal "$l"; echo; done)

The jar reads the gazetteer from its resources on first use: \`gazetteer/places.tsv.gz\` $places_kb KiB,
\`gazetteer/names.tsv.gz\` $names_kb KiB (the name index, read as it is) and
\`gazetteer/subdivisions.tsv.gz\` $subdivisions_kb KiB; its r2 − r1 includes the garbage the load leaves
behind until the heap shrinks, not only the loaded arrays. Since \`Gazetteer\$Holder\` is initialized
at image build time, the native executable carries the loaded arrays instead (about 12.7 MB of image
heap, no resource): pages of the executable mapped copy-on-write, read in (and counted in VmRSS as
file-backed) only as lookups touch them, so its r2 − r1 is what the lookups touched and r3 − r1
about the most it can be. Executables built before that (load time above 0) loaded the resources
at run time, as the jar does; the native image's GC returned little of that load's garbage.

Measured at commit \`$(bench_commit)\` with $built and $jar, on
$(date -u +%Y-%m-%d) ($(nproc) × $(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //'), $(java -version 2>&1 | head -1) for the JVM build;
load average $load_before before, $load_after after). The machine runs under gVisor, whose
accounting of file-backed pages may differ from a plain kernel's.
EOF
)
put_section "### Places: the gazetteer in memory" "$section"
