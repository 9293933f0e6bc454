"""Filters for projects, and their options, built from the data.

Every filter reads the per-plan rows (``projects``): a project is selected when one of its plans' rows matches
all the filters at once; the selection is shown as its ``project_summary`` rows (one per link_id).
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from layers.admin import CLUSTER_CITIES
from layers.project_summary import OUTSIDE
from layers.projects import bucket_order, deadline_bucket
from layers.styles import PROJECT_CATEGORIES


def _has(series: pd.Series, value: str) -> pd.Series:
    """Rows whose comma-separated ``series`` holds ``value``."""
    return series.fillna("").str.split(",").apply(lambda xs: value in xs)


def filter_projects(
    projects: gpd.GeoDataFrame,
    counties: gpd.GeoDataFrame | None = None,
    *,
    city: str | None = None,
    county: str | None = None,
    categories: list[str] | None = None,
    plans: list[str] | None = None,
    statuses: list[str] | None = None,
    deadline: str | None = None,
    buckets: list[str] | None = None,
    units: list[str] | None = None,
) -> gpd.GeoDataFrame:
    """The per-plan rows matching every given filter.

    ``city``: a cluster city the project lies in (:data:`OUTSIDE`: none); ``county``: an adcode; ``deadline``
    'YYYY-MM': dated rows due by then; ``buckets``: deadline buckets (2024-12, 持续推进, 长期坚持, 未定);
    ``units``: responsible units in full."""
    p = projects
    if city == OUTSIDE:
        p = p[p["cluster_cities"].fillna("") == ""]
    elif city:
        p = p[_has(p["cluster_cities"], city)]
    if county:
        p = p[_has(p["county_adcodes"], county)]
    if categories:
        p = p[p["category"].isin(categories)]
    if plans:
        p = p[p["plan_id"].isin(plans)]
    if statuses:
        p = p[p["status"].isin(statuses)]
    if deadline:
        dated = p["deadline"].fillna("").str.match(r"^\d{4}-\d{2}$")
        p = (
            p[dated & (p["deadline"].fillna("") <= deadline)]
            if deadline[:4].isdigit()
            else p[p["deadline"] == deadline]
        )
    if buckets:
        p = p[p["deadline"].map(deadline_bucket).isin(buckets)]
    if units:
        p = p[p["responsible_full"].fillna("").str.split(",").apply(lambda xs: bool(set(xs) & set(units)))]
    return p


def select_projects(summary: gpd.GeoDataFrame, projects: gpd.GeoDataFrame, **filters) -> gpd.GeoDataFrame:
    """The ``project_summary`` rows (one per link_id) of the projects some row of which matches
    ``filters``."""
    links = set(filter_projects(projects, **filters)["link_id"])
    return summary[summary["link_id"].isin(links)]


def _split(series: pd.Series) -> set[str]:
    return {x for v in series.fillna("") for x in str(v).split(",") if x}


def filter_options(
    projects: pd.DataFrame, counties: pd.DataFrame, plans: pd.DataFrame, city: str | None = None
) -> dict:
    """The choices each filter offers, from the data: cluster cities (then 区外 when a project lies outside),
    the chosen city's counties that projects name, categories in the legend's order, plans in corpus order,
    statuses, deadline buckets that occur and responsible units in full."""
    codes = _split(projects["cluster_city_adcodes"])
    names = dict(zip(projects["cluster_city_adcodes"].fillna(""), projects["cluster_cities"].fillna("")))
    by_code = {c: n for cs, ns in names.items() for c, n in zip(cs.split(","), ns.split(",")) if c}
    cities = [by_code[c] for c in CLUSTER_CITIES if c in codes]
    if (projects["cluster_cities"].fillna("") == "").any():
        cities.append(OUTSIDE)
    city_code = next((c for c, n in by_code.items() if n == city), None)
    if city == OUTSIDE:
        in_city = pd.Series(False, index=counties.index)
    else:
        in_city = (
            counties["city_adcode"] == city_code
            if city_code
            else counties["city_adcode"].isin(CLUSTER_CITIES)
        )
    cs = counties[in_city & counties["adcode"].isin(_split(projects["county_adcodes"]))]
    present = set(projects["category"])
    return {
        "cities": cities,
        "counties": dict(zip(cs.sort_values("adcode")["adcode"], cs.sort_values("adcode")["name_zh"])),
        "categories": [c for c in PROJECT_CATEGORIES if c in present]
        + sorted(present - set(PROJECT_CATEGORIES)),
        "plans": [p for p in plans["plan_id"] if p in set(projects["plan_id"])],
        "statuses": sorted(s for s in set(projects["status"].dropna()) if s),
        "buckets": sorted({deadline_bucket(d) for d in projects["deadline"]}, key=bucket_order),
        "units": sorted(_split(projects["responsible_full"])),
    }


def focus_areas(
    cities: gpd.GeoDataFrame, counties: gpd.GeoDataFrame, city: str | None = None, county: str | None = None
):
    """The chosen county's or city's area (None when neither is chosen, or for 区外) and the cluster's
    area."""
    from shapely.ops import unary_union

    cluster = unary_union(list(cities[cities["adcode"].isin(CLUSTER_CITIES)].geometry))
    if county:
        focus = counties[counties["adcode"] == county].geometry
    elif city and city != OUTSIDE:
        focus = cities[cities["name_zh"] == city].geometry
    else:
        focus = None
    return (focus.iloc[0] if focus is not None and len(focus) else None), cluster
