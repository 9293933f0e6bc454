"""Where the project's files are, in a clone and in an installed wheel; the one place that decides.

``DATA`` holds the tables the code reads (``gazetteer/``, ``lexicon/``, ``gshhg/``, ``layout/``, ``plans/``).
In a clone (run from the source tree, or installed with ``pip install -e .``) it is the clone's ``data/``;
a wheel (``pip install .``) carries a copy of those tables as the package ``plan_explorer_data``, used when
the code does not sit in a clone. ``PLAN_EXPLORER_DATA`` names another folder of the same layout.

``WORK`` is where derived files go unless told otherwise (the GeoPackage ``hbe_plans.gpkg`` and
``cache/``): the clone's ``data/``; for an installed wheel ``$XDG_CACHE_HOME/plan-explorer``
(``~/.cache/plan-explorer``), never site-packages. ``PLAN_EXPLORER_GPKG`` and ``PLAN_EXPLORER_CACHE``
move each of them.
"""

from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
"""The folder holding the packages: a clone's root, or site-packages for a wheel."""
IN_CLONE = (REPO / "data" / "gazetteer").is_dir()


def _shipped_data() -> Path | None:
    spec = find_spec("plan_explorer_data")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


def _data_dir() -> Path:
    if os.environ.get("PLAN_EXPLORER_DATA"):
        return Path(os.environ["PLAN_EXPLORER_DATA"])
    if IN_CLONE:
        return REPO / "data"
    return _shipped_data() or REPO / "data"  # a missing table is then named by the error that reads it


def _work_dir() -> Path:
    if IN_CLONE:
        return REPO / "data"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "plan-explorer"


DATA = _data_dir()
WORK = _work_dir()
PACKAGES = (REPO / "geo", REPO / "layers")
"""The code a build depends on (its files are part of the GeoPackage's input hash)."""
