#!/usr/bin/env bash
# Crash safety (docs/reliability.md): kill -9 the service in the middle of an archive backfill,
# check that PostgreSQL holds a consistent database, restart, and show that the backfill continues
# and ends with the same data as an uninterrupted run.
#
# Builds the PostgreSQL jar into target/crash-app/, lays out the TWiR corpus (../shared/twir) as
# a file: mirror (tools/mirror-corpus.py; its archive page cut to the issues since FROM_YEAR),
# starts a throwaway PostgreSQL (pg_start, lib/sh/common.sh) with two
# databases, then:
#   1. "reference": one uninterrupted backfill of the whole archive; its counts and a digest of
#      its events are what the interrupted run must end with;
#   2. "crash": the same backfill, killed with SIGKILL (no shutdown hook, no rollback by the
#      service) KILLS times, at issue counts spread over the run; after each kill, with psql:
#        - no event without a listing in a stored issue (cfp-only conferences aside), and none
#          whose first or last issue is not stored;
#        - every ingested issue whole: its listing rows = listing_count + problem_count, its
#          distinct events = event_count (one transaction per issue: all of it or none);
#        - no two events with the same identity or UID;
#        - the backfill's progress never ahead of the data (issues done + failed <= issues stored);
#        - Flyway's history: every migration applied, none failed;
#      then restarts it, and it resumes ("backfill: resuming after issue N");
#   3. the last start runs to the end: issue, listing and event counts and the event digest
#      equal the reference's.
# Prints one line per kill and a final PASS line; exits non-zero on any inconsistency.
# About 3-4 minutes on 2 busy cores, most of it the build and five JVM starts.
#
# Environment: SKIP_BUILD=1 reuses target/crash-app/; KILLS (3); DELAY (backfill delay, 0s: most
# of a run is then spent inside an issue's transaction, where a kill hurts most); CORPUS
# (../shared/twir); FROM_YEAR (2023: the archive's issues from then on; 2013 for all of it);
# KEEP_LOGS=1 keeps the service logs.
set -euo pipefail
# shellcheck source=../lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh"
cd "$RUSTY_ROOT"
FAIL_PREFIX=FAIL:
KILLS=${KILLS:-3}
DELAY=${DELAY:-0s}
CORPUS=${CORPUS:-../shared/twir}
FROM_YEAR=${FROM_YEAR:-2023}

[ -f "$CORPUS/manifest.json" ] || fail "no TWiR corpus at $CORPUS (set CORPUS)"
package_postgresql crash-app      # unless SKIP_BUILD; sets APP_JAR
pg_start reference crash
make_workdir WORK rusty-crash

python3 tools/mirror-corpus.py "$CORPUS" "$WORK/mirror" >/dev/null
# Only the archive's links from FROM_YEAR on: the eras with the most events, in a run short
# enough to repeat five times. (The corpus holds the odd-numbered pages of recent years; the
# even ones fail as "no such file", which exercises failed issues too.)
python3 - "$WORK/mirror/blog/archives/index.html" "$FROM_YEAR" <<'PY'
import re, sys
path, year = sys.argv[1], int(sys.argv[2])
html = open(path, encoding="utf-8").read()
html = re.sub(r'<a href="https://this-week-in-rust\.org/blog/(\d{4})/[^"]*">[^<]*</a>',
              lambda m: m.group(0) if int(m.group(1)) >= year else "", html)
open(path, "w", encoding="utf-8").write(html)
PY
ARCHIVED=$(grep -o 'href="https://this-week-in-rust.org/blog/[0-9]*/[0-9]*/[0-9]*/[^"]*"' "$WORK/mirror/blog/archives/index.html" | sort -u | wc -l)
MIGRATIONS=$(ls src/main/resources/db/migration/V*__*.sql | wc -l)

# start DATABASE: the service (instance DATABASE) backfilling the mirror at start-up, in the
# background; its log appended to $WORK/DATABASE.log
start() {
  app_start --db "$1" --append "$1" "$(free_port)" "$WORK/$1.log" \
    RUSTY_EVENTS_TWIR_URL="file:$WORK/mirror/" RUSTY_EVENTS_SCRAPE_ON_START=false \
    RUSTY_EVENTS_BACKFILL_ON_START=true RUSTY_EVENTS_BACKFILL_DELAY="$DELAY" \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false
}

# await_finished DATABASE: waits (up to 180 s) for the backfill run to be marked finished
await_finished() {
  local deadline=$((SECONDS + 180))
  until [ "$(pg_sql "$1" "SELECT count(*) FROM backfill_run WHERE finished_at IS NOT NULL" 2>/dev/null || echo 0)" = 1 ]; do
    app_check_running "$1"
    [ $SECONDS -lt $deadline ] || fail "the backfill on $1 did not finish in 180 s"
    sleep 0.5
  done
}

stored() { pg_sql "$1" "SELECT count(*) FROM twir_issue"; }

# What the two databases must agree on at the end: counts, and a digest of every event's
# identity and what subscribers see of it (timestamps aside: they are the wall clock's).
summary() {
  pg_sql "$1" "SELECT (SELECT count(*) FROM twir_issue) || ' issues, ' || (SELECT count(*) FROM listing) || ' listings, '
              || (SELECT count(*) FROM event) || ' events, digest '
              || (SELECT md5(string_agg(identity_key || '|' || uid || '|' || start_date || '|' || coalesce(title, '') || '|'
                  || status || '|' || sequence || '|' || first_issue || '|' || last_issue, ',' ORDER BY identity_key)) FROM event)"
}

# consistent DATABASE: the invariants above; prints what breaks them, returns non-zero then
consistent() {
  local db=$1 bad=0 n
  n=$(pg_sql "$db" "SELECT count(*) FROM event e WHERE NOT e.cfp_only AND NOT EXISTS (SELECT 1 FROM listing l WHERE l.event_id = e.id)")
  [ "$n" = 0 ] || { echo "  $n events without a listing"; bad=1; }
  n=$(pg_sql "$db" "SELECT count(*) FROM event e WHERE NOT e.cfp_only AND (NOT EXISTS (SELECT 1 FROM twir_issue i WHERE i.issue_number = e.first_issue)
                   OR NOT EXISTS (SELECT 1 FROM twir_issue i WHERE i.issue_number = e.last_issue))")
  [ "$n" = 0 ] || { echo "  $n events whose first or last issue is not stored"; bad=1; }
  n=$(pg_sql "$db" "SELECT count(*) FROM twir_issue i WHERE i.status = 'ingested' AND (
                   (SELECT count(*) FROM listing l WHERE l.issue_id = i.id) <> i.listing_count + i.problem_count
                   OR (SELECT count(DISTINCT l.event_id) FROM listing l WHERE l.issue_id = i.id) <> i.event_count)")
  [ "$n" = 0 ] || { echo "  $n ingested issues whose listings do not match their counts (half-written)"; bad=1; }
  n=$(pg_sql "$db" "SELECT (SELECT count(*) - count(DISTINCT identity_key) FROM event) + (SELECT count(*) - count(DISTINCT uid) FROM event)")
  [ "$n" = 0 ] || { echo "  $n duplicate event identities or UIDs"; bad=1; }
  n=$(pg_sql "$db" "SELECT count(*) FROM backfill_run WHERE issues_done + issues_failed > (SELECT count(*) FROM twir_issue)")
  [ "$n" = 0 ] || { echo "  the backfill's progress is ahead of the issues stored"; bad=1; }
  n=$(pg_sql "$db" "SELECT count(*) FILTER (WHERE success) || ' ' || count(*) FILTER (WHERE NOT success) FROM flyway_schema_history WHERE version IS NOT NULL")
  [ "$n" = "$MIGRATIONS 0" ] || { echo "  Flyway history: $n (applied, failed), expected $MIGRATIONS 0"; bad=1; }
  return $bad
}

FAILED=0

# 1. The uninterrupted run.
t0=$SECONDS
start reference
await_finished reference
app_stop reference
REFERENCE=$(summary reference)
echo "reference (uninterrupted, $((SECONDS - t0)) s incl. start-up): $REFERENCE; $ARCHIVED archive links"
consistent reference || fail "the reference run is inconsistent"
TOTAL=$(stored reference)

# 2. Killed KILLS times, at issue counts spread over the run.
for k in $(seq 1 "$KILLS"); do
  target=$((TOTAL * k / (KILLS + 1)))
  start crash
  deadline=$((SECONDS + 120))
  until [ "$(stored crash 2>/dev/null || echo 0)" -ge "$target" ]; do
    app_check_running crash
    [ $SECONDS -lt $deadline ] || fail "$target issues not reached in 120 s"
    sleep 0.1
  done
  app_stop --kill crash
  sleep 0.5 # PostgreSQL notices the dead client and rolls back what it had open
  # PostgreSQL logs a client gone with a transaction open: the kill landed inside an issue's ingest.
  open=$(as_postgres grep -c 'unexpected EOF on client connection with an open transaction' "$PG_LOG" || true)
  inside=$([ "${open:-0}" -gt "${OPEN:-0}" ] && echo "inside a transaction (rolled back)" || echo "between transactions")
  OPEN=${open:-0}
  at=$(stored crash)
  progress=$(pg_sql crash "SELECT last_issue || ' (' || issues_done || ' done, ' || issues_failed || ' failed)' FROM backfill_run WHERE finished_at IS NULL")
  if problems=$(consistent crash); then
    echo "kill $k: SIGKILL $inside at $at of $TOTAL issues stored, backfill progress at issue $progress: consistent"
  else
    echo "kill $k: SIGKILL $inside at $at of $TOTAL issues stored, backfill progress at issue $progress: INCONSISTENT"
    echo "$problems"
    FAILED=1
  fi
done

# 3. The last start resumes and finishes.
start crash
await_finished crash
app_stop crash
RESUMED=$(grep -c "backfill: resuming after issue" "$WORK/crash.log" || true)
FINAL=$(summary crash)
echo "after $KILLS kills and $RESUMED resumed runs: $FINAL"
if ! problems=$(consistent crash); then echo "$problems"; FAILED=1; fi
[ "$RESUMED" -eq "$KILLS" ] || { echo "FAIL: $RESUMED of $KILLS restarts resumed the backfill"; FAILED=1; }
[ "$FINAL" = "$REFERENCE" ] || { echo "FAIL: the interrupted run ended with other data than the reference"; FAILED=1; }

if [ "$FAILED" -ne 0 ]; then
  echo "FAIL: crash test"
  exit 1
fi
echo "PASS: $KILLS kills mid-backfill, database consistent after each, the resumed backfill ended with the reference's data ($FINAL)"
