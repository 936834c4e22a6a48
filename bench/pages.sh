#!/usr/bin/env bash
# The pages' weight: the service on a backfilled mirror of the whole corpus (as bench/backfill.sh),
# then each page fetched twice with curl: status, bytes (uncompressed: pages are not gzipped) and
# the time of the first request (a render: database queries and the template) and of the second
# (the per-data-version cache). "today" is the real date, after the corpus ended, so the main
# page and the embed are asked with from=2026-08-19, the day of the corpus' newest issue.
# Usage: bench/pages.sh [CORPUS_DIR]. Not a load test: bench/api.sh and bench/feeds.sh are.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
corpus_arg "${1:-}"
backfilled_service
port=$svc_port
printf '| page | status | bytes | first request | second request |\n| --- | ---: | ---: | ---: | ---: |\n'
for p in "/?from=2026-08-19" "/?from=2026-08-19&page=2" "/stats" "/stats/chart.svg" "/embed?from=2026-08-19"; do
  first=$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "http://localhost:$port$p")
  second=$(curl -s -o /dev/null -w '%{time_total}' "http://localhost:$port$p")
  read -r status bytes t1 <<< "$first"
  printf '| `%s` | %s | %s | %.0f ms | %.0f ms |\n' "$p" "$status" "$bytes" "$(echo "$t1 * 1000" | bc)" "$(echo "$second * 1000" | bc)"
done
