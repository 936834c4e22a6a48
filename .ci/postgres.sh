# shellcheck shell=bash
# Throwaway PostgreSQL 15 cluster for tests (sourced, not run):
#   source .ci/postgres.sh; pg_start DATABASE...; ... $PG_PORT ...
# pg_start, pg_stop, pg_sql and the cleanup on exit are written once, in lib/sh/common.sh with
# the other shell rules that the scripts share; this file only sources it, so that CI and the
# README's command by hand keep their `source .ci/postgres.sh`.
# shellcheck source=../lib/sh/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/sh/common.sh"
