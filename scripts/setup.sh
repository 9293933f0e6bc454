#!/usr/bin/env bash
# Set up everything the explorer and its tests need, idempotently.
#   bash scripts/setup.sh          # Python venv + pinned packages (enough for the explorer)
#   bash scripts/setup.sh --test   # also Debian packages the tests use: chromium, CJK fonts, tesseract, poppler,
#                                  # PostgreSQL 15 + PostGIS 3 (the tests start their own throwaway cluster)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if [[ "${1:-}" == "--test" ]]; then
  need=()
  for pkg in chromium fonts-noto-cjk tesseract-ocr tesseract-ocr-chi-sim poppler-utils postgresql postgresql-15-postgis-3; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if (( ${#need[@]} )); then
    if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
    echo "installing Debian packages: ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
stamp=.venv/.requirements.sha
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r requirements.txt
  # GDAL's GeoPackage validator (pure Python); --no-deps because it would pull GDAL's bindings
  .venv/bin/python -m pip install -q --no-deps gdal-utils==3.13.3.0
  echo "$want" > "$stamp"
fi
