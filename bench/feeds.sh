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
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_args "$@"
FROM=${FROM:-2026-08-19}
TO=${TO:-2026-09-15}
MIN_EVENTS=${MIN_EVENTS:-40}
load_init gzip
load_start_service

path="/calendar.ics?from=$FROM&to=$TO"

# --- The feed's bytes and validators, as the service serves them -----------------------------
load_fetch "$path" "$work/calendar.ics"
events=$(grep -c '^BEGIN:VEVENT' "$work/calendar.ics" || true)
svc_etag=$(header "$work/calendar.ics.h" ETag)
echo "feed $path: $events events, $size bytes, ETag $svc_etag" >&2
[ "$events" -ge "$MIN_EVENTS" ] || fail "only $events events in $path (MIN_EVENTS=$MIN_EVENTS): backfill incomplete or wrong window?"
[ -n "$svc_etag" ] || fail "the feed has no ETag"

curl -sS --fail -D "$work/h.gzip" -H 'Accept-Encoding: gzip' -o "$work/feed.gz" "$svc_url"
if [ "$(header "$work/h.gzip" Content-Encoding)" = gzip ]; then
  gzip=true
  gzip -dc "$work/feed.gz" | cmp -s - "$work/calendar.ics" || fail "the gzip representation is not the feed"
  gz_size=$(stat -c %s "$work/feed.gz")
  svc_gz_etag=$(header "$work/h.gzip" ETag)
  [ -n "$svc_gz_etag" ] || fail "the gzip feed has no ETag"
  [ "$svc_gz_etag" != "$svc_etag" ] || echo "warning: gzip and identity share the ETag $svc_etag" >&2
  echo "gzip: served, $gz_size bytes, ETag $svc_gz_etag" >&2
else
  gzip=false
  echo "gzip: not served (Accept-Encoding: gzip got an identity response); gzip cases skipped" >&2
fi

# --- nginx on the same bytes ------------------------------------------------------------------
if $gzip; then
  start_nginx "$path" "$work/calendar.ics" "$work/calendar.ics.h" "$work/feed.gz"
else
  start_nginx "$path" "$work/calendar.ics" "$work/calendar.ics.h"
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
check_requests
measure_cases

# --- Results ----------------------------------------------------------------------------------
command="FROM=$FROM TO=$TO DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS bench/feeds.sh$($write && echo " --write" || true)"
table=$(
  echo "| case | server | requests/s | p50 | p99 | transfer/s | ratio (service/nginx) | server CPU | wrk CPU | others CPU |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in "${cases[@]}"; do
    for s in service nginx; do
      echo "| $(case_label "$c") | $s | $(wrk_field "$c" "$s" Requests/sec) | $(wrk_field "$c" "$s" 50%) | $(wrk_field "$c" "$s" 99%) | $(wrk_field "$c" "$s" Transfer/sec) | $([ "$s" = service ] && ratio "$c") | $(cpu_use "$c" "$s" server)% | $(cpu_use "$c" "$s" wrk)% | $(cpu_use "$c" "$s" others)% |"
    done
  done
)
put_section "## iCalendar feeds vs nginx" "$(cat <<EOF
## iCalendar feeds vs nginx

\`\`\`bash
$command
\`\`\`

The service runs on a backfilled mirror of the corpus; the feed \`$path\`
is fetched once with curl and written byte for byte into a document root served by nginx (one
worker, \`sendfile\`, \`etag\`, $($gzip && echo "\`gzip_static\` with the service's own gzip bytes" || echo "no gzip"); the service's Content-Type,
Cache-Control and Vary). $(method "The 304 cases send the ETag each server gave for that representation.")

$(measured_at)
Feed: $events events, $size bytes$($gzip && echo ", $gz_size bytes gzipped" || echo "; the service does not serve gzip, so no gzip cases").

$table

$(goals 0.5 10)
$(wrk_errors)
EOF
)"
