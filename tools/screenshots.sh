#!/usr/bin/env bash
# Refreshes the screenshots in docs/screenshots that the README shows. Usage:
# tools/screenshots.sh [CORPUS_DIR]   (default ../shared/twir)
# - main-desktop.png (1280x900) and main-phone.png (390x844): taken by the browser tests
#   (web/BrowserTest) over real issues from 2024-2026, where "today" is 2026-08-19, so the main
#   page shows real upcoming events;
# - stats.png: the service on a mirror of the whole corpus (every odd-numbered issue since 2013,
#   backfilled as bench/backfill.sh does), /stats in headless Chromium.
# Needs Debian's chromium (.ci/run installs it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"   # work directory, cleanup, corpus mirror, service start
corpus_arg "${1:-}"
mkdir -p docs/screenshots

./mvnw -B -q test -Dtest=BrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Drusty.screenshots="$work/shots"
cp "$work/shots/main-desktop.png" "$work/shots/main-phone.png" docs/screenshots/

backfilled_service
/usr/bin/chromium --headless --no-sandbox --hide-scrollbars --window-size=1280,1100 \
  --screenshot="$RUSTY_ROOT/docs/screenshots/stats.png" "http://localhost:$svc_port/stats" 2>/dev/null
ls -l docs/screenshots
