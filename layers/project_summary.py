"""One row per real-world project (``link_id``) with every plan, quote, status and deadline it has, and the
counts an analyst pastes (city × category, deadline)."""

from __future__ import annotations

from collections import Counter

import geopandas as gpd
import pandas as pd

from layers.projects import bucket_order, deadline_bucket
from layers.schema import layer_frame

SEVERAL = "多市 several cities"
OUTSIDE = "区外 outside the cluster"
TOTAL = "合计 total"


def _union(values) -> str:
    """Comma-separated values, each once, in order of appearance."""
    return ",".join(dict.fromkeys(x for v in values for x in str(v or "").split(",") if x))


def _filled(v: object) -> object:
    """A missing value (None, NaN) as ''."""
    return "" if v is None or v != v else v


def _per_plan(grp: list[dict], col: str, sep: str = "；") -> str:
    """``plan：value`` for each plan that gives one (``hbey-2018：推进；nmg-bohai：建成``)."""
    return sep.join(dict.fromkeys(f"{r['plan_id']}：{_filled(r[col])}" for r in grp if _filled(r[col])))


def _pick(grp: list[dict]) -> dict:
    """The row that names the project: a line, site or works before a task; then the most common name, the
    longest."""
    rows = [r for r in grp if r["project_type"] != "task"] or grp
    counts = Counter(r["name"] for r in rows)
    best = max(counts, key=lambda n: (counts[n], len(n), n))
    return next(r for r in rows if r["name"] == best)


def summary_row(link: str, grp: list[dict]) -> dict:
    """The project of one link_id (``grp``: its rows, in order): their plans, quotes, statuses, deadlines and
    units together."""
    first = _pick(grp)
    drawn = [r for r in grp if r["geometry"] is not None]
    dated = any(_filled(r["deadline"]) != "" for r in grp)
    buckets = sorted(
        {deadline_bucket(r["deadline"]) for r in grp} - ({"未定"} if dated else set()), key=bucket_order
    )
    col = {
        c: [r[c] for r in grp]
        for c in (
            "plan_id",
            "project_id",
            "task",
            "deadline",
            "responsible",
            "responsible_full",
            *PLACE_COLUMNS,
        )
    }
    return {
        "link_id": link,
        "name": first["name"],
        "category": first["category"],
        "project_type": first["project_type"],
        "plans": _union(col["plan_id"]),
        "plan_count": len(set(col["plan_id"]) - {None}),
        "project_ids": _union(col["project_id"]),
        "tasks": _union(col["task"]),
        **{c: _union(col[c]) for c in PLACE_COLUMNS},
        "status": _per_plan(grp, "status"),
        "deadline": _union(col["deadline"]),
        "deadline_bucket": buckets[0],
        "responsible": _union(col["responsible"]),
        "responsible_full": _union(col["responsible_full"]),
        "quote": _per_plan(grp, "quote", "\n"),
        "geometry_method": (drawn or grp)[0]["geometry_method"],
        "geometry": drawn[0]["geometry"] if drawn else None,
    }


PLACE_COLUMNS = ("cities", "city_adcodes", "cluster_cities", "cluster_city_adcodes", "ends", "county_adcodes")


def summary_frame(projects: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The ``project_summary`` layer: one row per link_id, in the order the projects first appear."""
    columns = list(projects.columns)
    records = [
        dict(zip(columns, values)) for values in zip(*(projects[c].to_numpy(dtype=object) for c in columns))
    ]
    groups: dict[str, list[dict]] = {}
    for r in records:
        # as groupby: no group for a missing link_id
        if r["link_id"] is not None and r["link_id"] == r["link_id"]:
            groups.setdefault(r["link_id"], []).append(r)
    rows = [summary_row(link, grp) for link, grp in groups.items()]
    return layer_frame(rows, "project_summary")


def city_group(cluster_cities: object, city: str | None = None) -> str:
    """Where the summary counts a project: the chosen city; else its one cluster city, 多市 or 区外."""
    if city:
        return city
    cs = [c for c in str(cluster_cities or "").split(",") if c]
    return cs[0] if len(cs) == 1 else SEVERAL if cs else OUTSIDE


def counts_by_city_category(
    sel: pd.DataFrame, categories: list[str], city: str | None = None
) -> pd.DataFrame:
    """Projects by city (each counted once: see :func:`city_group`) × category, with totals; sums to
    ``len(sel)``."""
    if sel.empty:
        return pd.DataFrame()
    groups = sel["cluster_cities"].map(lambda c: city_group(c, city)).rename("城市 city")
    t = pd.crosstab(groups, sel["category"].rename("类别 category"), margins=True, margins_name=TOTAL)
    cols = (
        [c for c in categories if c in t.columns]
        + sorted(set(t.columns) - set(categories) - {TOTAL})
        + [TOTAL]
    )
    order = sorted(set(t.index) - {TOTAL, SEVERAL, OUTSIDE}) + [
        g for g in (SEVERAL, OUTSIDE, TOTAL) if g in t.index
    ]
    return t.loc[order, cols]


def counts_by_deadline(sel: pd.DataFrame) -> pd.DataFrame:
    """Projects by deadline bucket (a project with several deadlines counts under its earliest), with the
    total."""
    if sel.empty:
        return pd.DataFrame()
    counts = sel["deadline_bucket"].value_counts()
    order = sorted(counts.index, key=bucket_order)
    out = pd.DataFrame(
        {"项目 projects": [int(counts[b]) for b in order]}, index=pd.Index(order, name="完成时限 deadline")
    )
    out.loc[TOTAL] = int(counts.sum())
    return out
