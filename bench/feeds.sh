#!/usr/bin/env bash
# The iCalendar feed under load, side by side with nginx serving the same bytes from disk.
#
# Usage: bench/feeds.sh [--write] [CORPUS_DIR]
#   --write      also put the results in docs/benchmarks.md, section "## iCalendar feeds vs nginx"
#   CORPUS_DIR   the TWiR corpus (default ../shared/twir)
# Environment: FROM, TO (the feed's window, default 2026-08-19..2026-09-15: the four weeks that end
#   the corpus), DURATION (s per measured run, 15), WARMUP (s, 20: on one core the JIT needs it), CONNECTIONS (32),
#   MIN_EVENTS (fewest VEVENTs accepted in the feed, 40: the default window holds 49 on the
#   corpus's development half, an empty or partial backfill far fewer), SERVER_CPU (0), CLIENT_CPU (1),
#   QUIET_WAIT (s to wait, before each run, for other processes to leave the CPUs alone; 30),
#   NOISY (% of a core used by others during a run above which the case is run again; 25).
#
# The service is started on a backfilled mirror of the corpus (as bench/backfill.sh does); the feed
# is fetched once with curl and written, byte for byte, into an nginx document root. Then, for each
# case, the service and nginx are measured one after the other with wrk: the full feed without
# compression, the full feed with Accept-Encoding: gzip and, for each of those, the conditional
# GET with the representation's ETag (304). The gzip cases run only when the service answers
# Accept-Encoding: gzip with Content-Encoding: gzip; nginx then serves the service's own .gz
# with gzip_static, since compressing on the fly would measure gzip, not the server.
set -euo pipefail

write=false
corpus=
for arg in "$@"; do
  case $arg in
    --write) write=true ;;
    -h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) corpus=$(realpath -m "$arg") ;;   # before lib.sh moves to the repository root
  esac
done
source "$(dirname "$0")/lib.sh"
corpus=${corpus:-../shared/twir}

FROM=${FROM:-2026-08-19}
TO=${TO:-2026-09-15}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-32}
MIN_EVENTS=${MIN_EVENTS:-40}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
QUIET_WAIT=${QUIET_WAIT:-30}
NOISY=${NOISY:-25}

for tool in nginx wrk curl taskset gzip python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
# Server and load generator on separate cores, or each steals the other's CPU.
[ "$(nproc)" -ge 2 ] || fail "needs at least 2 CPUs (server and wrk each get one)"
[ "$SERVER_CPU" != "$CLIENT_CPU" ] || fail "SERVER_CPU and CLIENT_CPU must differ"

log() { echo "== $*" >&2; }
# $1: a saved header dump, $2: a header name; prints its value (first one, case-insensitive)
header() { tr -d '\r' < "$1" | sed -n "s/^$2: *//Ip" | head -1; }
# user+system CPU ticks so far of process $1 (fields 14, 15 of /proc/PID/stat, counted after
# the command name, which could contain spaces)
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
hz=$(getconf CLK_TCK)
# busy CPU ticks of the whole machine: user, nice, system and steal, but not irq and softirq,
# where the kernel carries our own loopback traffic. Summing the processes instead would lose
# the whole lifetime of any process that exits meanwhile.
all_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $9 }' /proc/stat; }

log "mirroring the corpus, building if needed"
mirror_corpus "$corpus"
build_jar

# The JVM takes its processor count from its CPU affinity, so under taskset it sees one CPU:
# SerialGC, and Quarkus sizes 2 event loops as for a one-core machine. -XX:ActiveProcessorCount=1
# would change nothing, and nginx gets the same single core with its one worker.
svc_port=$(free_port)
log "starting the service on CPU $SERVER_CPU (port $svc_port), backfilling"
start_service "$svc_port" taskset -c "$SERVER_CPU"
wait_backfills 1

path="/calendar.ics?from=$FROM&to=$TO"
svc_url="http://127.0.0.1:$svc_port$path"
www=$work/www
mkdir -p "$www" "$work/nginx"
# nginx's workers run as nobody and must read the document root inside mktemp's private directory
chmod 755 "$work"

# --- The feed's bytes and validators, as the service serves them -----------------------------
# curl without --compressed sends no Accept-Encoding and stores the body as received.
curl -sS --fail -D "$work/h.identity" -o "$www/calendar.ics" "$svc_url"
[ -z "$(header "$work/h.identity" Content-Encoding)" ] || fail "the service compressed a response nobody asked to compress"
size=$(stat -c %s "$www/calendar.ics")
events=$(grep -c '^BEGIN:VEVENT' "$www/calendar.ics" || true)
svc_etag=$(header "$work/h.identity" ETag)
echo "feed $path: $events events, $size bytes, ETag $svc_etag" >&2
[ "$events" -ge "$MIN_EVENTS" ] || fail "only $events events in $path (MIN_EVENTS=$MIN_EVENTS): backfill incomplete or wrong window?"
[ -n "$svc_etag" ] || fail "the feed has no ETag"
# The 304 runs need a feed that does not change between requests (a DTSTAMP of "now" would).
curl -sS --fail -o "$work/again.ics" "$svc_url"
cmp -s "$www/calendar.ics" "$work/again.ics" || fail "two fetches of the feed differ: nothing to cache"

curl -sS --fail -D "$work/h.gzip" -H 'Accept-Encoding: gzip' -o "$work/feed.gz" "$svc_url"
if [ "$(header "$work/h.gzip" Content-Encoding)" = gzip ]; then
  gzip=true
  gzip -dc "$work/feed.gz" | cmp -s - "$www/calendar.ics" || fail "the gzip representation is not the feed"
  cp "$work/feed.gz" "$www/calendar.ics.gz"
  gz_size=$(stat -c %s "$www/calendar.ics.gz")
  svc_gz_etag=$(header "$work/h.gzip" ETag)
  [ -n "$svc_gz_etag" ] || fail "the gzip feed has no ETag"
  [ "$svc_gz_etag" != "$svc_etag" ] || echo "warning: gzip and identity share the ETag $svc_etag" >&2
  echo "gzip: served, $gz_size bytes, ETag $svc_gz_etag" >&2
else
  gzip=false
  echo "gzip: not served (Accept-Encoding: gzip got an identity response); gzip cases skipped" >&2
fi

# --- nginx on the same bytes ------------------------------------------------------------------
nginx_port=$(free_port)
cat > "$work/nginx/nginx.conf" <<EOF
# Generated by bench/feeds.sh; everything nginx writes stays in $work/nginx.
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
  gzip_static $($gzip && echo on || echo off);
  types { }
  default_type "text/calendar; charset=utf-8";
  server {
    listen 127.0.0.1:$nginx_port;
    root $www;
    location = /calendar.ics { add_header Cache-Control "max-age=3600"; }
  }
}
EOF
log "starting nginx on CPU $SERVER_CPU (port $nginx_port)"
taskset -c "$SERVER_CPU" nginx -p "$work/nginx/" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
bench_track "$nginx_pid"
nginx_url="http://127.0.0.1:$nginx_port$path"
for _ in $(seq 1 50); do
  curl -s -o /dev/null "$nginx_url" && break
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/error.log" >&2; fail "nginx exited"; }
  sleep 0.1
done
nginx_worker=$(pgrep -P "$nginx_pid" | head -1)
[ -n "$nginx_worker" ] || fail "no nginx worker"

curl -sS --fail -D "$work/h.nginx" -o "$work/nginx.ics" "$nginx_url"
cmp -s "$work/nginx.ics" "$www/calendar.ics" || fail "nginx does not serve the feed's bytes"
nginx_etag=$(header "$work/h.nginx" ETag)
if $gzip; then
  curl -sS --fail -D "$work/h.nginx.gz" -H 'Accept-Encoding: gzip' -o "$work/nginx.gz" "$nginx_url"
  cmp -s "$work/nginx.gz" "$www/calendar.ics.gz" || fail "nginx does not serve the service's gzip bytes"
  nginx_gz_etag=$(header "$work/h.nginx.gz" ETag)
fi

# --- The cases --------------------------------------------------------------------------------
# Each case: a name, the expected status and body size, and the request headers per server
# (the ETags differ between the servers, and between a server's two representations).
cases=(full)
$gzip && cases+=(full-gzip)
cases+=(304)
$gzip && cases+=(304-gzip)
case_label() {
  case $1 in
    full) echo "full feed, identity (200)" ;;
    full-gzip) echo "full feed, gzip (200)" ;;
    304) echo "If-None-Match, identity (304)" ;;
    304-gzip) echo "If-None-Match, gzip (304)" ;;
  esac
}
# sets status, bytes and the array hdrs for case $1 on server $2 (service|nginx)
case_request() {
  local etag gz_etag
  if [ "$2" = service ]; then etag=$svc_etag; gz_etag=${svc_gz_etag:-}; else etag=$nginx_etag; gz_etag=${nginx_gz_etag:-}; fi
  case $1 in
    full) status=200 bytes=$size hdrs=() ;;
    full-gzip) status=200 bytes=$gz_size hdrs=(-H 'Accept-Encoding: gzip') ;;
    304) status=304 bytes=0 hdrs=(-H "If-None-Match: $etag") ;;
    304-gzip) status=304 bytes=0 hdrs=(-H 'Accept-Encoding: gzip' -H "If-None-Match: $gz_etag") ;;
  esac
}
server_url() { [ "$1" = service ] && echo "$svc_url" || echo "$nginx_url"; }
server_pid() { [ "$1" = service ] && echo "$service_pid" || echo "$nginx_worker"; }

# A setup mistake (wrong ETag, wrong file, a 400) must fail here rather than be measured.
log "checking every request with curl"
for c in "${cases[@]}"; do
  for s in service nginx; do
    case_request "$c" "$s"
    got=$(curl -sS -o /dev/null -w '%{http_code} %{size_download}' ${hdrs[@]+"${hdrs[@]}"} "$(server_url "$s")")
    [ "$got" = "$status $bytes" ] || fail "$c on $s: got status/bytes '$got', expected '$status $bytes'"
  done
done

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

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# A pair disturbed by other work (others over NOISY % of a core in either run) is measured again,
# twice at most; the table shows the "others" of the pair kept.
noisy() { [ "$(cut -d' ' -f3 "$work/cpu.$1.service" | tr -d %)" -gt "$NOISY" ] || [ "$(cut -d' ' -f3 "$work/cpu.$1.nginx" | tr -d %)" -gt "$NOISY" ]; }
for c in "${cases[@]}"; do
  for attempt in 1 2 3; do
    for s in service nginx; do measure "$c" "$s"; done
    noisy "$c" || break
    [ "$attempt" = 3 ] || log "other processes disturbed the runs; measuring $c again"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Results ----------------------------------------------------------------------------------
wrk_field() { # $1 file, $2 Requests/sec | Transfer/sec | 50% | 99%
  case $2 in
    */sec) awk -v k="$2:" '$1 == k { print $2 }' "$1" ;;
    *) awk -v k="$2" '$1 == k { print $2 }' "$1" ;;
  esac
}
to_ms() { awk -v v="$1" 'BEGIN { x = v + 0; if (v ~ /us$/) x /= 1000; else if (v ~ /[0-9]s$/) x *= 1000; else if (v ~ /m$/) x *= 60000; print x }'; }

commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- src pom.xml)" ] || commit="$commit + uncommitted changes to src/ or pom.xml"
command="FROM=$FROM TO=$TO DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS bench/feeds.sh$($write && echo " --write")"
table=$(
  echo "| case | server | requests/s | p50 | p99 | transfer/s | ratio (service/nginx) | server CPU | wrk CPU | others CPU |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in "${cases[@]}"; do
    nginx_rps=$(wrk_field "$work/wrk.$c.nginx" Requests/sec)
    for s in service nginx; do
      f=$work/wrk.$c.$s
      rps=$(wrk_field "$f" Requests/sec)
      ratio=$([ "$s" = service ] && awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.2g", a / b }' || echo "")
      read -r scpu wcpu ocpu < "$work/cpu.$c.$s"
      echo "| $(case_label "$c") | $s | $rps | $(wrk_field "$f" 50%) | $(wrk_field "$f" 99%) | $(wrk_field "$f" Transfer/sec) | $ratio | $scpu | $wcpu | $ocpu |"
    done
  done
)
goals=$(
  for c in "${cases[@]}"; do
    f=$work/wrk.$c.service
    ratio=$(awk -v a="$(wrk_field "$f" Requests/sec)" -v b="$(wrk_field "$work/wrk.$c.nginx" Requests/sec)" 'BEGIN { printf "%.4f", a / b }')
    p99=$(to_ms "$(wrk_field "$f" 99%)")
    met=$(awk -v r="$ratio" -v p="$p99" 'BEGIN { print (r >= 0.5 && p < 10) ? "met" : "not met" }')
    echo "- $(case_label "$c"): $met ($(awk -v r="$ratio" 'BEGIN { printf "%.2g", r }') × nginx, p99 $(wrk_field "$f" 99%))"
  done
)
errors=$(for c in "${cases[@]}"; do for s in service nginx; do
  grep -H 'Socket errors' "$work/wrk.$c.$s" | sed "s|^.*Socket errors|- $(case_label "$c") on $s: socket errors|" || true
done; done)
section=$(cat <<EOF
## iCalendar feeds vs nginx

\`\`\`bash
$command
\`\`\`

The service runs on a backfilled mirror of the corpus; the feed \`$path\`
is fetched once with curl and written byte for byte into a document root served by nginx (one
worker, \`sendfile\`, \`etag\`, $($gzip && echo "\`gzip_static\` with the service's own gzip bytes" || echo "no gzip")). Each case runs on the
service, then on nginx: ${WARMUP} s of warm-up, then \`wrk -t1 -c$CONNECTIONS -d${DURATION}s --latency\`; every
request was first checked with curl for its status and body size. The server under test is
pinned to CPU $SERVER_CPU and wrk to CPU $CLIENT_CPU with \`taskset\`; under taskset the JVM sees one processor
(SerialGC, 2 event loops), so no \`-XX:ActiveProcessorCount\`. The 304 cases send the ETag each
server gave for that representation. The CPU columns are % of one core during the measured run:
the server process, wrk (near 100 % the client, not the server, is the limit) and every other
process (the machine is shared: a case where others took over $NOISY % of a core is run again,
twice at most).

Measured at commit \`$commit\` on $(date -u +%Y-%m-%d) ($(nproc) × $(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //'),
$(java -version 2>&1 | head -1), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | sed 's/ \[.*//' || true);
load average $load_before before, $load_after after).
Feed: $events events, $size bytes$($gzip && echo ", $gz_size bytes gzipped" || echo "; the service does not serve gzip, so no gzip cases").

$table

Goal (service ≥ 0.5 × nginx's requests/s, p99 < 10 ms):

$goals
$([ -n "$errors" ] && printf '\nwrk socket errors:\n\n%s\n' "$errors")
EOF
)
echo
echo "$section"

if $write; then
  # Drop an earlier copy of the section wherever it is, keep everything else, append this one.
  awk '/^## / { skip = ($0 == "## iCalendar feeds vs nginx") } !skip' docs/benchmarks.md \
    | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$work/benchmarks.md"
  printf '\n%s\n' "$section" >> "$work/benchmarks.md"
  cp "$work/benchmarks.md" docs/benchmarks.md
  echo "wrote docs/benchmarks.md" >&2
fi
