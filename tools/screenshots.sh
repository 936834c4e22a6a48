#!/usr/bin/env bash
# Refreshes the pages' screenshots in docs/screenshots (shown in the README): runs the browser
# tests, which take them in headless Chromium over real issues (2024-2026, "today" 2026-08-19),
# at desktop (1280x900) and phone (390x844) width. Needs Debian's chromium (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=BrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Drusty.screenshots="$PWD/docs/screenshots"
ls -l docs/screenshots
