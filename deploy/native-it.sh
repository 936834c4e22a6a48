#!/usr/bin/env bash
# Runs the *IT suite (@QuarkusIntegrationTest) against the native executable, started by failsafe
# against a throwaway PostgreSQL 15 (.ci/postgres.sh) with the fixture site as its TWiR source
# (see the pom's native profile and support/FixtureSite). Builds the executable with the native
# kit (NATIVE_KIT, default ../shared/native-kit); an executable newer than every source is reused.
#
# Usage: deploy/native-it.sh [extra mvn arguments, e.g. -Dit.test=CalendarResourceIT]
# Needs what .ci/run needs (python3-icalendar, Node.js/npm for ical.js) and about 10 GB of memory
# for the image build.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/postgres.sh

NATIVE_KIT=${NATIVE_KIT:-../shared/native-kit}
GRAALVM_HOME=$("$NATIVE_KIT/setup")
reuse=false
runner=$(ls target/*-runner 2>/dev/null | head -1 || true)
if [ -n "$runner" ] && [ -z "$(find src/main pom.xml openapi.yaml -newer "$runner" -print -quit)" ]; then
  reuse=true
  echo "reusing $runner (newer than the sources)"
fi

pg_start rusty
./mvnw -B verify -Dnative \
  -Dquarkus.native.graalvm-home="$GRAALVM_HOME" -Dquarkus.native.native-image-xmx=8g \
  -Dquarkus.native.reuse-existing=$reuse \
  -Drusty.it.jdbc-url="jdbc:postgresql://127.0.0.1:$PG_PORT/rusty" "$@"
