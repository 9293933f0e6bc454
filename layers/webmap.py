"""Leaflet maps of the layers (folium), fully offline: every web asset is inlined as a data: URI.

Styles come from :mod:`layers.styles`, shared with the static export. Text from the plans reaches a
page only through :func:`escape`: folium writes popups and tooltips inside JavaScript template literals,
so HTML escaping alone is not enough there.
"""

from __future__ import annotations

import base64
import html
from functools import lru_cache

import folium
import geopandas as gpd
from branca.element import MacroElement
from shapely.geometry import box

from layers.styles import STYLES


@lru_cache(maxsize=1)
def make_folium_offline() -> int:
    """Swap folium's CDN addresses for embedded copies (folium-offline 0.20.0.2's ``_res``); returns the count."""
    from offlinefolium.elements import _res  # private name: folium-offline is pinned in requirements.txt

    def uri(url: str) -> str:
        mime = "text/css" if url.endswith(".css") else "application/javascript"
        return f"data:{mime};base64," + base64.b64encode(_res[url].encode("utf-8")).decode("ascii")

    classes = {folium.Map}
    stack = [MacroElement]
    while stack:
        for sub in stack.pop().__subclasses__():
            classes.add(sub)
            stack.append(sub)
    swapped = 0
    for cls in classes:
        for attr in ("default_js", "default_css"):
            items = cls.__dict__.get(attr)
            if not items:
                continue
            new = [(name, uri(url) if url in _res else url) for name, url in items]
            swapped += sum(1 for (_, a), (_, b) in zip(items, new) if a != b)
            setattr(cls, attr, new)
    return swapped


WEB_TOLERANCE_DEG = 0.005
"""Simplification for the web map (~500 m): invisible at the zoom levels of a city cluster."""
POLYGON_LAYERS = ("counties", "cities", "layout_zones", "layout_belts", "eco_zones")


def simplify_for_web(frames: dict, tolerance: float = WEB_TOLERANCE_DEG) -> dict:
    """Copies of the polygon and line layers simplified for the browser.

    Counties and cities are simplified as coverages (``shapely.coverage_simplify``), so neighbouring
    units still share their borders exactly; coordinates are rounded to 1e-5° (~1 m).
    """
    import shapely

    out = dict(frames)
    for name, df in frames.items():
        if not hasattr(df, "geometry") or df.empty:
            continue
        geoms = df.geometry.values
        if name in ("counties", "cities"):
            geoms = shapely.coverage_simplify(geoms, tolerance)
        elif name in POLYGON_LAYERS or name in ("rivers", "rail", "roads", "energy", "layout_axes"):
            geoms = shapely.simplify(geoms, tolerance / 2, preserve_topology=True)
        new = df.copy()
        new.geometry = shapely.set_precision(geoms, 1e-5)
        out[name] = new
    return out


_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"})
"""Characters that act inside a JavaScript template literal (`` `…${…}…` ``), as HTML character references:
the browser shows them as written, the literal never sees them."""


def escape(text: object) -> str:
    """Any value from a document or an upload, safe inside HTML that folium puts in a JavaScript template literal.

    HTML-escaped (``<``, ``>``, ``&``, quotes), then `` ` ``, ``$``, ``{``, ``}`` and ``\\`` written as
    character references, so ``${…}`` cannot run and a backtick cannot end the literal.
    """
    return html.escape("" if text is None else str(text), quote=True).translate(_TEMPLATE_LITERAL)


def popup_html(row: dict, fields: list[str], *, link: str = "") -> str:
    """A popup table of the given fields, escaped, with nowrap so Chinese does not wrap per character.

    ``link`` is a page path of the explorer (already URL-quoted) shown as a 详情 / details link.
    """
    cells = "".join(f"<tr><th style='text-align:left;padding-right:6px'>{escape(f)}</th>"
                    f"<td style='white-space:normal;min-width:220px;max-width:420px'>{escape(row.get(f, ''))}</td></tr>"
                    for f in fields if row.get(f) not in (None, ""))
    more = f"<a href='{escape(link)}' target='_top'>详情 details →</a>" if link else ""
    return f"<div style='white-space:nowrap'><table>{cells}</table>{more}</div>"


BASEMAPS = {
    "none": "无底图·离线 None (offline)",
    "osm": "OpenStreetMap (online)",
    "tianditu": "天地图 Tianditu (online, needs TIANDITU_KEY)",
    "amap": "高德 Amap (online; overlays shifted to GCJ-02)",
}
_TIANDITU = ("https://t{{s}}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}"
             "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}&tk={key}")


def base_map(bounds: tuple[float, float, float, float], *, basemap: str = "none", tianditu_key: str = "") -> folium.Map:
    """An empty map over ``bounds`` (minx, miny, maxx, maxy, WGS 84). Only ``basemap='none'`` works offline.

    With ``amap`` every overlay added through this module is converted to GCJ-02 to sit on Amap's tiles.
    """
    make_folium_offline()
    m = folium.Map(tiles=None, max_zoom=14, min_zoom=4, control_scale=True)
    m.gcj02 = basemap == "amap"
    if basemap == "osm":
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(m)
    elif basemap == "tianditu" and tianditu_key:
        for layer, name in (("vec", "天地图"), ("cva", "天地图注记")):
            folium.TileLayer(_TIANDITU.format(layer=layer, key=tianditu_key), subdomains="01234567", attr="© 天地图",
                             name=name, overlay=layer == "cva").add_to(m)
    elif basemap == "amap":
        folium.TileLayer("https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
                         subdomains="1234", attr="© 高德地图 (GCJ-02)", name="高德").add_to(m)
    x0, y0, x1, y1 = _datum(m, box(*bounds).buffer(0.1)).bounds  # a lone point still gets a view
    m.fit_bounds([[y0, x0], [y1, x1]])
    return m


def _datum(m: folium.Map, geom):
    """The geometry in the map's datum: WGS 84, or GCJ-02 over an Amap basemap."""
    if getattr(m, "gcj02", False):
        from geo.crs import geometry_wgs_to_gcj

        return geometry_wgs_to_gcj(geom)
    return geom


def add_layer(m: folium.Map, gdf: gpd.GeoDataFrame, style_key: str, *, label: str, fields: list[str],
              tooltip_field: str = "name_zh", show: bool = True, detail_page: str = "") -> None:
    """Add one layer as a toggleable GeoJSON group with escaped popups and tooltips.

    With ``detail_page`` (e.g. ``page_place``) and a ``place_id`` column, each popup links to that page.
    """
    from urllib.parse import quote
    if gdf is None or gdf.empty:
        return
    st = STYLES[style_key]
    group = folium.FeatureGroup(name=label, show=show)
    for _, r in gdf.iterrows():
        if r.geometry is None or r.geometry.is_empty:
            continue
        row = r.drop(labels="geometry").to_dict()
        link = f"{detail_page}?place={quote(str(row['place_id']))}" if detail_page and row.get("place_id") else ""
        popup = folium.Popup(popup_html(row, fields, link=link), max_width=480)
        tip = escape(row.get(tooltip_field, ""))
        _add_geometry(group, _datum(m, r.geometry), st, popup, tip)
    group.add_to(m)


def _add_geometry(group, geom, st: dict, popup, tip: str) -> None:
    """One feature drawn in a style: points as circle markers (a MultiPoint at its centroid), the rest as GeoJSON."""
    if geom.geom_type in ("Point", "MultiPoint"):
        pt = geom if geom.geom_type == "Point" else geom.centroid
        folium.CircleMarker([pt.y, pt.x], radius=st["radius"], color=st["edge"], weight=1, fill=True,
                            fill_color=st["color"], fill_opacity=0.9, popup=popup, tooltip=tip).add_to(group)
    else:
        folium.GeoJson(geom.__geo_interface__, style_function=_style(st), popup=popup, tooltip=tip).add_to(group)


def category_style(category: str, *, outside: bool = False) -> dict:
    """The style of a project of this category (layers.styles.PROJECT_CATEGORIES); faded and dashed outside the cluster."""
    from layers.styles import PROJECT_CATEGORIES, PROJECT_OUTSIDE_OPACITY

    color = PROJECT_CATEGORIES.get(category, PROJECT_CATEGORIES["其他"])["color"]
    st = {**STYLES["projects"], "color": color, "edge": color, "fill_opacity": 0.25}
    return {**st, "opacity": PROJECT_OUTSIDE_OPACITY, "fill_opacity": 0.1, "dash": "6 6"} if outside else st


def split_at(geom, area):
    """A line's parts inside and outside ``area`` (points and areas are not split): (inside, outside or None)."""
    if area is None or geom.geom_type not in ("LineString", "MultiLineString") or geom.within(area):
        return geom, None
    inside, outside = geom.intersection(area), geom.difference(area)
    return (None if inside.is_empty else inside), (None if outside.is_empty else outside)


def add_projects(m: folium.Map, gdf: gpd.GeoDataFrame, *, fields: list[str], cluster=None, tooltip_field: str = "name") -> None:
    """Projects coloured by category, one toggleable group per category in legend order; a line's parts outside
    ``cluster`` (the cluster's area) are drawn faded and dashed, so a line to 银川 is seen to leave the cluster."""
    from layers.styles import PROJECT_CATEGORIES

    cats = [c for c in PROJECT_CATEGORIES if c in set(gdf["category"])] + sorted(set(gdf["category"]) - set(PROJECT_CATEGORIES))
    for cat in cats:
        group = folium.FeatureGroup(name=PROJECT_CATEGORIES.get(cat, {"label": cat})["label"])
        for _, r in gdf[gdf["category"] == cat].iterrows():
            if r.geometry is None or r.geometry.is_empty:
                continue
            row = r.drop(labels="geometry").to_dict()
            inside, outside = split_at(r.geometry, cluster)
            for part, out in ((inside, False), (outside, True)):
                if part is not None:
                    popup = folium.Popup(popup_html(row, fields), max_width=480)
                    _add_geometry(group, _datum(m, part), category_style(cat, outside=out), popup, escape(row.get(tooltip_field, "")))
        group.add_to(m)


def add_legend(m: folium.Map, entries: list[tuple[str, str]], *, title: str = "", note: str = "") -> None:
    """A legend in the map's lower left corner: a colour swatch and an escaped label per entry."""
    rows = "".join(f"<div class='legend-entry'><span style='display:inline-block;width:14px;height:10px;margin-right:5px;"
                   f"background:{escape(color)}'></span>{escape(label)}</div>" for label, color in entries)
    columns = 2 if len(entries) > 6 else 1
    head = f"<div style='font-weight:bold;margin-bottom:3px'>{escape(title)}</div>" if title else ""
    tail = f"<div style='margin-top:3px;color:#555;max-width:330px;white-space:normal'>{escape(note)}</div>" if note else ""
    folium.Element(f"<div class='map-legend' style='position:absolute;left:10px;bottom:28px;z-index:1000;background:rgba(255,255,255,0.92);"
                   f"padding:5px 7px;border:1px solid #aaa;border-radius:4px;font:11px \"Noto Sans CJK SC\",sans-serif'>"
                   f"{head}<div style='display:grid;grid-template-columns:repeat({columns},auto);column-gap:10px'>{rows}</div>"
                   f"{tail}</div>").add_to(m.get_root().html)


def view_bounds(geoms, focus=None, cluster=None) -> tuple[float, float, float, float] | None:
    """Where the map looks for a selection: its geometries inside ``focus`` (the chosen city or county) — with no
    focus, points and areas where they are and lines by their parts inside ``cluster``; the focus's (or the
    cluster's) own bounds when nothing selected is located there."""
    parts = []
    for g in geoms:
        if g is None or g.is_empty:
            continue
        if focus is not None:
            g = g.intersection(focus)
        elif cluster is not None and g.geom_type in ("LineString", "MultiLineString") and g.intersects(cluster):
            g = g.intersection(cluster)
        if not g.is_empty:
            parts.append(g.bounds)
    if not parts:
        area = focus if focus is not None else cluster
        return tuple(area.bounds) if area is not None else None
    return (min(b[0] for b in parts), min(b[1] for b in parts), max(b[2] for b in parts), max(b[3] for b in parts))


def _style(st: dict):
    def f(_feature):
        return {"color": st["edge"], "weight": st["width"], "fillColor": st["color"], "fillOpacity": st["fill_opacity"],
                "dashArray": st.get("dash"), "opacity": st.get("opacity", 1.0)}
    return f


def add_labels(m: folium.Map, gdf: gpd.GeoDataFrame, field: str = "name_zh", *, size: int = 12, along: float = 0.5) -> None:
    """Permanent Chinese labels: at a representative point, or ``along`` a fraction of a line's length."""
    for _, r in gdf.iterrows():
        g = r.geometry
        pt = g.interpolate(along, normalized=True) if g.geom_type in ("LineString", "MultiLineString") else g.representative_point()
        pt = _datum(m, pt)
        folium.Marker([pt.y, pt.x], icon=folium.DivIcon(
            html=f"<div class='zh-label' style='font-size:{size}px;white-space:nowrap;font-family:\"Noto Sans CJK SC\",sans-serif;"
                 f"text-shadow:0 0 3px #fff'>{escape(r[field])}</div>")).add_to(m)
