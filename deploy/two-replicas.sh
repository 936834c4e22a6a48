#!/usr/bin/env bash
# Two replicas against one PostgreSQL database, automated (deploy/README.md, "Several replicas").
#
# Builds the PostgreSQL jar into target/postgresql/ (the H2 build in target/quarkus-app/ is left
# alone), starts a throwaway PostgreSQL (pg_start, lib/sh/common.sh), then three instances reading the
# fixture site (src/test/resources/site/) with a short schedule: "single" alone on database
# "single", and replicas A and B together on database "pair". It checks that
#   1. every scrape interval exactly one of A and B scraped: the scrapes of both, counted by
#      their metrics, equal the ticks of one, and no two scrapes started within less than three
#      quarters of an interval (their logs);
#   2. the pair holds as many events as "single" did alone, each identity once;
#   3. after hiding an event through A (admin correction), B serves the same /api/events and
#      /calendar.ics ETags as A within the version-check interval (plus a second).
# Prints PASS or FAIL per check and exits non-zero on any failure. Takes about two minutes.
#
# Environment: SKIP_BUILD=1 reuses target/postgresql/; EVERY (scrape interval, seconds, 4),
# TICKS (intervals watched, 6), CHECK (version-check, seconds, 2). EVERY stays above 3: Quarkus'
# scheduler fires up to a second late, and ticks must stay more than 3/4 of an interval apart.
# KEEP_LOGS=1 keeps the instances' logs (kept anyway when a check fails).
set -euo pipefail
# shellcheck source=../lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh"
cd "$RUSTY_ROOT"
FAIL_PREFIX=FAIL:
EVERY=${EVERY:-4}
TICKS=${TICKS:-6}
CHECK=${CHECK:-2}
TOKEN=two-replicas-test-token

package_postgresql postgresql      # unless SKIP_BUILD; sets APP_JAR
pg_start single pair
make_workdir WORK rusty-replicas

# start NAME PORT DATABASE: one instance in the prod profile (JSON logs), log in $WORK/NAME.log.
# One public address for all: behind a load balancer every replica sees the same Host, and a feed's
# SOURCE (so its ETag) is built on it; here each is called on its own port, so the address is set.
start() {
  app_start --db "$3" "$1" "$2" "$WORK/$1.log" \
    RUSTY_EVENTS_FEEDS_PUBLIC_URL=http://rusty-events.test \
    RUSTY_EVENTS_TWIR_URL="file:$FIXTURE_SITE/" \
    RUSTY_EVENTS_SCRAPE_EVERY="${EVERY}s" RUSTY_EVENTS_SCRAPE_ON_START=false \
    RUSTY_EVENTS_CLUSTER_VERSION_CHECK="${CHECK}s" RUSTY_EVENTS_ADMIN_TOKEN=$TOKEN
}

# metric PORT NAME [LABELS]: a counter's value (0 when absent)
metric() {
  curl -sf "http://127.0.0.1:$1/q/metrics" | awk -v name="$2" -v labels="${3:-}" '
    $1 == name || (labels != "" && index($1, name "{") == 1 && index($1, labels) > 0) { sum += $2 }
    END { printf "%d\n", sum }'
}

# etags PORT: the ETags of $API and $ICS on that instance
etags() {
  local api ics
  api=$(etag "http://127.0.0.1:$1$API") && ics=$(etag "http://127.0.0.1:$1$ICS") && echo "$api $ics"
}

FAILED=0
check() { # check NAME CONDITION-EXIT-STATUS DETAIL
  if [ "$2" -eq 0 ]; then echo "PASS  $1: $3"; else echo "FAIL  $1: $3"; FAILED=1; fi
}

PORT_S=$(free_port); PORT_A=$(free_port); PORT_B=$(free_port)
start single "$PORT_S" single
start a "$PORT_A" pair
start b "$PORT_B" pair
app_wait_ready single; app_wait_ready a; app_wait_ready b
echo "instances ready: single :$PORT_S, A :$PORT_A, B :$PORT_B (scrape every ${EVERY}s, version check every ${CHECK}s)"

# The first scrape ingests the four issues (seconds, on a cold JVM; ticks meanwhile skip as
# "busy"); count the ticks after it, when a scrape finds every issue unchanged.
deadline=$((SECONDS + 60))
until [ -n "$(pg_sql pair "SELECT last_success_at FROM scrape_state")" ] \
   && [ -n "$(pg_sql single "SELECT last_success_at FROM scrape_state")" ]; do
  [ $SECONDS -lt $deadline ] || fail "no first scrape in 60s"
  sleep 0.5
done
counts() { # counts PORT: scraped skipped failed
  echo "$(metric "$1" rusty_events_scrape_runs_total) $(metric "$1" rusty_events_scrape_skipped_total reason)" \
       "$(metric "$1" rusty_events_scrape_failures_total)"
}
read -r R0_A S0_A F0_A <<<"$(counts "$PORT_A")"; read -r R0_B S0_B F0_B <<<"$(counts "$PORT_B")"
WATCH_FROM=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
sleep $((EVERY * TICKS))
read -r R1_A S1_A F1_A <<<"$(counts "$PORT_A")"; read -r R1_B S1_B F1_B <<<"$(counts "$PORT_B")"
WATCH_TO=$(date -u +%Y-%m-%dT%H:%M:%S.%N)

# 1. One scrape per interval across A and B.
RUNS_A=$((R1_A - R0_A)); RUNS_B=$((R1_B - R0_B)); SKIP_A=$((S1_A - S0_A)); SKIP_B=$((S1_B - S0_B))
FAIL_AB=$((F1_A - F0_A + F1_B - F0_B))
TICKS_A=$((RUNS_A + SKIP_A)); TICKS_B=$((RUNS_B + SKIP_B))
MAX_TICKS=$((TICKS_A > TICKS_B ? TICKS_A : TICKS_B)); TOTAL=$((RUNS_A + RUNS_B))
echo "over ${TICKS} intervals: A ticked $TICKS_A times, scraped $RUNS_A, skipped $SKIP_A;" \
     "B ticked $TICKS_B times, scraped $RUNS_B, skipped $SKIP_B; failed scrapes $FAIL_AB"
ok=1; [ "$TICKS_A" -ge $((TICKS - 1)) ] && [ "$TICKS_B" -ge $((TICKS - 1)) ] && [ "$FAIL_AB" -eq 0 ] \
  && [ "$TOTAL" -ge $((MAX_TICKS - 1)) ] && [ "$TOTAL" -le "$MAX_TICKS" ] && ok=0
check "one scrape per tick (metrics)" $ok "$TOTAL scrapes by A and B together for $MAX_TICKS ticks of each, none failed"
GAPS=$(python3 - "$WORK/a.log" "$WORK/b.log" "$EVERY" "$WATCH_FROM" "$WATCH_TO" <<'EOF'
import json, sys
from datetime import datetime, timezone
starts = []
since, until = (datetime.fromisoformat(t[:26]).replace(tzinfo=timezone.utc) for t in sys.argv[4:6])
for path, name in ((sys.argv[1], "A"), (sys.argv[2], "B")):
    for line in open(path, encoding="utf-8"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        at = datetime.fromisoformat(record.get("timestamp", "1970-01-01T00:00:00Z"))
        if record.get("message", "").startswith("scrape: reading the feed") and since <= at <= until:
            starts.append((at, name))
starts.sort()
gaps = [(b[0] - a[0]).total_seconds() for a, b in zip(starts, starts[1:])]
minimum = float(sys.argv[3]) * 0.75 - 0.05
print(("ok" if starts and all(g >= minimum for g in gaps) else "bad"),
      len(starts), "scrapes by", "".join(n for _, n in starts), "gaps", " ".join(f"{g:.2f}" for g in gaps) + "s")
EOF
)
ok=1; [[ "$GAPS" == ok* ]] && ok=0
check "no two scrapes in one interval (logs)" $ok "${GAPS#* }"

# 2. Events: the pair holds what one instance alone made, each identity once.
ONE=$(pg_sql single "SELECT count(*) FROM event")
PAIR=$(pg_sql pair "SELECT count(*) || ' ' || count(DISTINCT identity_key) FROM event")
ok=1; [ "$ONE" -gt 0 ] && [ "$PAIR" = "$ONE $ONE" ] && ok=0
check "no duplicate events" $ok "alone: $ONE events; pair: $PAIR (events, distinct identities)"

# 3. A change through A reaches B's caches within the version check.
API="/api/events?from=2000-01-01&size=200"; ICS="/calendar.ics?from=2000-01-01"
for p in "$PORT_A" "$PORT_B"; do etags "$p" >/dev/null; done
BEFORE_B=$(etags "$PORT_B")
UID_HIDDEN=$(pg_sql pair "SELECT uid FROM event ORDER BY id LIMIT 1")
for attempt in 1 2 3 4 5 6 7 8 9 10; do # 409 while a scrape (in either replica) holds the ingest lock
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/merge-patch+json' -d '{"hidden":true,"note":"two-replica test"}' \
    "http://127.0.0.1:$PORT_A/api/admin/events/$UID_HIDDEN/correction")
  [ "$STATUS" = 409 ] || break
  sleep 0.2
done
PATCHED=$(date +%s.%N)
AFTER_A=$(etags "$PORT_A")
STALE_B=$(etags "$PORT_B")
deadline=$(python3 -c "print($PATCHED + $CHECK + 1)")
while :; do
  NOW_B=$(etags "$PORT_B")
  [ "$NOW_B" = "$AFTER_A" ] && break
  python3 -c "import sys, time; sys.exit(0 if time.time() < $deadline else 1)" || break
  sleep 0.1
done
TOOK=$(python3 -c "import time; print(f'{time.time() - $PATCHED:.1f}')")
echo "hid event $UID_HIDDEN through A (HTTP $STATUS, attempt $attempt); B before: $BEFORE_B; B right after: $STALE_B; A after: $AFTER_A"
ok=1; [ "$STATUS" = 200 ] && [ "$AFTER_A" != "$BEFORE_B" ] && [ "$NOW_B" = "$AFTER_A" ] && ok=0
check "same ETags on both replicas after a change" $ok "B served A's new ETags $TOOK s after the change (limit $((CHECK + 1))s)"

echo "B's readiness: $(curl -s "http://127.0.0.1:$PORT_B/q/health/ready" | tr -d ' \n')"
if [ "$FAILED" -eq 0 ]; then echo "two replicas: PASS"; else echo "two replicas: FAIL"; KEEP_LOGS=1; fi
exit "$FAILED"
