"""What each map of the explorer shows, as layer specs: plain data, built once per selection and cached by the app.

Every function returns ``(specs, bounds)``: the layers bottom first (see :func:`layers.webmap.layer_specs`) and
the box the map opens fitted to. Popups are in Chinese (:mod:`layers.describe`); the offline context
(neighbouring provinces and prefectures, rivers) lies under every map.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from layers.admin import CLUSTER_CITIES
from layers.context import context_frames, view_box
from layers.describe import feature_rows, layout_rows, titles_of
from layers.webmap import layer_specs, popup_html

LAYOUT_KINDS = ("layout_zones", "layout_belts", "layout_axes", "layout_nodes")


COMPACT_TOLERANCE = 0.01
"""Half-width maps (the two plans side by side) draw shapes to ~1 km and less context around: two maps, one payload."""


def context_specs(bounds, *, exclude: tuple[str, ...] = (), focus=None, gcj02: bool = False, compact: bool = False) -> tuple:
    """Neighbouring provinces and prefectures (grey, named) and rivers: the offline basemap under a view, shapes
    simplified to the view's scale (~2 km around a cluster, more for a view of China). Built once per view."""
    return _context_specs(tuple(float(v) for v in bounds), tuple(exclude), focus, gcj02, compact)


@lru_cache(maxsize=16)
def _context_specs(bounds: tuple, exclude: tuple[str, ...], focus, gcj02: bool, compact: bool) -> tuple:
    span = max(bounds[2] - bounds[0], bounds[3] - bounds[1])
    tolerance = max(0.02, span / 1500) * (1.5 if compact else 1)
    ctx = context_frames(bounds, exclude=exclude, focus=focus, tolerance=tolerance, margin=0.35 if compact else 0.6)
    common: dict[str, Any] = {"legend": False, "tooltip": None, "gcj02": gcj02}
    return tuple(layer_specs(ctx["province"], "context:province", label="label", **common)
                 + layer_specs(ctx["prefecture"], "context:prefecture", label="label", **common)
                 + layer_specs(ctx["river"], "context:river", label=None, **common))


def _admin_specs(frames: dict, counties: pd.DataFrame, label_cities: bool, gcj02: bool, tolerance: float = 0.0) -> list[dict]:
    """Counties (light, emphasised against the grey context) and their prefectures, with Chinese popups."""
    titles = titles_of(frames.get("plans"))
    city_names = dict(zip(frames["cities"]["adcode"], frames["cities"]["name_zh"]))
    cities = frames["cities"][frames["cities"]["adcode"].isin(counties["city_adcode"])].copy()
    if "label" not in cities.columns:
        cities["label"] = cities["name_zh"] if label_cities else ""

    def county(row: dict) -> str:
        return popup_html(row["name_zh"], [("所属地级市", city_names.get(row["city_adcode"], "")), ("类型", row["unit_type"])]
                          + feature_rows(row, ["plans"], titles))

    def city(row: dict) -> str:
        return popup_html(row["name_zh"], feature_rows(row, ["province", "plans"], titles))

    return (layer_specs(counties, "counties", name="旗县区", popup=county, label=None, gcj02=gcj02, tolerance=tolerance)
            + layer_specs(cities, "cities", name="地级市", popup=city, label="label", gcj02=gcj02, tolerance=tolerance))


def layout_specs(frames: dict, plan: str, *, gcj02: bool = False, compact: bool = False) -> tuple[list[dict], tuple]:
    """One plan's layout over the cluster: every zone, the belt, the axis and links, the nodes, each styled and named."""
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
    nodes = sel["layout_nodes"].drop(columns="precision_m", errors="ignore")  # a node is its seat: no ring of uncertainty
    specs += layer_specs(nodes, "layout_nodes", popup=layout, gcj02=gcj02)
    return specs, bounds


LAYER_FIELDS = ("kind", "port_type", "airport_type", "park_type", "zone_type", "line_type", "status", "plans", "waypoints",
                "coord_source", "precision_m", "geometry_method", "quote", "quote_source")
POINT_KINDS = ("ports", "airports", "lakes", "parks", "towns", "places")
LAYERS_TOLERANCE = 0.01
"""The Layers page draws every layer of every plan, China-wide: shapes simplified to ~1 km, a pixel at its opening zoom."""


def _quotes(frames: dict) -> pd.DataFrame:
    """The first sentence naming each place, with its plan, chapter and section in words."""
    titles = titles_of(frames.get("plans"))
    first = frames["mentions"].groupby("place_id")[["sentence", "plan_id", "chapter", "section"]].first()
    where = [" · ".join(x for x in (titles.get(p, p), c, s) if x) for p, c, s in zip(first["plan_id"], first["chapter"], first["section"])]
    return pd.DataFrame({"quote": first["sentence"], "quote_source": where}, index=first.index)


def layers_specs(frames: dict, plans: tuple[str, ...], kinds: tuple[str, ...], *, gcj02: bool = False) -> tuple[list[dict], tuple]:
    """The chosen layers of the chosen plans over every county named, popups linking to the Place page."""
    from urllib.parse import quote

    from layers.styles import legend_label

    titles, quotes = titles_of(frames.get("plans")), _quotes(frames)
    cluster = frames["counties"][frames["counties"]["city_adcode"].isin(CLUSTER_CITIES)]
    bounds = tuple(float(v) for v in cluster.total_bounds)  # opens on the cluster; features elsewhere are a pan away
    specs = list(context_specs(bounds, exclude=tuple(frames["cities"]["adcode"]) if "cities" in kinds else (), gcj02=gcj02))
    for key in kinds:
        df = frames[key]
        if "plans" in df.columns and len(df):
            df = df[df["plans"].fillna("").apply(lambda s: any(p in s.split(",") for p in plans))]
        if "place_id" in df.columns:
            df = df.join(quotes, on="place_id")

        def popup(row: dict) -> str:
            link = f"page_place?place={quote(str(row['place_id']))}" if row.get("place_id") else ""
            return popup_html(row.get("name_zh", ""), feature_rows(row, list(LAYER_FIELDS), titles), link=link)

        label = "name_zh" if key in POINT_KINDS + ("eco_zones", "landforms", "cities") else None
        specs += layer_specs(df, key, name=legend_label(key), popup=popup, label=label, gcj02=gcj02, tolerance=LAYERS_TOLERANCE)
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
        return popup_html(r["name_zh"], feature_rows(r, ["kind", "plans", "coord_source", "precision_m", "source"], titles))

    specs = list(context_specs(bounds, exclude=tuple(frames["cities"]["adcode"]), gcj02=gcj02))  # drawn, named, above
    near = frames["counties"][frames["counties"].intersects(view_box(bounds, 0.3))]
    specs += _admin_specs(frames, near, True, gcj02)
    specs += layer_specs(row, "places", name=str(p["name_zh"]), popup=popup, gcj02=gcj02)
    return specs, bounds
