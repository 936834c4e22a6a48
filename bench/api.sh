#!/usr/bin/env bash
# The JSON API under load, side by side with nginx serving the same bytes from disk.
#
# Usage: bench/api.sh [--write] [CORPUS_DIR]
#   --write      also put the results in docs/benchmarks.md, section "## JSON API vs nginx"
#   CORPUS_DIR   the TWiR corpus (default ../shared/twir)
# Environment: QUERY (of GET /api/events, default country=DE&from=2000-01-01: the first page, 50
#   events, of Germany's whole history; without from the API starts today, and once the corpus
#   has ended that is an empty page), MIN_EVENTS (fewest events accepted in the response, 50),
#   DURATION (s per measured run, 15), WARMUP (s, 20), CONNECTIONS (32), SERVER_CPU (0),
#   CLIENT_CPU (1), QUIET_WAIT (30), NOISY (25): as in bench/feeds.sh.
#
# The service is started on a backfilled mirror of the corpus (the whole archive, as
# bench/backfill.sh does); the response to GET /api/events?$QUERY is fetched with curl and written,
# byte for byte, into an nginx document root, served with the service's Content-Type (and its
# Cache-Control, Vary and Link when it sends them). Then the service and nginx are measured one
# after the other with wrk: the full response (200) and the conditional GET with each server's
# ETag (304). The 304 case runs only when the service sends an ETag and answers If-None-Match
# with it by 304; otherwise the write-up says why it is missing. No gzip case: wrk, like most API
# clients, sends no Accept-Encoding.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_args "$@"
QUERY=${QUERY:-country=DE&from=2000-01-01}
MIN_EVENTS=${MIN_EVENTS:-50}
load_init
load_start_service

path="/api/events?$QUERY"

# --- The response's bytes and validators, as the service serves them -------------------------
load_fetch "$path" "$work/events.json"
read -r events total < <(python3 -c 'import json, sys; p = json.load(open(sys.argv[1])); print(len(p["items"]), p["total"])' "$work/events.json") \
  || fail "the response is not a page of events: $(head -c 300 "$work/events.json")"
content_type=$(header "$work/events.json.h" Content-Type)
svc_etag=$(header "$work/events.json.h" ETag)
echo "$path: $events events (of $total), $size bytes, $content_type, ETag ${svc_etag:-none}" >&2
[ "$events" -ge "$MIN_EVENTS" ] || fail "only $events events in $path (MIN_EVENTS=$MIN_EVENTS): backfill incomplete or wrong query?"
if [ -n "$(header "$work/events.json.h" Content-Length)" ]; then framing="with a Content-Length"; else framing="chunked"; fi

# The 304 case needs an ETag the service honours.
if [ -z "$svc_etag" ]; then
  conditional="No 304 row: the service sent no ETag for this response."
else
  got=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $svc_etag" "$svc_url")
  if [ "$got" = 304 ]; then
    conditional=
  else
    conditional="No 304 row: the service sent the ETag \`$svc_etag\` but answered If-None-Match with it by $got."
  fi
fi
[ -z "$conditional" ] || echo "${conditional//\`/}" >&2

# --- nginx on the same bytes ------------------------------------------------------------------
start_nginx "$path" "$work/events.json" "$work/events.json.h"

# --- The cases --------------------------------------------------------------------------------
cases=(full)
[ -n "$conditional" ] || cases+=(304)
case_label() {
  case $1 in
    full) echo "full response (200)" ;;
    304) echo "If-None-Match (304)" ;;
  esac
}
case_request() {
  local etag
  if [ "$2" = service ]; then etag=$svc_etag; else etag=$nginx_etag; fi
  case $1 in
    full) status=200 bytes=$size hdrs=() ;;
    304) status=304 bytes=0 hdrs=(-H "If-None-Match: $etag") ;;
  esac
}
check_requests
measure_cases

# --- Results ----------------------------------------------------------------------------------
command="QUERY='$QUERY' DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS bench/api.sh$($write && echo " --write" || true)"
table=$(
  echo "| case | service requests/s | nginx requests/s | ratio (service/nginx) | service p50 | service p99 | nginx p99 | service CPU | wrk CPU (service / nginx run) | others CPU (service / nginx run) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in "${cases[@]}"; do
    echo "| $(case_label "$c") | $(wrk_field "$c" service Requests/sec) | $(wrk_field "$c" nginx Requests/sec) | $(ratio "$c") | $(wrk_field "$c" service 50%) | $(wrk_field "$c" service 99%) | $(wrk_field "$c" nginx 99%) | $(cpu_use "$c" service server)% | $(cpu_use "$c" service wrk)% / $(cpu_use "$c" nginx wrk)% | $(cpu_use "$c" service others)% / $(cpu_use "$c" nginx others)% |"
  done
)
put_section "## JSON API vs nginx" "$(cat <<EOF
## JSON API vs nginx

\`\`\`bash
$command
\`\`\`

The service runs on a backfilled mirror of the corpus (the whole archive); the response to
\`GET $path\` is fetched once with curl and written byte for byte into a document root
served by nginx (one worker, \`sendfile\`, \`etag\`; the service's Content-Type, and its
Cache-Control, Vary and Link when it sends them). $(method "$([ -n "$conditional" ] || echo "The 304 case sends the ETag each server gave.")")

$(measured_at)
Response: $events events (of $total matching), $size bytes, \`Content-Type: $content_type\`, sent $framing by the
service (nginx sends a Content-Length); $([ -n "$svc_etag" ] && echo "ETag \`$svc_etag\`." || echo "no ETag.")

$table
${conditional:+
$conditional
}
$(goals 0.25 20)
$(wrk_errors)
EOF
)"
