#!/usr/bin/env bash
# npm test: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() {
  local name=$1
  shift
  local t0
  t0=$(date +%s)
  echo "── $name"
  "$@"
  echo "── $name: $(( $(date +%s) - t0 )) s"
}
step typecheck npm run --silent typecheck
step lint npm run --silent lint
step format npm run --silent format:check
step "unit and integration tests" npx vitest run --project unit --project integration
step "demo build" npm run --silent build
step "real-backend build" npm run --silent build:real
step chromium bash scripts/ensure-chromium.sh
step "browser tests" npx vitest run --project e2e
echo "── all checks passed in $(( $(date +%s) - started )) s"
