#!/usr/bin/env bash
# Set up everything the explorer and its tests need, idempotently.
#   bash scripts/setup.sh          # .venv with this clone installed editable (geo, layers, the planmap command)
#                                  # and every extra (app, export, postgis, test, dev), at the versions of requirements.txt
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
want=$(cat requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  # uv (from PyPI, pinned by the lock) installs what pip would, at the same versions, in a fifth of pip's CPU time:
  # downloads in parallel, no byte-compiling of every installed module (a first import compiles what it uses)
  .venv/bin/python -m pip install -q -c requirements.txt uv
  uv=(.venv/bin/uv pip install -q --python .venv/bin/python -c requirements.txt)
  # requirements.txt is the lock, used as constraints: it pins every package the extras pull in
  "${uv[@]}" -e ".[app,export,postgis,test,dev]"
  # GDAL's GeoPackage validator (pure Python, tests/test_layers.py), pinned by the lock but installed apart with
  # --no-deps: its metadata requires the GDAL bindings, which build only against a system libgdal, and the
  # validator runs without them. For that reason it cannot be in the test extra.
  "${uv[@]}" --no-deps gdal-utils
  echo "$want" > "$stamp"
fi
