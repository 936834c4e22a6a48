#!/usr/bin/env bash
# Soak: SOAK_SECONDS (default 300) of wrk at SOAK_CONNECTIONS (default 256) connections over a mix
# of feeds, API queries and conditional requests (304s), while a backfill of the whole corpus
# archive runs into a fresh embedded database (BACKFILL_DELAY, default 0.3s, between pages, so
# that it lasts most of the run). Reports the answers by status, wrk's errors and latency
# percentiles, and memory: RSS every 10 s, and the heap in use after a full GC (jcmd GC.run) at
# the end of the warm-up and at the end. Fails when any request failed (a socket error or an
# answer other than 200/304).
#
# Usage: bench/soak.sh [--write] [CORPUS_DIR]   (--write puts the section into docs/benchmarks.md)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_args "$@"
SOAK_SECONDS=${SOAK_SECONDS:-300}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-256}
WARMUP=${WARMUP:-60}
export BACKFILL_DELAY=${BACKFILL_DELAY:-0.3s}
for tool in wrk curl jcmd; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done

log "mirroring the corpus, building if needed"
mirror_corpus "$corpus"
build_jar
port=$(free_port)
base=http://127.0.0.1:$port
service_java_opts=(-Xmx256m)
log "starting the service (port $port) with a backfill of the archive, $BACKFILL_DELAY between pages"
start_service "$port"
issues() { curl -sf "$base/api/issues" | grep -o '"status":"ingested"' | wc -l || true; }
app_wait_ready --path /q/health/live --timeout 120 service

# Conditional requests need windows the backfill will not touch again: wait until it has read
# the issues of 2013-2015 (oldest first), then take the ETags of 2013-2014.
for _ in $(seq 1 600); do app_check_running service; [ "$(issues)" -ge 60 ] && break; sleep 0.5; done
old=("/calendar.ics?from=2013-01-01&to=2014-12-31" "/api/events?from=2013-01-01&to=2014-12-31&size=50"
     "/calendars/europe.ics?from=2013-01-01&to=2014-12-31")
mix=""
for p in "${old[@]}"; do mix+="$p	$(etag "$base$p")"$'\n'; done
for p in "/calendar.ics?from=2013-01-01" "/calendars/virtual.ics?from=2013-01-01" "/calendars/north-america.ics?from=2013-01-01" \
         "/api/events?from=2013-01-01&country=DE" "/api/events?region=europe&from=2015-01-01&size=20" \
         "/api/events?q=rust&from=2013-01-01" "/api/groups" "/api/stats?by=year" "/api/issues" "/api/countries"; do
  mix+="$p	-"$'\n'
done
# every request of the mix must succeed before it is repeated under load
while IFS=$'\t' read -r p e; do
  [ "$e" = - ] && want=200 h=() || { want=304; h=(-H "If-None-Match: $e"); }
  code=$(curl -s -o /dev/null -w '%{http_code}' "${h[@]}" "$base$p")
  [ "$code" = "$want" ] || fail "$p answered $code, not $want"
done <<< "${mix%$'\n'}"
export SOAK_PATHS=$mix
log "request mix:"; printf '%s' "$mix" >&2

heap_mb() {   # heap in use after a full GC, MB
  jcmd "$service_pid" GC.run >/dev/null
  jcmd "$service_pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }'
}

issues_before=$(issues)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "soaking: ${SOAK_SECONDS} s of wrk at $SOAK_CONNECTIONS connections"
wrk -t2 -c"$SOAK_CONNECTIONS" -d"${SOAK_SECONDS}s" --timeout 10s --latency -s bench/soak.lua "$base" > "$work/wrk.out" 2>&1 &
wrk_pid=$!
track_pid "$wrk_pid"
rss=() heap_warm="" elapsed=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 10; elapsed=$((elapsed + 10))
  app_check_running service
  rss+=("$(rss_mb "$service_pid")")
  [ "$elapsed" -eq "$WARMUP" ] && heap_warm=$(heap_mb)
done
wait "$wrk_pid" || fail "wrk failed: $(cat "$work/wrk.out")"
heap_end=$(heap_mb)
issues_after=$(issues)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cat "$work/wrk.out" >&2
backfill_done=$(grep -c 'backfill: finished' "$work/log" || true)
bad=$(sed -n 's/^status other: //p' "$work/wrk.out")
sock=$(sed -n 's/.*Socket errors: //p' "$work/wrk.out")
non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: //p' "$work/wrk.out")
errors=$(grep -ciE 'exception|error' "$work/log" | head -1 || true)
reqs=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.out")
pct() { awk -v p="$1" '$1 == p { print $2 }' "$work/wrk.out"; }

section_text() {
  cat <<EOF
## Soak under load while a backfill runs

\`bench/soak.sh --write\`: the JVM build (\`-Xmx256m\`, embedded H2) starts on a fresh database with a
backfill of the whole corpus archive ($BACKFILL_DELAY between pages); once it has read the
2013-2015 issues, \`wrk -t2 -c$SOAK_CONNECTIONS -d${SOAK_SECONDS}s\` runs over a mix of $(printf '%s' "$mix" | grep -c .)
requests: three conditional requests (If-None-Match with the ETags of 2013-2014 windows the
backfill has passed), three feeds and seven API queries over the growing history. Client and
server share the 2 cores; nothing is pinned.

| | |
| --- | --- |
| requests | $reqs in ${SOAK_SECONDS} s |
| answers | $(grep '^status' "$work/wrk.out" | sed 's/status //' | paste -sd, - | sed 's/,/, /g') |
| failed requests (socket errors, answers other than 200/304) | $bad${sock:+; socket errors: $sock}${non2xx:+; wrk non-2xx/3xx: $non2xx} |
| latency p50 / p90 / p99 | $(pct 50%) / $(pct 90%) / $(pct 99%) |
| issues read by the backfill | $issues_before before the soak, $issues_after after (backfill finished: $([ "$backfill_done" -ge 1 ] && echo "yes, during the soak" || echo "not yet")) |
| heap in use after a full GC | $heap_warm MB after ${WARMUP} s, $heap_end MB at the end |
| RSS every 10 s (MB) | ${rss[*]} |
| ERROR/exception lines in the service log | $errors |

Measured at commit \`$(bench_commit)\` on $(date -u +%Y-%m-%d) ($(nproc) × $(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //'),
$(java -version 2>&1 | head -1), $(wrk -v 2>&1 | head -1 | sed 's/ \[.*//' || true); load average $load_before before, $load_after after).
EOF
}
put_section "## Soak under load while a backfill runs" "$(section_text)"
[ -z "$sock" ] || fail "socket errors: $sock"
[ "$bad" -eq 0 ] || fail "$bad requests failed"
echo "soak: PASS ($reqs requests, 0 failed)" >&2
