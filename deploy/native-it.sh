#!/usr/bin/env bash
# Runs the *IT suite (@QuarkusIntegrationTest) against the native executable, started by failsafe
# against a throwaway PostgreSQL 15 (pg_start, lib/sh/common.sh) with the fixture site as its TWiR source
# (see the pom's native profile and support/FixtureSite). Builds the executable with the native
# kit (NATIVE_KIT, default ../shared/native-kit); an executable newer than every source is reused.
#
# Usage: deploy/native-it.sh [extra mvn arguments, e.g. -Dit.test=CalendarResourceIT]
# Needs what .ci/run needs (python3-icalendar, Node.js/npm for ical.js) and about 10 GB of memory
# for the image build.
set -euo pipefail
# shellcheck source=../lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh"
cd "$RUSTY_ROOT"

native_setup                     # the kit's GraalVM: sets native_mvn_args
reuse=false
if fresh_native_runner; then
  reuse=true
  echo "reusing $NATIVE_RUNNER (newer than the sources)"
fi

pg_start rusty
./mvnw -B verify "${native_mvn_args[@]}" \
  -Dquarkus.native.reuse-existing=$reuse \
  -Drusty.it.jdbc-url="jdbc:postgresql://127.0.0.1:$PG_PORT/rusty" "$@"
