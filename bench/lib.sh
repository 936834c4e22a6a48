# shellcheck shell=bash
# Shared by the bench/ scripts (sourced, not run), on top of lib/sh/common.sh (cleanup on exit,
# ports, builds, starting the service, PostgreSQL): a temporary work directory, a local mirror of
# the TWiR corpus and the service started on it with a backfill; for the load tests against
# nginx (feeds.sh, api.sh) also their options, nginx on the service's bytes, the wrk runs, their
# figures and the section they write in docs/benchmarks.md.
# The sourcing script runs with `set -euo pipefail`; from here on in the repository root.

# shellcheck source=../lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh"
bench_cwd=$PWD                  # where the script was started: relative arguments mean from there
bench_script=$(realpath "$0")
cd "$RUSTY_ROOT" || exit
bench_jar=$RUSTY_ROOT/target/quarkus-app/quarkus-run.jar
make_workdir work rusty-bench   # removed on exit, with every process tracked (common.sh)

# Rebuilds when the jar is missing or older than the sources, so that figures are never those of
# some earlier build while the write-up names the current commit.
build_jar() {
  # (a native build leaves a PostgreSQL build in target/quarkus-app: without the H2 driver, rebuild)
  if stale "$bench_jar" \
     || ! grep -q 'quarkus-jdbc-h2' "$(dirname "$bench_jar")/quarkus-app-dependencies.txt" 2>/dev/null; then
    mvn_package
  fi
}

# corpus_arg [DIR]: sets corpus, the TWiR corpus directory: DIR (relative to where the script was
# started) or ../shared/twir (laid out as in the shared checkout).
corpus_arg() {
  if [ -n "${1:-}" ]; then corpus=$(cd "$bench_cwd" && realpath -m "$1"); else corpus=../shared/twir; fi
}

# $1: corpus directory (../shared/twir laid out as in the shared checkout)
mirror_corpus() {
  [ -d "$1" ] || fail "no corpus at $1"
  tools/mirror-corpus.py "$1" "$work/mirror" >/dev/null
}

# Starts the service (instance "service") on the mirror with a backfill of the whole archive on
# a fresh embedded database in $work (pausing BACKFILL_DELAY, default 0s, between pages); its log
# is $work/log, its pid $service_pid. $1: port; the other arguments are put before `java` (e.g.
# taskset -c 0); extra JVM options in the array service_java_opts.
service_java_opts=()
start_service() {
  local port=$1; shift
  app_start --cwd "$work" service "$port" "$work/log" \
    RUSTY_EVENTS_TWIR_URL="file:$work/mirror/" RUSTY_EVENTS_BACKFILL_ON_START=true \
    RUSTY_EVENTS_BACKFILL_DELAY="${BACKFILL_DELAY:-0s}" RUSTY_EVENTS_ADMIN_TOKEN=bench-admin-token-0123 \
    -- "$@" java ${service_java_opts[@]+"${service_java_opts[@]}"} -jar "$bench_jar"
  service_pid=$APP_PID
}

# Waits until the log reports $1 finished backfills; fails at once if the service died, or after
# BACKFILL_TIMEOUT s (default 180; a busy machine may need more).
wait_backfills() {
  for _ in $(seq 1 $(( ${BACKFILL_TIMEOUT:-180} * 5 ))); do
    [ "$(grep -c 'backfill: finished' "$work/log")" -ge "$1" ] && return 0
    app_check_running service
    sleep 0.2
  done
  tail -20 "$work/log" >&2
  fail "backfill did not finish in ${BACKFILL_TIMEOUT:-180} s"
}

# backfilled_service [COMMAND_PREFIX...]: mirrors $corpus, builds if needed, starts the service
# on a free port (svc_port) with a backfill of the whole archive (start_service) and returns
# when the backfill is done.
backfilled_service() {
  log "mirroring the corpus, building if needed"
  mirror_corpus "$corpus"
  build_jar
  svc_port=$(free_port)
  log "starting the service (port $svc_port${1:+, under $*}), backfilling"
  start_service "$svc_port" "$@"
  wait_backfills 1
}

# --- Load tests: the service, then nginx on the same bytes, under wrk (feeds.sh, api.sh) ---------
# A script sets the array `cases` and defines case_label CASE (the row's name) and
# case_request CASE SERVER (sets status, bytes: what curl must see, and the array hdrs: the
# request headers; SERVER is service or nginx); the functions below do the rest.

# Options: --write (sets write=true), -h (prints the script's opening comment up to its second
# empty comment line: the summary and the usage), a corpus directory (sets corpus; default
# ../shared/twir).
load_args() {
  local arg
  write=false
  corpus_arg
  for arg in "$@"; do
    case $arg in
      --write) write=true ;;
      -h|--help) awk 'NR > 1 { if (!/^#/ || (/^#$/ && ++empty == 2)) exit; sub(/^# ?/, ""); print }' "$bench_script"; exit 0 ;;
      -*) echo "unknown option $arg" >&2; exit 2 ;;
      *) corpus_arg "$arg" ;;
    esac
  done
}

# The environment both scripts document, with its defaults; checks the tools ($@: beyond those
# every load test needs) and the CPUs.
load_init() {
  DURATION=${DURATION:-15}
  WARMUP=${WARMUP:-20}       # on one core the JIT needs it
  CONNECTIONS=${CONNECTIONS:-32}
  SERVER_CPU=${SERVER_CPU:-0}
  CLIENT_CPU=${CLIENT_CPU:-1}
  QUIET_WAIT=${QUIET_WAIT:-30}
  NOISY=${NOISY:-25}
  local tool
  for tool in nginx wrk curl taskset python3 "$@"; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
  done
  # Server and load generator on separate cores, or each steals the other's CPU.
  [ "$(nproc)" -ge 2 ] || fail "needs at least 2 CPUs (server and wrk each get one)"
  [ "$SERVER_CPU" != "$CLIENT_CPU" ] || fail "SERVER_CPU and CLIENT_CPU must differ"
  hz=$(getconf CLK_TCK)
}

# user+system CPU ticks so far of process $1 (fields 14, 15 of /proc/PID/stat, counted after
# the command name, which could contain spaces)
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
# busy CPU ticks of the whole machine: user, nice, system and steal, but not irq and softirq,
# where the kernel carries our own loopback traffic. Summing the processes instead would lose
# the whole lifetime of any process that exits meanwhile.
all_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $9 }' /proc/stat; }

# Mirrors the corpus, builds if needed and starts the service on SERVER_CPU with a backfill of
# the whole archive; returns when the backfill is done. Sets svc_port, and www (nginx's
# document root, empty).
#
# The JVM takes its processor count from its CPU affinity, so under taskset it sees one CPU:
# SerialGC, and Quarkus sizes 2 event loops as for a one-core machine. -XX:ActiveProcessorCount=1
# would change nothing, and nginx gets the same single core with its one worker.
load_start_service() {
  backfilled_service taskset -c "$SERVER_CPU"
  www=$work/www
  mkdir -p "$www" "$work/nginx"
  # nginx's workers run as nobody and must read the document root inside mktemp's private directory
  chmod 755 "$work"
}

# load_fetch PATH FILE: the service's response to GET PATH (svc_url), fetched as fetch_stable
# does into FILE (its headers in FILE.h), which must not be compressed: curl without
# --compressed sends no Accept-Encoding and stores the body as received. Sets size (bytes).
load_fetch() {
  svc_url="http://127.0.0.1:$svc_port$1"
  fetch_stable "$svc_url" "$2"
  [ -z "$(header "$2.h" Content-Encoding)" ] || fail "the service compressed a response nobody asked to compress"
  size=$(stat -c %s "$2")
}

# Fetches $1 twice with curl into $2 (extra curl arguments after it); fails when the two bodies
# differ: the 304 runs, and nginx serving one copy, need a response that does not change between
# requests. The first response's headers are in $2.h.
fetch_stable() {
  local url=$1 out=$2; shift 2
  curl -sS --fail -D "$out.h" -o "$out" "$@" "$url"
  curl -sS --fail -o "$out.again" "$@" "$url"
  cmp -s "$out" "$out.again" || fail "two fetches of $url differ: nothing to cache"
}

# Starts nginx (one worker, on SERVER_CPU) serving the file $2 at the path of $1 (a request path,
# its query ignored) with the service's headers saved in $3: its Content-Type, and Cache-Control,
# Vary and Link when it sent them (nginx makes its own ETag and Last-Modified from the file).
# $4, optional: the same body gzipped, served to Accept-Encoding: gzip with gzip_static (nginx
# compressing on the fly would measure gzip, not the server). Checks that nginx serves those
# bytes; sets nginx_url, nginx_pid, nginx_worker, nginx_etag and, with $4, nginx_gz_etag.
start_nginx() {
  local path=$1 body=$2 headers=$3 gz=${4:-} loc line name value type extra=
  loc=${path%%\?*}
  [[ $loc =~ ^/[A-Za-z0-9._/-]+$ ]] || fail "unexpected path $loc"
  mkdir -p "$(dirname "$www$loc")"
  cp "$body" "$www$loc"
  [ -z "$gz" ] || cp "$gz" "$www$loc.gz"
  # Every occurrence of those headers, as the service sent it. Inside an nginx string a backslash
  # and a double quote are escaped, and a $ would start a variable.
  while IFS= read -r line; do
    name=${line%%:*}
    value=$(sed 's/^[^:]*: *//' <<<"$line")
    case ${name,,} in cache-control|vary|link) ;; *) continue ;; esac
    [[ $value != *'$'* ]] || fail "the service's $name header holds a \$, which nginx cannot send as is"
    value=${value//\\/\\\\}
    extra+="add_header $name \"${value//\"/\\\"}\"; "
  done < <(tr -d '\r' < "$headers")
  type=$(header "$headers" Content-Type)
  [ -n "$type" ] || fail "the service sent no Content-Type"
  nginx_port=$(free_port)
  cat > "$work/nginx/nginx.conf" <<EOF
# Generated by bench/$(basename "$bench_script"); everything nginx writes stays in $work/nginx.
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  sendfile on;
  tcp_nopush on;                 # as in Debian's stock nginx.conf: headers and body in one segment
  keepalive_requests 100000000;  # Vert.x never closes a busy keep-alive connection; nginx would after 1000 requests
  etag on;
  gzip off;
  gzip_static $([ -n "$gz" ] && echo on || echo off);
  types { }
  default_type "$type";          # the service's Content-Type
  server {
    listen 127.0.0.1:$nginx_port;
    root $www;
    location = $loc { $extra}
  }
}
EOF
  log "starting nginx on CPU $SERVER_CPU (port $nginx_port)"
  taskset -c "$SERVER_CPU" nginx -p "$work/nginx/" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  nginx_pid=$!
  track_pid "$nginx_pid"
  nginx_url="http://127.0.0.1:$nginx_port$path"
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "$nginx_url" && break
    kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/error.log" >&2; fail "nginx exited"; }
    sleep 0.1
  done
  nginx_worker=$(pgrep -P "$nginx_pid" | head -1)
  [ -n "$nginx_worker" ] || fail "no nginx worker"

  curl -sS --fail -D "$work/from-nginx.h" -o "$work/from-nginx" "$nginx_url"
  cmp -s "$work/from-nginx" "$body" || fail "nginx does not serve the service's bytes"
  nginx_etag=$(header "$work/from-nginx.h" ETag)
  if [ -n "$gz" ]; then
    curl -sS --fail -D "$work/from-nginx.gz.h" -H 'Accept-Encoding: gzip' -o "$work/from-nginx.gz" "$nginx_url"
    cmp -s "$work/from-nginx.gz" "$gz" || fail "nginx does not serve the service's gzip bytes"
    nginx_gz_etag=$(header "$work/from-nginx.gz.h" ETag)
  fi
}

server_url() { [ "$1" = service ] && echo "$svc_url" || echo "$nginx_url"; }
server_pid() { [ "$1" = service ] && echo "$service_pid" || echo "$nginx_worker"; }

# A setup mistake (wrong ETag, wrong file, a 400) must fail here rather than be measured.
check_requests() {
  local c s got
  log "checking every request with curl"
  for c in "${cases[@]}"; do
    for s in service nginx; do
      case_request "$c" "$s"
      got=$(curl -sS -o /dev/null -w '%{http_code} %{size_download}' ${hdrs[@]+"${hdrs[@]}"} "$(server_url "$s")")
      [ "$got" = "$status $bytes" ] || fail "$c on $s: got status/bytes '$got', expected '$status $bytes'"
    done
  done
}

# This machine is shared: a build elsewhere takes both cores and makes any figure meaningless.
# Waits up to QUIET_WAIT s until the machine, our idle servers included, is under 20 % of a core
# busy (over 1 s).
wait_quiet() {
  local a b _
  for _ in $(seq 1 "$QUIET_WAIT"); do
    a=$(all_ticks); sleep 1; b=$(all_ticks)
    [ $(( (b - a) * 100 / hz )) -lt 20 ] && return 0
  done
  echo "warning: other processes kept using the CPUs; measuring anyway (see the \"others\" column)" >&2
}

# $1 case, $2 server: warm-up, then the measured run; its output in $work/wrk.$1.$2, and the
# CPU use (% of one core) of the server, of wrk and of every other process in $work/cpu.$1.$2
measure() {
  local out=$work/wrk.$1.$2 pid url t0 t1 c0 c1 a0 a1
  case_request "$1" "$2"
  url=$(server_url "$2")
  pid=$(server_pid "$2")
  wait_quiet
  log "$(case_label "$1") on $2: ${WARMUP}s warm-up, ${DURATION}s measured"
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" ${hdrs[@]+"${hdrs[@]}"} "$url" > "$out.warmup"
  t0=$(date +%s.%N); c0=$(cpu_ticks "$pid"); a0=$(all_ticks)
  # `times` in the subshell reports wrk's own CPU time: if wrk saturates its core, the figure is
  # the client's limit, not the server's
  (taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${hdrs[@]+"${hdrs[@]}"} "$url"; times) > "$out"
  t1=$(date +%s.%N); c1=$(cpu_ticks "$pid"); a1=$(all_ticks)
  if grep -q 'Non-2xx or 3xx responses' "$out.warmup" "$out"; then
    cat "$out" >&2
    fail "$1 on $2: wrk saw error responses"
  fi
  grep -q '^Requests/sec:' "$out" || { cat "$out" >&2; fail "$1 on $2: no wrk result"; }
  # others: the machine's busy time less the server's and wrk's
  awk -v c0="$c0" -v c1="$c1" -v a0="$a0" -v a1="$a1" -v t0="$t0" -v t1="$t1" -v hz="$hz" -v times="$(tail -1 "$out")" 'BEGIN {
    # times: "0m1.234s 0m5.678s", user and system time of the subshell'\''s children (wrk)
    n = split(times, f, /[ms ]+/); wrk = f[1] * 60 + f[2] + f[3] * 60 + f[4]
    others = (a1 - a0 - (c1 - c0)) / hz - wrk; if (others < 0) others = 0
    printf "%.0f%% %.0f%% %.0f%%\n", 100 * (c1 - c0) / hz / (t1 - t0), 100 * wrk / (t1 - t0), 100 * others / (t1 - t0) }' > "$work/cpu.$1.$2"
}

# Every case on the service, then on nginx. A pair disturbed by other work (others over NOISY %
# of a core in either run) is measured again, twice at most; the figures kept are the last
# pair's. Sets load_before and load_after (the load averages).
measure_cases() {
  local c s attempt
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for c in "${cases[@]}"; do
    for attempt in 1 2 3; do
      for s in service nginx; do measure "$c" "$s"; done
      noisy "$c" || break
      [ "$attempt" = 3 ] || log "other processes disturbed the runs; measuring $c again"
    done
  done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
}
noisy() { [ "$(cpu_use "$1" service others)" -gt "$NOISY" ] || [ "$(cpu_use "$1" nginx others)" -gt "$NOISY" ]; }

# --- Figures ----------------------------------------------------------------------------------
# $1 case, $2 server, $3 Requests/sec | Transfer/sec | 50% | 99%: wrk's figure as it prints it
wrk_field() {
  local f=$work/wrk.$1.$2
  case $3 in
    */sec) awk -v k="$3:" '$1 == k { print $2 }' "$f" ;;
    *) awk -v k="$3" '$1 == k { print $2 }' "$f" ;;
  esac
}
# $1 case, $2 server, $3 server | wrk | others: % of one core during the measured run, no % sign
cpu_use() {
  local server wrk others
  read -r server wrk others < "$work/cpu.$1.$2"
  case $3 in server) echo "${server%\%}" ;; wrk) echo "${wrk%\%}" ;; others) echo "${others%\%}" ;; esac
}
# RSS of process $1 in MB
rss_mb() { ps -o rss= -p "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }
# a wrk duration (950.00us, 1.20ms, 2.00s, 1.00m) in ms
to_ms() { awk -v v="$1" 'BEGIN { x = v + 0; if (v ~ /us$/) x /= 1000; else if (v ~ /[0-9]s$/) x *= 1000; else if (v ~ /m$/) x *= 60000; print x }'; }
# $1 case: the service's requests/s over nginx's, 2 significant digits
ratio() { awk -v a="$(wrk_field "$1" service Requests/sec)" -v b="$(wrk_field "$1" nginx Requests/sec)" 'BEGIN { printf "%.2g", a / b }'; }

# The goal, and whether each case met it. $1: least ratio of requests/s to nginx's, $2: p99 (ms)
# the service must stay under.
goals() {
  local c r p99
  echo "Goal (service ≥ $1 × nginx's requests/s, p99 < $2 ms):"
  echo
  for c in "${cases[@]}"; do
    r=$(awk -v a="$(wrk_field "$c" service Requests/sec)" -v b="$(wrk_field "$c" nginx Requests/sec)" 'BEGIN { printf "%.4f", a / b }')
    p99=$(to_ms "$(wrk_field "$c" service 99%)")
    echo "- $(case_label "$c"): $(awk -v r="$r" -v p="$p99" -v min="$1" -v max="$2" 'BEGIN { print (r >= min && p < max) ? "met" : "not met" }') ($(ratio "$c") × nginx, p99 $(wrk_field "$c" service 99%))"
  done
}

# wrk's socket errors, if any, as a paragraph
wrk_errors() {
  local c s e=
  for c in "${cases[@]}"; do for s in service nginx; do
    e+=$(grep 'Socket errors' "$work/wrk.$c.$s" | sed "s|^.*Socket errors|- $(case_label "$c") on $s: socket errors|" || true)
  done; done
  [ -z "$e" ] || printf '\nwrk socket errors:\n\n%s\n' "$e"
}

# How the runs were made, for the write-up: one paragraph, after the script's sentence on what it
# serves; $1: a sentence about its cases (may be empty).
method() {
  cat <<EOF
Each case runs on the service, then on nginx: ${WARMUP} s of warm-up, then
\`wrk -t1 -c$CONNECTIONS -d${DURATION}s --latency\`; every request was first checked with curl for its status and
body size. The server under test is pinned to CPU $SERVER_CPU and wrk to CPU $CLIENT_CPU with \`taskset\`; under taskset
the JVM sees one processor (SerialGC, 2 event loops), so no \`-XX:ActiveProcessorCount\`.${1:+ $1}
The CPU columns are % of one core during the measured run: the server process, wrk (near 100 %
the client, not the server, is the limit) and every other process (the machine is shared: a case
where others took over $NOISY % of a core is run again, twice at most).
EOF
}

# The commit the figures are measured at, and whether the sources differ from it.
bench_commit() {
  local commit
  commit=$(git rev-parse --short HEAD)
  [ -z "$(git status --porcelain -- src pom.xml)" ] || commit="$commit + uncommitted changes to src/ or pom.xml"
  echo "$commit"
}

# What was measured, where and when: the commit (and whether the sources differ from it), the
# machine, the JDK, nginx and wrk, the load averages.
measured_at() {
  cat <<EOF
Measured at commit \`$(bench_commit)\` on $(date -u +%Y-%m-%d) ($(nproc) × $(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //'),
$(java -version 2>&1 | head -1), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | sed 's/ \[.*//' || true);
load average $load_before before, $load_after after).
EOF
}

# Prints the section (its text in $2, heading included) and with --write puts it into
# docs/benchmarks.md in place of the section headed $1 (up to the next heading of its level or
# above: "## " for a "## " section, "### " or "## " for a "### " one; lines inside ``` fences are
# not headings), or at the end when there is none; the rest of the file stays as it is.
put_section() {
  echo
  echo "$2"
  $write || return 0
  printf '%s\n' "$2" > "$work/section.md"
  awk -v head="$1" -v new="$work/section.md" '
    function put(  line) { while ((getline line < new) > 0) print line; print ""; done = 1 }
    function level(s) { return match(s, /^#+ /) ? RLENGTH - 1 : 0 }
    BEGIN { wanted = level(head) }
    /^```/ { fence = !fence }
    !fence && level($0) && (level($0) <= wanted || $0 == head) { skip = ($0 == head); if (skip) put() }
    !skip { print; last = $0 }
    END { if (!done) { if (last != "") print ""; put() } }' docs/benchmarks.md \
    | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$work/benchmarks.md"
  cp "$work/benchmarks.md" docs/benchmarks.md
  echo "wrote docs/benchmarks.md" >&2
}
