#!/usr/bin/env bash
# `npm test`: every suite. Unit; integration on SQLite, and on PostgreSQL when POSTGRES_URL is set or
# a server answers on 127.0.0.1:5432; whole-process checks; browser tests against a production build.
# FORMWORK_SKIP_BUILD=1 reuses an existing build (local iteration only).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash test/ensure-browser.sh
mkdir -p tmp
if [ "${FORMWORK_SKIP_BUILD:-0}" != "1" ] || [ ! -f .next/BUILD_ID ]; then
  echo "Building the production app for the browser tests…"
  if ! node node_modules/next/dist/bin/next build > tmp/build.log 2>&1; then
    cat tmp/build.log
    exit 1
  fi
fi
FORMWORK_E2E=1 node node_modules/vitest/vitest.mjs run "$@"
