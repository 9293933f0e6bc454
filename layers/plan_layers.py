"""The part of the layers that one plan decides alone, kept between builds so that a rebuild redoes only what
changed.

A build's layers come from every plan's mentions, settled over the whole corpus (:mod:`layers.positions`).
Most of that work looks at one plan only:

- rules 1–5 of :mod:`layers.positions` (:func:`layers.positions.settle_plan`), the plan's rows of the
  ``mentions`` and ``plans`` tables: a :class:`PlanLayers`, made once per plan and code (:func:`plan_layers`);
- its projects (:func:`layers.projects.plan_projects`), which depend on the plan, on what rule 6 (one identity
  per facility, over the corpus) made of its facilities, and on the lines' and areas' geometries they look up:
  kept with those inputs' digests (:func:`plan_projects_cached`) and redone only when one of them changed.

What stays corpus-wide is cheap: rule 6 over the facilities' mentions, the groupings of the mentions into
places, lines and areas, and the project summary. The result is the same as building every plan anew: the same
rows, in the same order.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import shapely

from geo.corpus import Plan
from geo.gazetteer import Gazetteer
from geo.mention import Mention
from layers.positions import ONE_FACILITY_FIELDS, as_one_facility, identity, settle_plan, speakers
from layers.projects import Context, plan_projects, status_of
from layers.schema import LAYERS

MENTION_COLUMNS = [*LAYERS["mentions"]["columns"], "waypoints", "status"]
"""The ``mentions`` table's columns (layers/schema.py) and two a build works with before it writes them."""


@dataclass
class PlanLayers:
    """One plan's share of the layers, before rule 6 (one identity per facility over the corpus)."""

    plan_id: str
    key: str
    """What it was made from (the plan's files and manifest entry, the code); '' when it is not kept."""
    plan_row: dict
    settled: list[tuple[Mention, int]]
    """The plan's mentions through rules 1–5, with their sentence index."""
    columns: dict[str, list]
    """The plan's rows of the ``mentions`` table (:data:`MENTION_COLUMNS`), column by column."""
    facilities: list[int]
    """Which of ``settled`` name a facility (rule 6 may give them another mention's id and position)."""
    plan: Plan | None = field(default=None, repr=False, compare=False)
    load: Callable[[], Plan] | None = field(default=None, repr=False, compare=False)

    def the_plan(self) -> Plan:
        """The structured plan (read back from the parse cache when this was kept without it)."""
        if self.plan is None:
            if self.load is None:
                raise ValueError(f"plan {self.plan_id!r} is neither at hand nor loadable")
            self.plan = self.load()
        return self.plan

    def kept(self) -> PlanLayers:
        """This without the plan and its loader, as it is stored."""
        return replace(self, plan=None, load=None)


def mention_row(plan: Plan, n: int, m: Mention, k: int) -> dict:
    """The ``mentions`` row of the ``n``-th mention of ``plan`` (in sentence ``k``)."""
    s = plan.sentences[k]
    raw_file, rs, re_ = plan.raw_location(m.start, m.end)
    return {
        "mention_id": f"{plan.plan_id}:{n:05d}",
        "plan_id": plan.plan_id,
        "chapter": s.chapter,
        "section": s.section,
        "sentence": s.text,
        "start": m.start,
        "end": m.end,
        "surface": m.surface,
        "name_zh": m.name_zh,
        "kind": m.kind,
        "place_id": m.place_id,
        "adcode": m.adcode,
        "lon": m.lon,
        "lat": m.lat,
        "score": m.score,
        "runner_up": m.runner_up,
        "precision_m": m.precision_m,
        "coord_source": m.coord_source,
        "note": m.note,
        "raw_file": raw_file,
        "raw_start": rs,
        "raw_end": re_,
        "waypoints": "|".join(m.line_stops),
        "status": status_of(s.text, m.start - s.start),
    }


def plan_row(p: Plan) -> dict:
    """The plan's row of the ``plans`` table."""
    return {
        "plan_id": p.plan_id,
        "title": p.meta.get("title", p.plan_id),
        "issuer": p.meta.get("issuer", ""),
        "issued": p.meta.get("issued", ""),
        "scope": p.meta.get("scope", ""),
        "witnesses": ",".join(s.witness for s in p.segments),
        "chapters": len(p.chapters()),
        "sentences": len(p.sentences),
        "issues": json.dumps(
            {k: sum(1 for i in p.issues if i.kind == k) for k in sorted({i.kind for i in p.issues})}
        ),
    }


def plan_layers(plan: Plan, parsed: list[tuple[Mention, int]], g: Gazetteer, key: str = "") -> PlanLayers:
    """One plan's share of the layers from its geoparsed mentions (``parsed``: mention, sentence index)."""
    settled = settle_plan(parsed, g, plan.text)
    rows = [mention_row(plan, n, m, k) for n, (m, k) in enumerate(settled)]
    columns = {c: [r[c] for r in rows] for c in MENTION_COLUMNS}
    facilities = [i for i, (m, _) in enumerate(settled) if identity(m, g) is not None]
    return PlanLayers(plan.plan_id, key, plan_row(plan), settled, columns, facilities, plan=plan)


def one_facility_each(units: list[PlanLayers], g: Gazetteer) -> list[dict[int, Mention]]:
    """Rule 6 over the corpus: for each plan, its mentions (by index) that take another mention's id and
    position."""
    best = speakers((u.settled[i][0] for u in units for i in u.facilities), g)
    out = []
    for u in units:
        changed = {i: as_one_facility(u.settled[i][0], best, g) for i in u.facilities}
        out.append({i: m for i, m in changed.items() if m is not u.settled[i][0]})
    return out


def unified(unit: PlanLayers, changes: dict[int, Mention]) -> list[tuple[Mention, int]]:
    """The plan's mentions after rule 6."""
    return [(changes.get(i, m), k) for i, (m, k) in enumerate(unit.settled)]


def mention_columns(units: list[PlanLayers], changes: list[dict[int, Mention]]) -> dict[str, list]:
    """The ``mentions`` table of the corpus, column by column, with rule 6's changes written in."""
    columns: dict[str, list] = {c: [] for c in MENTION_COLUMNS}
    for u, ch in zip(units, changes):
        base = len(columns["mention_id"])
        for c in MENTION_COLUMNS:
            columns[c] += u.columns[c]
        for i, m in ch.items():
            for f in ONE_FACILITY_FIELDS:
                columns[f][base + i] = getattr(m, f)
    return columns


def changes_digest(changes: dict[int, Mention]) -> str:
    """A digest of what rule 6 changed in one plan."""
    text = repr(sorted((i, tuple(getattr(m, f) for f in ONE_FACILITY_FIELDS)) for i, m in changes.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class ProjectStore(Protocol):
    """Where a plan's projects are kept between builds (:mod:`layers.parsing` keeps them on disk)."""

    def get(self, plan_id: str) -> dict | None: ...

    def put(self, plan_id: str, entry: dict) -> None: ...


class NoStore:
    """Nothing kept: every plan's projects are made anew."""

    def get(self, plan_id: str) -> dict | None:
        return None

    def put(self, plan_id: str, entry: dict) -> None:
        pass


class _Reads(dict):
    """A copy of a mapping that notes the keys read through :meth:`get` (what a plan's projects looked up)."""

    def __init__(self, data: dict):
        super().__init__(data)
        self.read: set = set()

    def get(self, key: Any, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)


class Lookups:
    """Digests of the geometries of a projects :class:`~layers.projects.Context`, made once per build."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.done: dict[tuple[str, str], str] = {}

    def digest(self, which: str, key: str) -> str:
        if (which, key) not in self.done:
            geom = getattr(self.ctx, which).get(key)
            self.done[which, key] = "" if geom is None else hashlib.sha256(shapely.to_wkb(geom)).hexdigest()
        return self.done[which, key]

    def valid(self, reads: Iterable[tuple[str, str, str]]) -> bool:
        return all(self.digest(which, key) == was for which, key, was in reads)


def plan_projects_cached(
    unit: PlanLayers, changes: dict[int, Mention], lookups: Lookups, store: ProjectStore
) -> list[dict]:
    """The plan's project rows: kept ones when the plan, rule 6's changes in it and the geometries they looked
    up are those they were made from, else made anew (and kept)."""
    key = f"{unit.key}:{changes_digest(changes)}" if unit.key else ""
    entry = store.get(unit.plan_id) if key else None
    if entry is not None and entry["key"] == key and lookups.valid(entry["reads"]):
        return [_with_geometry(r, lookups.ctx) for r in entry["rows"]]
    ctx = lookups.ctx
    lines, areas = _Reads(ctx.line_geom), _Reads(ctx.area_geom)
    watched = copy.copy(ctx)
    watched.line_geom, watched.area_geom = lines, areas
    rows = plan_projects(unit.the_plan(), unified(unit, changes), watched)
    reads = sorted(
        [("line_geom", k, lookups.digest("line_geom", k)) for k in lines.read]
        + [("area_geom", k, lookups.digest("area_geom", k)) for k in areas.read]
    )
    if key:
        shared = {id(getattr(ctx, which).get(k)): (which, k) for which, k, _ in reads}
        store.put(
            unit.plan_id, {"key": key, "reads": reads, "rows": [_by_reference(r, shared) for r in rows]}
        )
    return rows


def _by_reference(row: dict, shared: dict[int, tuple[str, str]]) -> dict:
    """A row to keep: a geometry it took from the context (a line's, a river's) kept as where it came from."""
    geom = row["geometry"]
    return (
        {**row, "geometry": ("context", *shared[id(geom)])}
        if geom is not None and id(geom) in shared
        else row
    )


def _with_geometry(row: dict, ctx: Context) -> dict:
    """A kept row with the context's geometry back in place (the very object: layers share it)."""
    geom = row["geometry"]
    if isinstance(geom, tuple) and geom[0] == "context":
        return {**row, "geometry": getattr(ctx, geom[1])[geom[2]]}
    return row
