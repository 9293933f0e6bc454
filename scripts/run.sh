#!/usr/bin/env bash
# Set up and start the explorer. The GeoPackage is built first if it is missing or out of date
# (about two seconds; an up-to-date file is kept), then `streamlit run app.py` serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m layers build
# one malloc arena per core, not per session thread: memory taken by many sessions at once goes back (layers/serve.py)
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} exec .venv/bin/streamlit run app.py "$@"
