#!/usr/bin/env bash
# Smoke test of the native container image, offline: builds deploy/Dockerfile.native on a local
# Debian bookworm base (debootstrap --variant=minbase, its rootfs cached in ~/.cache/rusty-base/)
# with podman, runs it as its non-root user against a throwaway PostgreSQL with the fixture site
# (src/test/resources/site/, TWiR 662-665) mounted as its TWiR source, and checks /api/events,
# /calendar.ics, a named feed and /q/health.
#
# Usage: deploy/smoke.sh [--write]   (--write puts the output into docs/benchmarks.md)
# Builds the native executable with the native kit (NATIVE_KIT, default ../shared/native-kit)
# when target/*-runner is missing or older than the sources. Needs root or sudo for apt (podman,
# buildah, runc, debootstrap, postgresql-15 when missing). Removes its container and PostgreSQL on
# exit; the base image and the application image stay (rebuilt when their inputs change).
set -euo pipefail
# bench/lib.sh, and through it lib/sh/common.sh: from here on in the repository root; $work,
# cleanup on exit, PostgreSQL, the native build, --write
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"

load_args "$@"   # --write, -h (lib.sh)

BASE=localhost/rusty-base:bookworm
IMAGE=localhost/rusty-events:native
base_tar=$HOME/.cache/rusty-base/bookworm-minbase.tar.gz
container=rusty-smoke-$$
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
# podman here: the runc runtime (crun is not installed), explicit ulimits (the defaults exceed
# the hard limits of this machine), host network (no CNI bridge needed)
PODMAN=($sudo podman --runtime runc)
LIMITS=(--ulimit nofile=20000:20000 --ulimit nproc=32768:32768)

out=$work/out
say() { echo "$*" | tee -a "$out"; }

remove_container() { "${PODMAN[@]}" rm -f "$container" >/dev/null 2>&1 || true; }

need() {
  local missing=() tool
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} (apt)"
  apt_install "${missing[@]}"
}
need podman buildah runc debootstrap curl

# 1. The native executable, built with the kit when missing or older than the sources.
build_native

# 2. The base: Debian bookworm minbase (glibc 2.36, zlib), made once with debootstrap.
if ! "${PODMAN[@]}" image exists "$BASE"; then
  if [ ! -s "$base_tar" ]; then
    log "debootstrap --variant=minbase bookworm (once; cached in $base_tar)"
    mkdir -p "$(dirname "$base_tar")"
    $sudo debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >/dev/null
    $sudo rm -rf "$work/rootfs"/var/cache/apt/archives/*.deb "$work/rootfs"/var/lib/apt/lists/*
    $sudo tar -C "$work/rootfs" -czf "$base_tar.tmp" . && mv "$base_tar.tmp" "$base_tar"
    $sudo rm -rf "$work/rootfs"
  fi
  log "importing $base_tar as $BASE"
  "${PODMAN[@]}" import --change 'CMD ["/bin/bash"]' "$base_tar" "$BASE" >/dev/null
fi

# 3. The application image from the standard Dockerfile, with the local base as its build argument.
log "building $IMAGE from deploy/Dockerfile.native"
"${PODMAN[@]}" build -q "${LIMITS[@]}" --network host -f deploy/Dockerfile.native \
  --build-arg BASE_IMAGE="$BASE" -t "$IMAGE" . >/dev/null

# 4. PostgreSQL, then the container on it, reading the fixture site.
pg_start rusty >/dev/null
on_exit remove_container    # before pg_stop and the work directory (cleanups run last first)
port=$(free_port)
started=$(date +%s%N)
"${PODMAN[@]}" run -d --name "$container" "${LIMITS[@]}" --network host \
  -v "$FIXTURE_SITE:/site:ro" \
  -e QUARKUS_HTTP_PORT="$port" \
  -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/rusty" \
  -e QUARKUS_DATASOURCE_USERNAME=rusty -e QUARKUS_DATASOURCE_PASSWORD=rusty \
  -e RUSTY_EVENTS_TWIR_URL=file:/site/ \
  "$IMAGE" >/dev/null
url=http://127.0.0.1:$port
for _ in $(seq 1 600); do
  total=$(curl -sf "$url/api/events?from=2026-07-01&size=1" | sed -nE 's/.*"total":([0-9]+).*/\1/p' || true)
  [ -n "$total" ] && [ "$total" -gt 0 ] && fixture_ingested "$url" && break
  "${PODMAN[@]}" container exists "$container" && [ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$container")" = true ] \
    || { "${PODMAN[@]}" logs "$container" >&2 || true; fail "the container stopped"; }
  sleep 0.1
done
ready=$(( ($(date +%s%N) - started) / 1000000 ))

# 5. The checks: each prints one line; any failure stops the script.
check() { local what=$1; shift; "$@" || { "${PODMAN[@]}" logs "$container" 2>&1 | tail -30 >&2; fail "$what"; }; }
: > "$out"
say "image:       $IMAGE on $BASE, $("${PODMAN[@]}" image inspect -f '{{.Size}}' "$IMAGE" | awk '{ printf "%.0f MB", $1 / 1e6 }') (base $("${PODMAN[@]}" image inspect -f '{{.Size}}' "$BASE" | awk '{ printf "%.0f MB", $1 / 1e6 }'), executable $(stat -c %s "$NATIVE_RUNNER" | awk '{ printf "%.1f MB", $1 / 1e6 }'))"
say "user:        $("${PODMAN[@]}" exec "$container" sh -c 'echo "uid $(id -u), gid $(id -g)"')"
say "started:     $("${PODMAN[@]}" logs "$container" 2>&1 | grep -o 'started in [0-9.]*s' | head -1); fixture issues ingested and /api/events answering $ready ms after podman run"
say "scrape:      $("${PODMAN[@]}" logs "$container" 2>&1 | grep 'IngestService' | grep -oE 'issue 665: .*' | head -1)"

curl -sf -D "$work/h" "$url/api/events?from=2026-07-01&size=200" -o "$work/events.json"
count=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["total"], len({e["country"] for e in d["items"] if e.get("country")}))' "$work/events.json")
check "/api/events" [ "${count%% *}" -gt 40 ]
say "/api/events: $(head -1 "$work/h" | tr -d '\r'), $(header "$work/h" content-type), total ${count%% *} events in ${count##* } countries from 2026-07-01"

curl -sf -D "$work/h" "$url/calendar.ics?from=2026-07-01" -o "$work/cal.ics"
vevents=$(grep -c '^BEGIN:VEVENT' "$work/cal.ics" || true)
check "/calendar.ics" grep -q '^END:VCALENDAR' "$work/cal.ics"
check "/calendar.ics has every event" [ "$vevents" -eq "${count%% *}" ]
say "/calendar.ics: $(head -1 "$work/h" | tr -d '\r'), $(header "$work/h" content-type), $vevents VEVENTs, $(wc -c < "$work/cal.ics") bytes, ETag $(header "$work/h" etag)"

curl -sf -D "$work/h" "$url/calendars/europe.ics?from=2026-07-01" -o "$work/europe.ics"
check "/calendars/europe.ics" grep -q '^BEGIN:VEVENT' "$work/europe.ics"
say "/calendars/europe.ics: $(head -1 "$work/h" | tr -d '\r'), $(grep -c '^BEGIN:VEVENT' "$work/europe.ics") VEVENTs"

curl -sf -D "$work/h" "$url/?from=2026-07-01" -o "$work/index.html"
check "/ lists events" [ "$(grep -c '<li class="event">' "$work/index.html")" -gt 0 ]
curl -sf -o "$work/chart.svg" "$url/stats/chart.svg"
check "/stats/chart.svg" grep -q '<svg' "$work/chart.svg"
say "/:           $(head -1 "$work/h" | tr -d '\r'), $(header "$work/h" content-type), $(grep -c '<li class="event">' "$work/index.html") events, $(wc -c < "$work/index.html") bytes; /stats/chart.svg $(wc -c < "$work/chart.svg") bytes"

status=$(curl -s -o "$work/health.json" -w '%{http_code}' "$url/q/health")
check "/q/health" [ "$status" = 200 ]
say "/q/health:   $status $(tr -d ' \n' < "$work/health.json" | cut -c1-60)"

say "smoke test passed"

if $write; then
  section=$(cat <<EOF
## Native image and container smoke test

\`deploy/smoke.sh --write\` builds \`deploy/Dockerfile.native\` with podman (no Docker engine and
no registry here) on a Debian bookworm minbase made with debootstrap
(\`--build-arg BASE_IMAGE=$BASE\`; elsewhere the same file builds on Quarkus'
micro image), runs it under podman as its non-root user against a throwaway PostgreSQL 15 with
the fixture site (TWiR 662-665) mounted as its source, and checks the API, the calendars and the
health check. Last output, at commit \`$(bench_commit)\` on $(date -u +%Y-%m-%d) ($(nproc) CPUs, podman $(podman --version | awk '{ print $3 }'), runc):

\`\`\`
$(cat "$out")
\`\`\`
EOF
)
  put_section "## Native image and container smoke test" "$section"
fi
