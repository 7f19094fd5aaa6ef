#!/usr/bin/env bash
# Browser checks (axe-core + Nu Html Checker + 320 px screenshots) against the demo server.
# Needs: node 20 + npm, /usr/bin/chromium, java, and a built binary (cargo build).
# Usage: tests/browser/run.sh   (CARNET_BIN=path/to/carnet to check another build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [ ! -d node_modules ]; then
  # --ignore-scripts: nothing may download a browser or anything else at install time.
  npm ci --ignore-scripts --no-audit --no-fund
fi
exec node check.mjs "$@"
