#!/usr/bin/env bash
# Set up and run the tests; further arguments go to pytest. The time of each tier is printed at the end.
#   bash scripts/test.sh          # the whole suite, as CI runs it (sets up Debian chromium/fonts/tesseract too)
#   bash scripts/test.sh --fast   # the fast tier: pytest -m "not browser and not ocr and not postgis and not slow"
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--fast" ]]; then
  shift
  bash scripts/setup.sh
  exec .venv/bin/python -m pytest -q -m "not browser and not ocr and not postgis and not slow" "$@"
fi
bash scripts/setup.sh --test
exec .venv/bin/python -m pytest -q "$@"
