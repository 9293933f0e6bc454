#!/usr/bin/env bash
# Set up and start the explorer. The GeoPackage is built first if it is missing or out of date
# (about two seconds; an up-to-date file is kept), then `streamlit run app.py` serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m layers build
exec .venv/bin/streamlit run app.py "$@"
