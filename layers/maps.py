"""What each map of the explorer shows, as layer specs: plain data, built once per selection and cached by the
app.

Every function returns ``(specs, bounds)``: the layers bottom first (see :func:`layers.webmap.layer_specs`)
and the box the map opens fitted to. Popups are in Chinese (:mod:`layers.describe`); the offline context
(neighbouring provinces and prefectures, rivers) lies under every map.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from layers.admin import CLUSTER_CITIES
from layers.context import context_frames, view_box
from layers.describe import feature_rows, layout_rows, project_rows, titles_of
from layers.webmap import layer_specs, popup_html

LAYOUT_KINDS = ("layout_zones", "layout_belts", "layout_axes", "layout_nodes")


COMPACT_TOLERANCE = 0.01
"""Half-width maps (the two plans side by side) draw shapes to ~1 km and less context around: two maps, one
payload."""


def context_specs(
    bounds, *, exclude: tuple[str, ...] = (), focus=None, gcj02: bool = False, compact: bool = False
) -> tuple:
    """Neighbouring provinces and prefectures (grey, named) and rivers: the offline basemap under a view,
    shapes simplified to the view's scale (~2 km around a cluster, more for a view of China). Built once per
    view."""
    return _context_specs(tuple(float(v) for v in bounds), tuple(exclude), focus, gcj02, compact)


@lru_cache(maxsize=16)
def _context_specs(bounds: tuple, exclude: tuple[str, ...], focus, gcj02: bool, compact: bool) -> tuple:
    span = max(bounds[2] - bounds[0], bounds[3] - bounds[1])
    tolerance = max(0.02, span / 1500) * (1.5 if compact else 1)
    ctx = context_frames(
        bounds, exclude=exclude, focus=focus, tolerance=tolerance, margin=0.35 if compact else 0.6
    )
    common: dict[str, Any] = {"legend": False, "tooltip": None, "gcj02": gcj02}
    return tuple(
        layer_specs(ctx["province"], "context:province", label="label", **common)
        + layer_specs(ctx["prefecture"], "context:prefecture", label="label", **common)
        + layer_specs(ctx["river"], "context:river", label=None, **common)
    )


def _admin_specs(
    frames: dict, counties: pd.DataFrame, label_cities: bool, gcj02: bool, tolerance: float = 0.0
) -> list[dict]:
    """Counties (light, emphasised against the grey context) and their prefectures, with Chinese popups."""
    titles = titles_of(frames.get("plans"))
    city_names = dict(zip(frames["cities"]["adcode"], frames["cities"]["name_zh"]))
    cities = frames["cities"][frames["cities"]["adcode"].isin(counties["city_adcode"])].copy()
    if "label" not in cities.columns:
        cities["label"] = cities["name_zh"] if label_cities else ""

    def county(row: dict) -> str:
        return popup_html(
            row["name_zh"],
            [("所属地级市", city_names.get(row["city_adcode"], "")), ("类型", row["unit_type"])]
            + feature_rows(row, ["plans"], titles),
        )

    def city(row: dict) -> str:
        return popup_html(row["name_zh"], feature_rows(row, ["province", "plans"], titles))

    return layer_specs(
        counties, "counties", name="旗县区", popup=county, label=None, gcj02=gcj02, tolerance=tolerance
    ) + layer_specs(
        cities, "cities", name="地级市", popup=city, label="label", gcj02=gcj02, tolerance=tolerance
    )


def layout_specs(
    frames: dict, plan: str, *, gcj02: bool = False, compact: bool = False
) -> tuple[list[dict], tuple]:
    """One plan's layout over the cluster: every zone, the belt, the axis and links, the nodes, each styled
    and named."""
    counties = frames["counties"][frames["counties"]["city_adcode"].isin(CLUSTER_CITIES)]
    bounds = tuple(float(v) for v in counties.total_bounds)
    sel = {k: frames[k][frames[k]["plan_id"] == plan].copy() for k in LAYOUT_KINDS}
    names = dict(zip(frames["counties"]["adcode"], frames["counties"]["name_zh"]))
    centres = set(sel["layout_nodes"].loc[sel["layout_nodes"]["role"] == "中心城市", "name_zh"])
    cities = frames["cities"].assign(label=[("" if n in centres else n) for n in frames["cities"]["name_zh"]])
    zones = sel["layout_zones"]

    def layout(row: dict) -> str:
        return popup_html(row["name_zh"], layout_rows(row, names))

    def river(row: dict) -> str:
        return popup_html(row["name_zh"], feature_rows(row, ["geometry_method"]))

    focus = frames["cities"][frames["cities"]["adcode"].isin(CLUSTER_CITIES)].union_all().simplify(0.02)
    tol = COMPACT_TOLERANCE if compact else 0.0
    specs = list(context_specs(bounds, exclude=CLUSTER_CITIES, focus=focus, gcj02=gcj02, compact=compact))
    specs += _admin_specs({**frames, "cities": cities}, counties, True, gcj02, tol)
    barrier = zones["style"] == "layout:barrier"
    specs += layer_specs(zones[~barrier], "layout_zones", popup=layout, gcj02=gcj02, tolerance=tol)
    specs += layer_specs(zones[barrier], "layout_zones", popup=layout, gcj02=gcj02, show=False, tolerance=tol)
    specs += layer_specs(sel["layout_belts"], "layout_belts", popup=layout, gcj02=gcj02, tolerance=tol)
    specs += layer_specs(frames["rivers"], "rivers", popup=river, gcj02=gcj02, along=0.3)
    specs += layer_specs(sel["layout_axes"], "layout_axes", popup=layout, gcj02=gcj02, along=0.45)
    # a node is its seat: no ring of uncertainty
    nodes = sel["layout_nodes"].drop(columns="precision_m", errors="ignore")
    specs += layer_specs(nodes, "layout_nodes", popup=layout, gcj02=gcj02)
    return specs, bounds


LAYER_FIELDS = (
    "kind",
    "port_type",
    "airport_type",
    "park_type",
    "zone_type",
    "line_type",
    "status",
    "plans",
    "waypoints",
    "coord_source",
    "precision_m",
    "geometry_method",
    "quote",
    "quote_source",
)
POINT_KINDS = ("ports", "airports", "lakes", "parks", "towns", "places")
LAYERS_TOLERANCE = 0.01
"""The Layers page draws every layer of every plan, China-wide: shapes simplified to ~1 km, a pixel at its
opening zoom."""


def _quotes(frames: dict) -> pd.DataFrame:
    """The first sentence naming each place, with its plan, chapter and section in words."""
    titles = titles_of(frames.get("plans"))
    first = frames["mentions"].groupby("place_id")[["sentence", "plan_id", "chapter", "section"]].first()
    where = [
        " · ".join(x for x in (titles.get(p, p), c, s) if x)
        for p, c, s in zip(first["plan_id"], first["chapter"], first["section"])
    ]
    return pd.DataFrame({"quote": first["sentence"], "quote_source": where}, index=first.index)


def layers_specs(
    frames: dict, plans: tuple[str, ...], kinds: tuple[str, ...], *, gcj02: bool = False
) -> tuple[list[dict], tuple]:
    """The chosen layers of the chosen plans over every county named, popups linking to the Place page."""
    from urllib.parse import quote

    from layers.styles import legend_label

    titles, quotes = titles_of(frames.get("plans")), _quotes(frames)
    cluster = frames["counties"][frames["counties"]["city_adcode"].isin(CLUSTER_CITIES)]
    # opens on the cluster; features elsewhere are a pan away
    bounds = tuple(float(v) for v in cluster.total_bounds)
    specs = list(
        context_specs(
            bounds, exclude=tuple(frames["cities"]["adcode"]) if "cities" in kinds else (), gcj02=gcj02
        )
    )
    for key in kinds:
        df = frames[key]
        if "plans" in df.columns and len(df):
            df = df[df["plans"].fillna("").apply(lambda s: any(p in s.split(",") for p in plans))]
        if "place_id" in df.columns:
            df = df.join(quotes, on="place_id")

        def popup(row: dict) -> str:
            link = f"page_place?place={quote(str(row['place_id']))}" if row.get("place_id") else ""
            return popup_html(
                row.get("name_zh", ""), feature_rows(row, list(LAYER_FIELDS), titles), link=link
            )

        label = "name_zh" if key in POINT_KINDS + ("eco_zones", "landforms", "cities") else None
        specs += layer_specs(
            df, key, name=legend_label(key), popup=popup, label=label, gcj02=gcj02, tolerance=LAYERS_TOLERANCE
        )
    return specs, bounds


def place_specs(frames: dict, place_id: str, *, gcj02: bool = False) -> tuple[list[dict], tuple]:
    """One place over its neighbourhood; an imprecise place as the circle it may lie in."""
    row = frames["places"][frames["places"]["place_id"] == place_id]
    p = row.iloc[0]
    x, y = p.geometry.x, p.geometry.y
    reach = min(max(float(p["precision_m"] or 0) / 90_000, 0.4), 4.0)  # degrees: the whole circle in view
    bounds = (x - reach, y - reach * 0.8, x + reach, y + reach * 0.8)
    titles = titles_of(frames.get("plans"))

    def popup(r: dict) -> str:
        return popup_html(
            r["name_zh"], feature_rows(r, ["kind", "plans", "coord_source", "precision_m", "source"], titles)
        )

    # drawn, named, above
    specs = list(context_specs(bounds, exclude=tuple(frames["cities"]["adcode"]), gcj02=gcj02))
    near = frames["counties"][frames["counties"].intersects(view_box(bounds, 0.3))]
    specs += _admin_specs(frames, near, True, gcj02)
    specs += layer_specs(row, "places", name=str(p["name_zh"]), popup=popup, gcj02=gcj02)
    return specs, bounds


def split_at(geom, area):
    """A line's parts inside and outside ``area`` (points and areas are not split): (inside, outside or
    None)."""
    if area is None or geom.geom_type not in ("LineString", "MultiLineString") or geom.within(area):
        return geom, None
    inside, outside = geom.intersection(area), geom.difference(area)
    return (None if inside.is_empty else inside), (None if outside.is_empty else outside)


def view_bounds(geoms, focus=None, cluster=None) -> tuple[float, float, float, float] | None:
    """Where the map looks for a selection: the parts of its geometries inside ``focus`` (the chosen city or
    county), else the focus itself; with no focus, their parts inside ``cluster``, else (none there) the
    geometries themselves, else the cluster. ``None`` when there is nothing to look at."""
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    for area in [focus] if focus is not None else [cluster, None]:
        parts = [b for g in geoms for b in [g if area is None else g.intersection(area)] if not b.is_empty]
        if parts:
            x0, y0, x1, y1 = zip(*(b.bounds for b in parts))
            return min(x0), min(y0), max(x1), max(y1)
    area = focus if focus is not None else cluster
    return tuple(area.bounds) if area is not None else None


PROJECT_FIELDS = ["category", "plans", "status", "deadline", "responsible", "cluster_cities", "ends", "quote"]


def project_parts(sel, cluster):
    """The drawn projects, styled by category (``style``) and in reverse legend order, so the legend lists the
    categories in the order of :data:`layers.styles.PROJECT_CATEGORIES`; a line is cut at the cluster's edge
    and its parts outside carry ``faded``."""
    import geopandas as gpd

    from layers.styles import PROJECT_CATEGORIES, project_style

    rows = []
    for row in sel[sel.geometry.notna()].to_dict("records"):
        inside, outside = split_at(row["geometry"], cluster)
        rows += [
            {**row, "geometry": g, "faded": out}
            for g, out in ((inside, False), (outside, True))
            if g is not None
        ]
    parts = gpd.GeoDataFrame(rows, columns=[*sel.columns, "faded"], geometry="geometry", crs=sel.crs)
    parts["style"] = parts["category"].map(project_style)
    order = {f"project:{c}": i for i, c in enumerate(PROJECT_CATEGORIES)}
    return parts.sort_values("style", key=lambda s: s.map(order), ascending=False, kind="stable")


def projects_specs(
    frames: dict,
    links: tuple[str, ...],
    city: str | None = None,
    county: str | None = None,
    picked: str | None = None,
    *,
    gcj02: bool = False,
) -> tuple[list[dict], tuple]:
    """The selected projects (``project_summary`` rows) over the cluster, a layer and legend line per
    category, lines faded outside the cluster; fitted to the selection within the chosen city or county, or to
    the ``picked`` one."""
    from layers.filters import focus_areas

    summary = frames["project_summary"]
    sel = summary[summary["link_id"].isin(links)]
    focus, cluster = focus_areas(frames["cities"], frames["counties"], city, county)
    if picked in set(sel["link_id"]):  # a row clicked in the table: the map looks at that project
        bounds = view_bounds(sel[sel["link_id"] == picked].geometry, None, cluster)
    else:
        bounds = view_bounds(sel.geometry, focus, cluster)
    assert bounds is not None, "view_bounds falls back on the cluster, which is never missing"
    counties = frames["counties"][frames["counties"]["city_adcode"].isin(CLUSTER_CITIES)]
    titles = titles_of(frames.get("plans"))

    def popup(row: dict) -> str:
        return popup_html(row["name"], project_rows(row, PROJECT_FIELDS, titles))

    outline = cluster.simplify(0.02)
    # the cluster's, once
    around = (*np.minimum(bounds[:2], cluster.bounds[:2]), *np.maximum(bounds[2:], cluster.bounds[2:]))
    specs = list(context_specs(around, exclude=CLUSTER_CITIES, focus=outline, gcj02=gcj02))
    specs += _admin_specs(frames, counties, True, gcj02)
    drawn = layer_specs(
        project_parts(sel, outline),
        "projects",
        popup=popup,
        tooltip="name",
        label=None,
        gcj02=gcj02,
        tolerance=COMPACT_TOLERANCE,
    )
    return specs + unplaced_specs(sel, {s["style"] for s in drawn}) + drawn, tuple(float(v) for v in bounds)


def unplaced_specs(sel, drawn: set[str]) -> list[dict]:
    """An empty layer, so a legend line, for each category of the selection none of whose projects has a place
    on the map (a work plan's task of coordination): the legend names every category the table and summary
    count."""
    from layers.styles import PROJECT_CATEGORIES, legend_label, project_style

    keys = [
        k
        for k in dict.fromkeys(project_style(c) for c in PROJECT_CATEGORIES if c in set(sel["category"]))
        if k not in drawn
    ]
    return [
        {
            "name": f"{legend_label(k)}（无图上位置）",
            "label": f"{legend_label(k)}（无图上位置）",
            "style": k,
            "show": True,
            "legend": True,
            "extra": "",
            "geojson": '{"type":"FeatureCollection","features":[]}',
        }
        for k in reversed(keys)
    ]
