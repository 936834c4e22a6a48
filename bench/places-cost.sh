#!/usr/bin/env bash
# What the places cost a full backfill: backfills a local mirror of the TWiR corpus
# (tools/mirror-corpus.py over ../shared/twir, the development half of the archive: odd-numbered
# issues only) into a fresh embedded database, RUNS times (default 3, a fresh service each), and
# reads from /q/metrics after each the resolver's time on the ingested listings
# (rusty_events_places_resolve_seconds{pass="listing"}), the passes that resolve every stored event
# again (pass="refresh": one after the backfill; a start on an empty database only stores the
# gazetteer's version) and the
# gazetteer's load (rusty_events_places_gazetteer_load_seconds); the backfill's own time, from
# its log, is the reference of the same run. The per-listing figures are then extrapolated to the
# whole archive's ~14,000 listings (LISTINGS).
#
# Usage: bench/places-cost.sh [--write] [CORPUS_DIR]   (--write puts the section into
# docs/benchmarks.md)
#
# Builds the H2 jar when it is missing or older than the sources (lib.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

load_args "$@"   # --write, -h, the corpus (lib.sh)
RUNS=${RUNS:-3}
LISTINGS=${LISTINGS:-14000}   # the whole archive's listings, both halves (~7,000 in each)

# a log line's time of day in seconds (as bench/backfill.sh)
seconds() { grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}[.,][0-9]+' | head -1 | tr , . | awk -F: '{print $1*3600+$2*60+$3}'; }
# metric NAME: its value in $work/metrics (a series as Prometheus writes it, labels included)
metric() {
  awk -v s="$1" '$1 == s { print $2 + 0; found = 1 } END { if (!found) exit 1 }' "$work/metrics" \
    || fail "$1 is not in /q/metrics"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
for run in $(seq 1 "$RUNS"); do
  backfilled_service   # mirror, build if needed, start with a backfill on start, wait (lib.sh)
  curl -sf "http://127.0.0.1:$svc_port/q/metrics" > "$work/metrics"
  start=$(grep 'backfill-on-start' "$work/log" | seconds)
  end=$(grep 'backfill: finished' "$work/log" | head -1 | seconds)
  parsed=$(metric rusty_events_listings_parsed_total)
  placed=$(metric 'rusty_events_places_resolve_seconds_count{pass="listing"}')
  listing=$(metric 'rusty_events_places_resolve_seconds_sum{pass="listing"}')
  passes=$(metric 'rusty_events_places_resolve_seconds_count{pass="refresh"}')
  refresh=$(metric 'rusty_events_places_resolve_seconds_sum{pass="refresh"}')
  load=$(metric rusty_events_places_gazetteer_load_seconds)
  events=$(curl -sf "http://127.0.0.1:$svc_port/api/events?from=2000-01-01&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
  # backfill s, listings parsed, listings resolved, listing s, refresh passes, refresh s, load s, events
  row=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  row+=" $parsed $placed $listing $passes $refresh $load $events"
  log "run $run: backfill, parsed, resolved, listing s, passes, refresh s, load s, events: $row"
  rows+=("$row")
  app_stop service
  rm -rf "$work/mirror" "$work"/*.mv.db "$work"/data 2>/dev/null || true
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# col N: column N of every run, one a line; med N: its median; each N SCALE FORMAT: every run's
# column N times SCALE, as FORMAT, comma-separated
col() { local r; for r in "${rows[@]}"; do echo "$r" | awk -v n="$1" '{ print $n }'; done; }
med() { col "$1" | median; }
each() { col "$1" | awk -v k="$2" -v f="$3" '{ printf "%s" f, (NR > 1 ? ", " : ""), $1 * k }'; }
ms() { awk -v v="$1" 'BEGIN { printf "%.0f ms", 1000 * v }'; }

backfill=$(med 1) parsed=$(med 2) placed=$(med 3) listing=$(med 4) passes=$(med 5)
refresh=$(med 6) load=$(med 7) events=$(med 8)
# the place work of each run: the listings, the refresh passes and the load
for r in "${rows[@]}"; do echo "$r" | awk '{ print $4 + $6 + $7 }'; done > "$work/work"
work_s=$(median < "$work/work")
work_each=$(awk '{ printf "%s%.0f", (NR > 1 ? ", " : ""), 1000 * $1 }' "$work/work")
eval "$(awk -v b="$backfill" -v p="$parsed" -v n="$placed" -v l="$listing" -v r="$refresh" \
  -v g="$load" -v w="$work_s" -v L="$LISTINGS" 'BEGIN {
  per = (l + r) / p                       # s of place work per parsed listing, the load aside
  printf "per_listing_us=%.1f\n", 1e6 * l / n
  printf "per_parsed_us=%.1f\n", 1e6 * per
  printf "share=%.1f\n", 100 * w / b
  printf "extra_passes=%.2f\n", per * L   # extrapolated: the passes scale with the listings
  printf "extra=%.2f\n", per * L + g      # and one load
  printf "whole=%.0f\n", b * L / p
  printf "met=%s\n", (per * L + g < 2) ? "met" : "missed"
}')"

section=$(cat <<EOF
### Places in a full backfill

\`bench/places-cost.sh --write\` ($RUNS runs, each a fresh service on a fresh embedded H2 database,
with \`RUSTY_EVENTS_BACKFILL_ON_START=true\` and \`RUSTY_EVENTS_BACKFILL_DELAY=0s\` on a mirror of
\`../shared/twir\`): the corpus holds the **odd-numbered issues only, about half of the archive**.
After each backfill the script reads \`/q/metrics\`: the resolver's time on each in-person or
hybrid listing ingested (\`rusty_events_places_resolve_seconds{pass="listing"}\`), the passes that
resolve every stored event again (\`pass="refresh"\`: $passes per run, after the backfill,
including reading and writing the events; a start on an empty database has nothing to resolve
again and only stores the gazetteer's version) and the gazetteer's load
(\`rusty_events_places_gazetteer_load_seconds\`, once per process, when the first listing is
resolved). The backfill's own time is from its log
(\`backfill-on-start\` to \`backfill: finished\`). Medians of the runs, then each run:

| what | median | each run |
| --- | --- | --- |
| whole backfill (reference) | $(awk -v v="$backfill" 'BEGIN { printf "%.1f s", v }') | $(each 1 1 "%.1f") s |
| listings parsed / in-person or hybrid listings resolved | $parsed / $placed | |
| events stored | $events | |
| resolver on the listings | $(ms "$listing") | $(each 4 1000 "%.0f") ms |
| refresh passes ($passes) | $(ms "$refresh") | $(each 6 1000 "%.0f") ms |
| gazetteer load (first use) | $(ms "$load") | $(each 7 1000 "%.0f") ms |
| **place work in all** | $(ms "$work_s") ($share % of the backfill) | $work_each ms |

Per listing: $per_listing_us µs of resolver per in-person or hybrid listing, and $per_parsed_us µs
of place work (the listing and refresh passes, the load aside) per listing parsed.

**Extrapolation** (not measured: the other half of the archive is held out): at the same cost per
parsed listing, the whole archive's ~$LISTINGS listings would take $extra_passes s of place work
plus one gazetteer load, **$extra s added to a backfill of about $whole s: goal < 2 s $met**. The
refresh passes grow with the events stored, which grow with the listings; the load happens once
per process, whatever the archive's size.

Measured at commit \`$(bench_commit)\` on $(date -u +%Y-%m-%d) ($(nproc) × $(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //'),
$(java -version 2>&1 | head -1); load average $load_before before, $load_after after).
EOF
)
put_section "### Places in a full backfill" "$section"
