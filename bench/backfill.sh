#!/usr/bin/env bash
# Backfills a local mirror of the whole TWiR site (tools/mirror-corpus.py over ../shared/twir)
# into a fresh embedded database, then backfills again; prints both durations and checks that
# the second run changed nothing. Usage: bench/backfill.sh [CORPUS_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
corpus_arg "${1:-}"
backfilled_service
port=$svc_port
# a log line's time of day in seconds: its first HH:MM:SS,fff (plain text) or HH:MM:SS.ffffff (the
# prod profile's JSON "timestamp")
seconds() { grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}[.,][0-9]+' | head -1 | tr , . | awk -F: '{print $1*3600+$2*60+$3}'; }
# the message of a "backfill: finished" line, without JSON's other fields
finished() { sed -E 's/.*backfill: (finished[^"]*).*/\1/'; }
start1=$(grep 'backfill-on-start' "$work/log" | seconds)
end1=$(grep 'backfill: finished' "$work/log" | head -1 | seconds)
echo "first run:  $(grep 'backfill: finished' "$work/log" | head -1 | finished)"
snapshot() { curl -s "http://localhost:$port/api/events?from=2000-01-01&size=200&page=$1" | md5sum; }
before="$(snapshot 1)$(snapshot 5)$(snapshot 20)"
t0=$(date +%s.%N)
curl -s -XPOST -H 'Authorization: Bearer bench-admin-token-0123' "http://localhost:$port/api/admin/backfill" >/dev/null
wait_backfills 2
t1=$(date +%s.%N)
after="$(snapshot 1)$(snapshot 5)$(snapshot 20)"
echo "second run: $(grep 'backfill: finished' "$work/log" | tail -1 | finished)"
total=$(curl -s "http://localhost:$port/api/events?from=2000-01-01&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "events stored: $total"
awk -v a="$start1" -v b="$end1" 'BEGIN { printf "first backfill:  %.1f s\n", b - a }'
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "second backfill: %.1f s\n", b - a }'
[ "$before" = "$after" ] && echo "second run changed nothing: yes" || { echo "second run changed events" >&2; exit 1; }
