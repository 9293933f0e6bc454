"""Filters for projects: by prefecture city (named places and geometry), category, plan, status, deadline."""

from __future__ import annotations

import geopandas as gpd


def filter_projects(projects: gpd.GeoDataFrame, counties: gpd.GeoDataFrame, *, city: str | None = None,
                    county: str | None = None, categories: list[str] | None = None, plans: list[str] | None = None,
                    statuses: list[str] | None = None, deadline: str | None = None) -> gpd.GeoDataFrame:
    """Projects matching every given filter. ``deadline`` 'YYYY-MM' keeps dated projects due by then."""
    p = projects
    if city:
        p = p[p["cities"].fillna("").str.split(",").apply(lambda cs: city in cs)]
    if county:
        p = p[p["county_adcodes"].fillna("").str.contains(county)]
    if categories:
        p = p[p["category"].isin(categories)]
    if plans:
        p = p[p["plan_id"].isin(plans)]
    if statuses:
        p = p[p["status"].isin(statuses)]
    if deadline:
        if deadline[:4].isdigit():
            p = p[p["deadline"].fillna("").str.match(r"^\d{4}-\d{2}$") & (p["deadline"].fillna("") <= deadline)]
        else:
            p = p[p["deadline"] == deadline]
    return p
