"""One row per real-world project (``link_id``) with every plan, quote, status and deadline it has, and the
counts an analyst pastes (city × category, deadline)."""

from __future__ import annotations

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


def _per_plan(grp: pd.DataFrame, col: str, sep: str = "；") -> str:
    """``plan：value`` for each plan that gives one (``hbey-2018：推进；nmg-bohai：建成``)."""
    return sep.join(dict.fromkeys(f"{p}：{v}" for p, v in zip(grp["plan_id"], grp[col].fillna("")) if v))


def _pick(grp: pd.DataFrame) -> pd.Series:
    """The row that names the project: a line, site or works before a task; then the most common name, the longest."""
    rows = grp[grp["project_type"] != "task"] if (grp["project_type"] != "task").any() else grp
    counts = rows["name"].value_counts()
    best = max(counts.index, key=lambda n: (counts[n], len(n), n))
    return rows[rows["name"] == best].iloc[0]


def summary_row(link: str, grp: pd.DataFrame) -> dict:
    """The project of one link_id: its rows' plans, quotes, statuses, deadlines and units together."""
    first = _pick(grp)
    drawn = grp[grp.geometry.notna()]
    buckets = sorted({deadline_bucket(d) for d in grp["deadline"]} - ({"未定"} if grp["deadline"].fillna("").ne("").any() else set()),
                     key=bucket_order)
    return {"link_id": link, "name": first["name"], "category": first["category"], "project_type": first["project_type"],
            "plans": _union(grp["plan_id"]), "plan_count": grp["plan_id"].nunique(), "project_ids": _union(grp["project_id"]),
            "tasks": _union(grp["task"]), **{c: _union(grp[c]) for c in ("cities", "city_adcodes", "cluster_cities",
                                                                        "cluster_city_adcodes", "ends", "county_adcodes")},
            "status": _per_plan(grp, "status"), "deadline": _union(grp["deadline"]), "deadline_bucket": buckets[0],
            "responsible": _union(grp["responsible"]), "responsible_full": _union(grp["responsible_full"]),
            "quote": _per_plan(grp, "quote", "\n"), "geometry_method": (drawn if len(drawn) else grp).iloc[0]["geometry_method"],
            "geometry": drawn.geometry.iloc[0] if len(drawn) else None}


def summary_frame(projects: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The ``project_summary`` layer: one row per link_id, in the order the projects first appear."""
    rows = [summary_row(link, grp) for link, grp in projects.groupby("link_id", sort=False)]
    return layer_frame(rows, "project_summary")


def city_group(cluster_cities: object, city: str | None = None) -> str:
    """Where the summary counts a project: the chosen city; else its one cluster city, 多市 or 区外."""
    if city:
        return city
    cs = [c for c in str(cluster_cities or "").split(",") if c]
    return cs[0] if len(cs) == 1 else SEVERAL if cs else OUTSIDE


def counts_by_city_category(sel: pd.DataFrame, categories: list[str], city: str | None = None) -> pd.DataFrame:
    """Projects by city (each counted once: see :func:`city_group`) × category, with totals; sums to ``len(sel)``."""
    if sel.empty:
        return pd.DataFrame()
    groups = sel["cluster_cities"].map(lambda c: city_group(c, city)).rename("城市 city")
    t = pd.crosstab(groups, sel["category"].rename("类别 category"), margins=True, margins_name=TOTAL)
    cols = [c for c in categories if c in t.columns] + sorted(set(t.columns) - set(categories) - {TOTAL}) + [TOTAL]
    order = sorted(set(t.index) - {TOTAL, SEVERAL, OUTSIDE}) + [g for g in (SEVERAL, OUTSIDE, TOTAL) if g in t.index]
    return t.loc[order, cols]


def counts_by_deadline(sel: pd.DataFrame) -> pd.DataFrame:
    """Projects by deadline bucket (a project with several deadlines counts under its earliest), with the total."""
    if sel.empty:
        return pd.DataFrame()
    counts = sel["deadline_bucket"].value_counts()
    order = sorted(counts.index, key=bucket_order)
    out = pd.DataFrame({"项目 projects": [int(counts[b]) for b in order]}, index=pd.Index(order, name="完成时限 deadline"))
    out.loc[TOTAL] = int(counts.sum())
    return out
