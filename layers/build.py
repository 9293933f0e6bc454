"""Build every layer from the corpus: geoparse each plan, then one builder per layer, then one write."""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geo import paths
from geo.corpus import PLANS_DIR, Plan
from geo.crs import ALBERS_CHINA
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.geoparse import Mention, geoparse_plan
from geo.pipeline import Parsed
from layers.admin import CLUSTER_CITIES, admin_polygon, unit_type
from layers.plan_layers import (
    MENTION_COLUMNS,
    Lookups,
    NoStore,
    PlanLayers,
    ProjectStore,
    mention_columns,
    one_facility_each,
    plan_layers,
    plan_projects_cached,
)
from layers.positions import port_type
from layers.project_summary import summary_frame
from layers.projects import Context
from layers.schema import LAYERS, layer_frame
from layers.writer import write_geopackage

DATA = paths.DATA
DEFAULT_GPKG = Path(os.environ.get("PLAN_EXPLORER_GPKG", paths.WORK / "hbe_plans.gpkg"))
"""Where the corpus GeoPackage lives (``data/hbe_plans.gpkg`` in a clone, see :mod:`geo.paths`); the
environment variable PLAN_EXPLORER_GPKG moves it."""


def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    # written together, as Chinese place names are (Mandulakouan)
    return "".join(lazy_pinyin(name)).capitalize()


def _known(place: Place | None, what: str) -> Place:
    """A unit the build relies on (an adcode the gazetteer listed, a unit named in layouts.json)."""
    if place is None:
        raise KeyError(f"{what} is not in the gazetteer")
    return place


def _plans_of(df: pd.DataFrame) -> str:
    return ",".join(sorted(set(df["plan_id"])))


def place_name(pid: str, written: str, g: Gazetteer) -> str:
    """A place's one name: the gazetteer's, else the one its id was made of (ctx:NAME), else as written."""
    if pid in g.places:
        return g.places[pid].name_zh
    return pid[4:] if pid.startswith("ctx:") else written


def places_frame(mentions: pd.DataFrame, g: Gazetteer) -> gpd.GeoDataFrame:
    """One row per located place, with every plan and mention that names it (mentions of one facility share
    its id, see layers/positions.py)."""
    rows = []
    pts = mentions[mentions["lon"].notna()]
    for pid, grp in pts.groupby("place_id", sort=True):
        first = grp.iloc[0]
        base = g.places.get(pid)
        adcode = first["adcode"]
        home = g.by_adcode(adcode) if adcode else None
        name = place_name(pid, first["name_zh"], g)
        rows.append(
            {
                "place_id": pid,
                "name_zh": name,
                "name_pinyin": _pinyin(name),
                "kind": first["kind"],
                "adcode": adcode,
                "city_adcode": home.city_adcode if home else "",
                "coord_source": first["coord_source"],
                "precision_m": first["precision_m"],
                "plans": _plans_of(grp),
                "mention_count": len(grp),
                "source": base.source if base else "",
                "subkind": base.subkind if base else "",
                "status": next((s for s in grp["status"] if s), ""),
                "geometry": Point(first["lon"], first["lat"]),
            }
        )
    return layer_frame(rows, "places")


def admin_frames(mentions: pd.DataFrame, g: Gazetteer) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    plans_by_ad: dict[str, set[str]] = defaultdict(set)
    for ad, plan in zip(mentions["adcode"], mentions["plan_id"]):
        if ad:
            plans_by_ad[ad].add(plan)
    named_city = {p.adcode for p in g.places.values() if p.kind == "city" and p.adcode in plans_by_ad}
    counties = sorted(
        {ad for ad in plans_by_ad if (p := g.by_adcode(ad)) and p.level == 3}
        | {p.adcode for p in g.places.values() if p.level == 3 and p.city_adcode in CLUSTER_CITIES}
    )
    c_rows = []
    for ad in counties:
        p = _known(g.by_adcode(ad), ad)
        c_rows.append(
            {
                "adcode": ad,
                "name_zh": p.name_zh,
                "city_adcode": p.city_adcode,
                "unit_type": unit_type(p.name_zh),
                "plans": ",".join(sorted(plans_by_ad.get(ad, ()))),
                "geometry_method": "admin_polygon",
                "geometry": admin_polygon(ad),
            }
        )
    cities = sorted(named_city | set(CLUSTER_CITIES))
    t_rows = []
    for ad in cities:
        p = _known(g.by_adcode(ad), ad)
        prov = g.by_adcode(p.province_adcode)
        t_rows.append(
            {
                "adcode": ad,
                "name_zh": p.name_zh,
                "province": prov.name_zh if prov else "",
                "plans": ",".join(sorted(plans_by_ad.get(ad, ()))),
                "geometry_method": "admin_polygon",
                "geometry": admin_polygon(ad),
            }
        )
    return layer_frame(t_rows, "cities"), layer_frame(c_rows, "counties")


def point_layers(places: gpd.GeoDataFrame, g: Gazetteer) -> dict[str, gpd.GeoDataFrame]:
    """Towns, ports, airports, lakes and parks: the places of those kinds, with their layer's columns."""

    def subkind(pid: str) -> str:
        return g.places[pid].subkind if pid in g.places else ""

    ports = places[places["kind"] == "port"].copy()
    ports["port_type"] = [subkind(p) or port_type(n) for p, n in zip(ports["place_id"], ports["name_zh"])]
    air = places[places["kind"] == "airport"].copy()
    air["airport_type"] = [subkind(p) or _airport_type(n) for p, n in zip(air["place_id"], air["name_zh"])]
    air["icao"] = [
        g.places[p].anchor.partition(":")[2]
        if p in g.places and g.places[p].anchor.startswith("icao:")
        else ""
        for p in air["place_id"]
    ]
    layers = {
        "towns": places[places["kind"] == "town"],
        "ports": ports,
        "airports": air,
        "lakes": places[(places["kind"] == "water") & (places["subkind"].fillna("") == "湖泊")],
        "parks": places[places["kind"] == "park"].rename(columns={"subkind": "park_type"}),
    }
    return {name: df[LAYERS[name]["columns"] + ["geometry"]] for name, df in layers.items()}


def _through(places) -> MultiLineString:
    """A schematic line through the places' points, in order."""
    return MultiLineString([LineString([(p.lon, p.lat) for p in places])])


def _airport_type(name: str) -> str:
    return next((t for t in ("通用机场", "支线机场", "国际机场", "新机场") if t in name), "运输机场")


def line_layers(mentions: pd.DataFrame, g: Gazetteer) -> dict[str, gpd.GeoDataFrame]:
    """Rail, roads and energy: corridors found in the text, and named lines of the curated table."""

    def row(kind: str, key: str, name: str, line_type: str, pts: list, grp: pd.DataFrame) -> dict:
        return {
            "line_id": f"{kind}:{key}",
            "name_zh": name,
            "line_type": line_type,
            "status": next((s for s in grp["status"] if s), ""),
            "plans": _plans_of(grp),
            "geometry_method": "waypoints (schematic)",
            "waypoints": "—".join(p.name_zh for p in pts),
            "geometry": _through(pts),
        }

    out = {}
    for kind, layer in (("rail", "rail"), ("road", "roads"), ("energy", "energy")):
        rows = []
        for key, grp in mentions[(mentions["kind"] == kind) & (mentions["waypoints"] != "")].groupby(
            "waypoints", sort=True
        ):
            pts = [g.places[p] for p in key.split("|") if p in g.places]
            # ends located at one point (both by their county) draw no line
            if len({(p.lon, p.lat) for p in pts}) >= 2:
                name = grp.iloc[0]["name_zh"]
                rows.append(row(kind, "—".join(p.name_zh for p in pts), name, _line_type(name), pts, grp))
        named = mentions[(mentions["kind"] == kind) & mentions["place_id"].str.startswith("cur:")]
        for pid, grp in named.groupby("place_id", sort=True):
            p = g.places[pid]
            if p.anchor.startswith("line:"):
                rows.append(
                    row(kind, p.name_zh, p.name_zh, p.subkind, [g.by_adcode(a) for a in p.members], grp)
                )
        out[layer] = layer_frame(rows, layer)
    return out


def _line_type(name: str) -> str:
    return next(
        (
            t
            for t in (
                "高速铁路",
                "城际铁路",
                "快速铁路",
                "高铁",
                "铁路",
                "高速公路",
                "公路",
                "特高压",
                "管道",
            )
            if t in name
        ),
        "",
    )


@lru_cache(maxsize=1)
def _gshhg_lines() -> list[tuple[int, BaseGeometry]]:
    """The committed GSHHG river lines with their level, read once."""
    doc = json.loads((DATA / "gshhg" / "rivers.geojson").read_text(encoding="utf-8"))
    return [(f["properties"]["gshhg_level"], shape(f["geometry"])) for f in doc["features"]]


def matched_river(counties: list[str]):
    """The GSHHG river line (not the Yellow River's level 1) that crosses every one of the given counties, or
    None.

    This names an unnamed GSHHG segment from the counties a river is known to flow through (无定河:
    靖边, 横山, 米脂, 绥德); a river GSHHG lacks at its resolution stays a county-union area.
    """
    polys = [admin_polygon(a) for a in counties]
    hits = [line for level, line in _gshhg_lines() if level > 1 and all(line.intersects(p) for p in polys)]
    return MultiLineString([hits[0]]) if len(polys) >= 2 and len(hits) == 1 else None


@lru_cache(maxsize=1)
def yellow_river() -> MultiLineString:
    """GSHHG level-1 river parts inside the cluster's cities: the Yellow River main stem there."""
    area = unary_union([admin_polygon(c) for c in ("150100", "150200", "150600", "610800")]).buffer(0.05)
    parts = [line for level, line in _gshhg_lines() if level == 1]
    clipped = [p.intersection(area) for p in parts if p.intersects(area)]
    lines = [ln for c in clipped for ln in getattr(c, "geoms", [c]) if ln.geom_type == "LineString"]
    return MultiLineString(lines)


def _albers(geom, inverse: bool = False):
    """Geometry between WGS 84 and the equal-area Albers for China (for buffers in metres)."""
    import numpy as np
    from pyproj import Transformer

    src, dst = ("EPSG:4326", ALBERS_CHINA) if not inverse else (ALBERS_CHINA, "EPSG:4326")
    t = Transformer.from_crs(src, dst, always_xy=True)
    return shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))


def _county_union(names: list[str], g: Gazetteer, near: str) -> tuple[object, str]:
    units = [u for n in names if (u := g.admin_by_name(n, near))]
    return unary_union([admin_polygon(u.adcode) for u in units]), ",".join(u.adcode for u in units)


def named_area_layers(mentions: pd.DataFrame, g: Gazetteer) -> dict[str, gpd.GeoDataFrame]:
    """Rivers (GSHHG lines), landforms and eco zones (county unions) of the curated places the plans name."""
    rivers = [
        {
            "river_id": "gshhg:yellow",
            "name_zh": "黄河",
            "geometry_method": "gshhg",
            "geometry": yellow_river(),
            "plans": _plans_of(mentions[mentions["place_id"] == "cur:黄河"]),
        }
    ]
    areas: dict[str, list[dict]] = {"landforms": [], "eco_zones": []}
    for pid, grp in mentions[mentions["place_id"].str.startswith("cur:")].groupby("place_id", sort=True):
        p = g.places[pid]
        kind_a, _, val = p.anchor.partition(":")
        if kind_a == "ne":
            _natural_earth_row(p, _plans_of(grp), rivers, areas["landforms"])
            continue
        if kind_a != "counties":
            continue
        geom, members = _county_union(val.split("|"), g, p.adcode)
        line = matched_river(members.split(",")) if p.kind == "water" else None
        if line is not None:
            rivers.append(
                {
                    "river_id": pid,
                    "name_zh": p.name_zh,
                    "plans": _plans_of(grp),
                    "geometry": line,
                    "geometry_method": "gshhg (unnamed segment matched to the counties it crosses)",
                }
            )
            continue
        areas["landforms" if p.kind == "landform" else "eco_zones"].append(
            {
                "zone_id": pid,
                "name_zh": p.name_zh,
                "zone_type": p.subkind,
                "plans": _plans_of(grp),
                "geometry_method": "county_union (schematic)",
                "members": members,
                "geometry": geom,
            }
        )
    return {"rivers": layer_frame(rivers, "rivers"), **{k: layer_frame(v, k) for k, v in areas.items()}}


def _natural_earth_row(p: Place, plans: str, rivers: list[dict], landforms: list[dict]) -> None:
    """A river or landform drawn with its Natural Earth geometry (not schematic): a river's centreline in
    ``rivers``, a landform's area in ``landforms``; lakes and seas stay points of their layers."""
    from geo import naturalearth

    geom = naturalearth.geometry(p)
    method = f"naturalearth (Natural Earth 10m, {p.anchor})"
    if geom is None:
        return
    if p.kind == "water" and "Line" in geom.geom_type:
        lines = [x for x in getattr(geom, "geoms", [geom]) if x.geom_type == "LineString"]
        rivers.append(
            {
                "river_id": p.place_id,
                "name_zh": p.name_zh,
                "plans": plans,
                "geometry": MultiLineString(lines),
                "geometry_method": method,
            }
        )
    elif p.kind == "landform" and "Polygon" in geom.geom_type:
        parts = [x for x in getattr(geom, "geoms", [geom]) if x.geom_type == "Polygon"]
        landforms.append(
            {
                "zone_id": p.place_id,
                "name_zh": p.name_zh,
                "zone_type": p.subkind,
                "plans": plans,
                "geometry_method": method,
                "members": ",".join(p.members),
                "geometry": shapely.MultiPolygon(parts),
            }
        )


def plan_quote(plan: Plan | None, parts: list[str]) -> tuple[str, str]:
    """The plan's sentences containing each of ``parts`` (in order, each once) and where the first stands:
    ``《title》第三章 空间布局 · 第一节 …``. Parts the plan does not contain are skipped."""
    if plan is None:
        return "", ""
    found = []
    for part in parts:
        s = next((s for s in plan.sentences if part in s.text), None)
        if s is not None and s not in found:
            found.append(s)
    if not found:
        return "", ""
    where = " · ".join(x for x in (found[0].chapter, found[0].section) if x)
    return "".join(s.text for s in found), f"《{plan.meta.get('title', plan.plan_id)}》{where}"


def _layout_row(spec: dict, plans: dict[str, Plan], geometry, method: str) -> dict:
    quote, source = plan_quote(plans.get(spec["plan_id"]), spec.get("quote", []))
    return {
        "plan_id": spec["plan_id"],
        "name_zh": spec["name_zh"],
        "role": spec["role"],
        "rule": spec["rule"],
        "geometry_method": method,
        "style": spec.get("style", ""),
        "quote": quote,
        "quote_source": source,
        "method_zh": spec.get("rule_zh", ""),
        "geometry": geometry,
    }


def _layout_nodes(ax: dict, axis_row: dict, g: Gazetteer) -> list[dict]:
    """The supporting nodes and the centres an axis joins, at their seats, quoting the axis's sentences."""
    # pairings add no centres
    centres = ax["waypoints"] if "轴" in ax["role"] or "轴" in ax["name_zh"] else []
    rows = []
    for n, role in [(n, "支撑节点") for n in ax.get("nodes", [])] + [(n, "中心城市") for n in centres]:
        p = _known(g.admin_by_name(n), n)
        rows.append(
            {
                "plan_id": ax["plan_id"],
                "name_zh": p.name_zh,
                "role": role,
                "adcode": p.adcode,
                "axis": ax["name_zh"],
                "style": "layout:centre_node" if role == "中心城市" else "layout:support_node",
                "quote": axis_row["quote"],
                "quote_source": axis_row["quote_source"],
                "coord_source": p.coord_source,
                "precision_m": p.precision_m,
                "geometry": Point(p.lon, p.lat),
            }
        )
    return rows


@lru_cache(maxsize=1)
def layout_plan_ids() -> frozenset[str]:
    """The plans whose sentences the layouts of data/layout/layouts.json quote."""
    spec = json.loads((DATA / "layout" / "layouts.json").read_text(encoding="utf-8"))
    return frozenset(
        x["plan_id"] for part in spec.values() if isinstance(part, list) for x in part if isinstance(x, dict)
    )


def layout_layers(g: Gazetteer, plans: Sequence[Plan] = ()) -> dict[str, gpd.GeoDataFrame]:
    """The plans' spatial structures from data/layout/layouts.json (rules in docs/layout.md), each feature
    with its style, the plan's own sentences (``quote``, ``quote_source``) and how it was drawn, in Chinese
    (``method_zh``)."""
    spec = json.loads((DATA / "layout" / "layouts.json").read_text(encoding="utf-8"))
    by_id = {p.plan_id: p for p in plans}
    axes, belts, zones, nodes = [], [], [], []
    for ax in spec["axes"] + spec["axes_2021"]:
        axes.append(
            _layout_row(
                ax, by_id, _through([g.admin_by_name(n) for n in ax["waypoints"]]), "waypoints (schematic)"
            )
        )
        nodes += _layout_nodes(ax, axes[-1], g)
    for b in spec["belts"]:
        geom = _albers(
            _albers(yellow_river()).buffer(b["buffer_km"] * 1000, quad_segs=4).simplify(500), inverse=True
        )
        belts.append(_layout_row(b, by_id, geom, "gshhg_buffer (schematic)"))
    for z in spec["zones"]:
        geom, members = _county_union(z["members"], g, "150000")
        zones.append({**_layout_row(z, by_id, geom, "county_union (schematic)"), "members": members})
    return {
        "layout_axes": layer_frame(axes, "layout_axes"),
        "layout_belts": layer_frame(belts, "layout_belts"),
        "layout_zones": layer_frame(zones, "layout_zones"),
        "layout_nodes": layer_frame(nodes, "layout_nodes"),
    }


def build_frames(
    plans: list[Plan],
    g: Gazetteer,
    progress: Callable[[str], None] = lambda s: None,
    *,
    keep_words: bool = True,
) -> dict:
    """All layers as data frames (pure: no file is written)."""
    parsed = {}
    for p in plans:
        progress(f"geoparse {p.plan_id}")
        parsed[p.plan_id] = geoparse_plan(p, g, keep_words=keep_words, sections=True)
    return frames_of_parsed(plans, parsed, g, progress)


def frames_of_parsed(
    plans: list[Plan],
    parsed: dict[str, list[tuple[Mention, int]]],
    g: Gazetteer,
    progress: Callable[[str], None] = lambda s: None,
) -> dict:
    """All layers from plans already geoparsed (``parsed``: plan_id → mentions with their sentence index);
    positions are settled over the whole corpus first (one identity per facility, honest precision:
    layers/positions.py)."""
    return frames_of_units([plan_layers(p, parsed[p.plan_id], g) for p in plans], g, progress)


def frames_of_units(
    units: list[PlanLayers],
    g: Gazetteer,
    progress: Callable[[str], None] = lambda s: None,
    store: ProjectStore | None = None,
) -> dict:
    """All layers from every plan's share (:mod:`layers.plan_layers`, made now or kept from an earlier build):
    rule 6 of layers/positions.py over the corpus, then the layers that group the mentions, then the projects
    (those of ``store`` where their inputs are unchanged)."""
    changes = one_facility_each(units, g)
    mentions = pd.DataFrame(mention_columns(units, changes), columns=MENTION_COLUMNS)
    progress("places")
    places = places_frame(mentions, g)
    progress("admin polygons")
    cities, counties = admin_frames(mentions, g)
    frames = {
        "plans": pd.DataFrame([u.plan_row for u in units]),
        "mentions": mentions,
        "places": places,
        "cities": cities,
        "counties": counties,
    }
    frames.update(point_layers(places, g))
    frames.update(line_layers(mentions, g))
    progress("layout and zones")
    frames.update(named_area_layers(mentions, g))
    frames.update(layout_layers(g, [u.the_plan() for u in units if u.plan_id in layout_plan_ids()]))
    progress("projects")
    lookups = Lookups(Context(frames, g))
    rows = [
        r for u, ch in zip(units, changes) for r in plan_projects_cached(u, ch, lookups, store or NoStore())
    ]
    frames["projects"] = (
        layer_frame(rows, "projects").drop_duplicates(subset=["project_id"]).reset_index(drop=True)
    )
    frames["project_summary"] = summary_frame(frames["projects"])
    return frames


BUILD_DATA = ("context", "gazetteer", "gshhg", "layout", "lexicon", "naturalearth")
"""The folders of data/ a build reads (data/cache is what it writes)."""


def input_hash(plans_dir: Path) -> str:
    """SHA-256 over everything a build reads: plans, gazetteer tables, layouts, rivers and the code."""
    h = hashlib.sha256()
    files = [
        *sorted(Path(plans_dir).iterdir()),
        *(f for d in BUILD_DATA for f in sorted((DATA / d).glob("*"))),
        *(f for package in paths.PACKAGES for f in sorted(package.glob("*.py"))),
    ]
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _summary(mentions: pd.DataFrame) -> pd.DataFrame:
    summary = mentions.groupby("plan_id").agg(
        mentions=("mention_id", "count"), located=("lon", lambda s: int(s.notna().sum()))
    )
    summary["lines_or_unlocated"] = summary["mentions"] - summary["located"]
    return summary


BUILD_STEPS = 5
"""Progress messages of a build besides one per plan: places, admin polygons, layout and zones, projects,
write."""


def _is_db(out) -> bool:
    return str(out).startswith(("postgresql://", "postgres://"))


def _built_hash(out, schema: str | None) -> str | None:
    """The input hash recorded in the ``build_info`` of ``out`` (GeoPackage or database), None if there is
    none."""
    if _is_db(out):
        from layers.postgis import built_hash

        return built_hash(str(out), schema)
    import pyogrio

    from layers.writer import is_whole

    try:
        if not is_whole(Path(out)):
            return None  # a damaged or incomplete file is rebuilt, never reported up to date
        info = pyogrio.read_dataframe(out, layer="build_info", read_geometry=False)
        return dict(zip(info["key"], info["value"])).get("input_hash")
    except Exception:  # noqa: BLE001 - an unreadable or old file is simply rebuilt
        return None


def build(
    plans_dir: Path = PLANS_DIR,
    out: Path | str | None = None,
    progress: Callable[[str], None] = lambda s: None,
    *,
    force: bool = False,
    jobs: int = 1,
    schema: str | None = None,
    grant: tuple[str, ...] = (),
) -> tuple[Path | str, pd.DataFrame]:
    """Read, geoparse and write the layers; returns where they went and the per-plan summary.

    ``out`` is a GeoPackage (default :data:`DEFAULT_GPKG`) or a ``postgresql://`` URL (then ``schema`` of that
    database, see :mod:`layers.postgis`; ``grant`` names roles given read access). Plans are parsed in
    ``jobs`` processes, each only when its files or the code changed (:mod:`layers.parsing`). When ``out``
    already holds a build of the same inputs (same :func:`input_hash`), nothing is redone.
    """
    from layers.parsing import DiskProjects, corpus_layers

    target: Path | str = str(out) if _is_db(out) else Path(out or DEFAULT_GPKG)
    digest = input_hash(plans_dir)
    if not force and (isinstance(target, str) or target.exists()) and _built_hash(target, schema) == digest:
        progress("up to date")
        return target, _summary(_read_mentions(target, schema))
    g = load_gazetteer()
    units = corpus_layers(plans_dir, g, jobs=jobs, progress=progress)
    frames = frames_of_units(units, g, progress, store=DiskProjects())
    frames["build_info"] = pd.DataFrame(
        {
            "key": ["input_hash", "plans", "mentions", "crs"],
            "value": [digest, ",".join(u.plan_id for u in units), str(len(frames["mentions"])), "EPSG:4326"],
        }
    )
    progress("write")
    if isinstance(target, str):
        from layers.postgis import write_postgis

        write_postgis(frames, target, schema=schema, grant=grant)
    else:
        write_geopackage(frames, target, incremental=True)
    return target, _summary(frames["mentions"])


def _read_mentions(out, schema: str | None) -> pd.DataFrame:
    if _is_db(out):
        from layers.postgis import read_postgis

        return read_postgis(str(out), schema, layers=["mentions"])["mentions"]
    import pyogrio

    return pyogrio.read_dataframe(out, layer="mentions", read_geometry=False)


def document_frames(parsed: Parsed, g: Gazetteer | None = None) -> dict:
    """The layers of one parsed document (:mod:`geo.pipeline`), made as ``layers build`` makes a corpus's: the
    same mentions, places, lines and areas for the same file, whether it came from a folder or the Add a plan
    page."""
    plan, mentions = parsed
    return frames_of_parsed([plan], {plan.plan_id: mentions}, g or load_gazetteer())


def plan_to_geopackage(plan: Plan, out: Path, g: Gazetteer | None = None) -> Path:
    """Write one (uploaded) plan's layers, same schema as the corpus GeoPackage, to ``out``."""
    # nothing on disk
    return write_geopackage(build_frames([plan], g or load_gazetteer(), keep_words=False), out)
