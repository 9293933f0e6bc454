"""Derived data kept between runs in ``data/cache/`` (``PLAN_EXPLORER_CACHE`` moves it): never committed,
always rebuilt when what it was made from changes, and optional — a read-only folder only costs time."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from geo import paths

CACHE = Path(os.environ.get("PLAN_EXPLORER_CACHE", paths.WORK / "cache"))
T = TypeVar("T")


def fingerprint(paths: Iterable[Path], *extra: str) -> str:
    """A hash of the files' bytes (missing files count as empty) and of ``extra`` strings."""
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.exists() else b"")
    for x in extra:
        h.update(x.encode())
    return h.hexdigest()[:20]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``, or the object pickled under ``name``-``key`` by an earlier run. Unpickling runs with the
    garbage collector paused (it would otherwise walk every new object several times)."""
    path = CACHE / f"{name}-{key}.pickle"
    try:
        gc.disable()
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    finally:
        gc.enable()
    obj = build()
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        for old in CACHE.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=CACHE, suffix=".tmp", delete=False) as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass
    return obj
