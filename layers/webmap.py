"""Leaflet maps of the layers (folium), fully offline: Leaflet itself is inlined as a data: URI, nothing else.

Each style of :mod:`layers.styles` becomes one GeoJSON layer (:class:`GeoLayer`) whose features carry their
popup, tooltip and label as data; ``layers/static/webmap.js`` draws them, places the labels so that none
overlaps another or leaves the frame or catches a click, builds the legend (which is also the layer switcher)
and fits the view. Text from the plans reaches a page only through :func:`escape`, safe both as HTML and
inside a JavaScript template literal.
"""

from __future__ import annotations

import base64
import html
import json
from functools import lru_cache
from pathlib import Path

import folium
import geopandas as gpd
import shapely
from branca.element import Element, MacroElement
from folium.template import Template
from shapely.geometry import box

from layers.describe import feature_rows
from layers.styles import IMPRECISE_M, RING_MAX_M, STYLES, label_points, legend_label, style_of, wrap_label

STATIC = Path(__file__).resolve().parent / "static"
LEAFLET = (
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
)
"""The only two web files a map of the explorer needs (no jQuery, Bootstrap, Font Awesome or marker icons)."""
"""Larger uncertainties (a region, a country) are drawn as a fixed dashed ring, not a circle of that
radius."""


@lru_cache(maxsize=1)
def make_folium_offline() -> int:
    """Swap folium's CDN addresses for embedded copies (folium-offline 0.20.0.2's ``_res``); returns the
    count."""
    from offlinefolium.elements import _res  # private name: folium-offline is pinned in requirements.txt

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
            new = [(name, data_uri(url) if url in _res else url) for name, url in items]
            swapped += sum(1 for (_, a), (_, b) in zip(items, new) if a != b)
            setattr(cls, attr, new)
    return swapped


@lru_cache(maxsize=8)
def data_uri(url: str) -> str:
    """An embedded web file of folium-offline as a base64 ``data:`` URI."""
    from offlinefolium.elements import _res

    mime = "text/css" if url.endswith(".css") else "application/javascript"
    return f"data:{mime};base64," + base64.b64encode(_res[url].encode("utf-8")).decode("ascii")


WEB_TOLERANCE_DEG = 0.005
"""Simplification for the web map (~500 m): invisible at the zoom levels of a city cluster."""


def simplify_for_web(frames: dict, tolerance: float = WEB_TOLERANCE_DEG) -> dict:
    """Copies of the polygon and line layers simplified for the browser.

    Counties and cities are simplified as coverages (``shapely.coverage_simplify``), so neighbouring
    units still share their borders exactly; coordinates are rounded to 1e-5° (~1 m).
    """
    out = dict(frames)
    for name, df in frames.items():
        if not hasattr(df, "geometry") or df.empty:
            continue
        geoms = df.geometry.values
        if name in ("counties", "cities"):
            geoms = shapely.coverage_simplify(geoms, tolerance)
        else:  # every other line and area (projects on a county union too); points are left as they are
            geoms = shapely.simplify(geoms, tolerance / 2, preserve_topology=True)
        new = df.copy()
        new.geometry = shapely.set_precision(geoms, 1e-5)
        out[name] = new
    return out


_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"})
"""Characters that act inside a JavaScript template literal (`` `…${…}…` ``), as HTML character references:
the browser shows them as written, the literal never sees them."""


def escape(text: object) -> str:
    """Any value from a document or an upload, safe inside HTML that folium puts in a JavaScript template
    literal.

    HTML-escaped (``<``, ``>``, ``&``, quotes), then `` ` ``, ``$``, ``{``, ``}`` and ``\\`` written as
    character references, so ``${…}`` cannot run and a backtick cannot end the literal.
    """
    return html.escape("" if text is None else str(text), quote=True).translate(_TEMPLATE_LITERAL)


def popup_html(title: object, rows: list[tuple[str, str]], *, link: str = "") -> str:
    """A popup: the feature's name, then each ``(label, text)``; 规划原文 is set as a quotation. All escaped.

    ``link`` is a page path of the explorer (already URL-quoted) shown as a 详情 link.
    """
    items = "".join(
        f"<dt>{escape(k)}</dt><dd>"
        + (f"<blockquote>{escape(v)}</blockquote>" if k == "规划原文" else escape(v))
        + "</dd>"
        for k, v in rows
    )
    more = f"<a href='{escape(link)}' target='_top'>详情 →</a>" if link else ""
    return f"<div class='pm-pop'><h4>{escape(title)}</h4><dl>{items}</dl>{more}</div>"


def swatch(key: str) -> str:
    """A small SVG of a style, as drawn on the map: a filled box, a line, a dot or a dashed ring."""
    st = STYLES[key]
    dash = f" stroke-dasharray='{st['dash']}'" if st.get("dash") else ""
    if st["symbol"] == "line":
        shape = (
            f"<line x1='1' y1='8' x2='27' y2='8' stroke='{st['color']}' stroke-width='{min(st['width'], 6)}' "
            f"stroke-opacity='{st.get('opacity', 1)}'{dash}/>"
        )
    elif st["symbol"] == "point":
        shape = (
            f"<circle cx='14' cy='8' r='{min(max(st['radius'], 3), 7)}' fill='{st['color']}' "
            f"stroke='{st['edge']}' stroke-width='{min(st['width'], 3)}'/>"
        )
    elif st["symbol"] == "ring":
        shape = (
            f"<circle cx='14' cy='8' r='7' fill='{st['color']}' fill-opacity='0.1' stroke='{st['edge']}' "
            f"stroke-width='1.5'{dash}/>"
        )
    else:
        shape = (
            f"<rect x='2' y='2' width='24' height='12' fill='{st['color']}' "
            f"fill-opacity='{max(st['fill_opacity'], 0.0)}' stroke='{st['edge']}' "
            f"stroke-width='{min(max(st['width'], 1), 2.5)}'{dash}/>"
        )
    return f"<svg class='pm-swatch' width='28' height='16' viewBox='0 0 28 16'>{shape}</svg>"


def legend_entry(key: str, label: str | None = None) -> str:
    """Swatch and name of a style, for the legend."""
    return (
        f"<span class='pm-sw'>{swatch(key)}</span>"
        f"<span class='pm-name'>{escape(label or legend_label(key))}</span>"
    )


def _style_js(key: str) -> str:
    st = STYLES[key]
    keep = (
        "color",
        "edge",
        "width",
        "fill_opacity",
        "radius",
        "dash",
        "label_size",
        "label_color",
        "priority",
    )
    faded = [STYLES["outside"]["opacity"], STYLES["outside"]["dash"]]  # how a feature marked ``f`` is drawn
    return json.dumps(
        {k: st[k] for k in keep if k in st} | {"interactive": not key.startswith("context:"), "faded": faded}
    )


@lru_cache(maxsize=4)
def static_text(name: str) -> str:
    """A file of ``layers/static`` (read once per process)."""
    return (STATIC / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def map_css() -> str:
    """Leaflet's stylesheet and the explorer's, as one inline ``<style>``: applied before the map's script
    runs, so the legend and the labels are measured with their final styles and the map can be drawn in one
    pass."""
    import re

    from offlinefolium.elements import _res

    # comments only (one names a bug tracker)
    leaflet = re.sub(r"/\*.*?\*/", "", _res[LEAFLET[1]], flags=re.DOTALL)
    return f"<style>{leaflet}\n{static_text('webmap.css')}</style>"


class GeoLayer:
    """One style's features as one Leaflet GeoJSON layer, with popups, tooltips and labels carried as data:
    the arguments of ``pm.layer`` in ``layers/static/webmap.js``, serialised once (text of the plans
    escaped)."""

    def __init__(self, spec: dict):
        self.data = spec["geojson"].replace("</", "<\\/")
        self.style = _style_js(spec["style"])
        extra = spec.get("extra", "")
        self.meta = json.dumps(
            {
                "name": legend_entry(spec["style"], spec.get("label")),
                "legend": spec.get("legend", True),
                "extra": extra,
            }
        )
        self.show = bool(spec.get("show", True))

    def js(self) -> str:
        """``[data, style, meta, shown]`` as JavaScript."""
        return f"[{self.data},{self.style},{self.meta},{json.dumps(self.show)}]"


def map_payload(specs: list[dict]) -> str:
    """The layers of a map (bottom first) as one JavaScript array, built once per selection and cached by the
    app: a page run then only pastes this text into the map's script."""
    return "[" + ",".join(GeoLayer(spec).js() for spec in specs) + "]"


class RawText(Element):
    """Text put into the page as it is. branca's ``Element(text)`` compiles its text as a Jinja template, and
    MacroElement.render wraps each rendered script so: for a map's layers that is a megabyte lexed by Jinja on
    every render (40 % of a page run)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class MapScript(MacroElement):
    """The helpers of ``layers/static/webmap.js`` and every layer of the map, drawn in one pass: legend,
    fitted view, then the layers and their labels."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.code }}
        pm.init({{ this._parent.get_name() }});
        pm.draw({{ this._parent.get_name() }}, [{{ this.payload() }}]);
        pm.finish({{ this._parent.get_name() }}, {{ this.bounds }}, {{ this.compact }});
        {% endmacro %}
    """)

    def __init__(self, bounds: list, compact: bool = False):
        super().__init__()
        self._name = "MapScript"
        self.code = static_text("webmap.js")
        self.bounds = json.dumps(bounds)
        self.compact = json.dumps(compact)
        self.parts: list[str] = []  # JavaScript arrays of layers (see :func:`map_payload`), bottom first

    def payload(self) -> str:
        """Every layer added, as the items of one JavaScript array."""
        return ",".join(p[1:-1] for p in self.parts if p != "[]")

    def render(self, **kwargs) -> None:
        """Put the rendered script into the page as text (see :class:`RawText`)."""
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(RawText(script), name=self.get_name())


BASEMAPS = {
    "none": "无底图·离线（邻近省市为底）",
    "osm": "OpenStreetMap（需联网）",
    "tianditu": "天地图（需联网和 TIANDITU_KEY）",
    "amap": "高德（需联网；叠加图层转为 GCJ-02）",
}
_TIANDITU = (
    "https://t{{s}}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}"
    "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}&tk={key}"
)


def base_map(
    bounds: tuple[float, float, float, float],
    *,
    basemap: str = "none",
    tianditu_key: str = "",
    compact: bool = False,
) -> folium.Map:
    """An empty map that will open fitted to ``bounds`` (minx, miny, maxx, maxy, WGS 84).

    Only ``basemap='none'`` works offline. With ``amap`` every overlay added through this module is converted
    to GCJ-02 to sit on Amap's tiles. ``compact`` (narrow maps) folds the legend into a button.
    """
    make_folium_offline()
    m = folium.Map(
        tiles=None,
        max_zoom=14,
        min_zoom=3,
        control_scale=False,
        zoom_snap=0.25,
        zoom_delta=0.5,
        attribution_control=basemap != "none",
        location=[(bounds[1] + bounds[3]) / 2, (bounds[0] + bounds[2]) / 2],
        zoom_start=6,
    )
    m.default_js = [("leaflet", data_uri(LEAFLET[0]))]
    m.gcj02 = basemap == "amap"
    _tiles(m, basemap, tianditu_key)
    m.default_css = []  # Leaflet's stylesheet is inline (:func:`map_css`)
    m.get_root().header.add_child(RawText(map_css()), name="pm_css")
    x0, y0, x1, y1 = _datum(m, box(*bounds).buffer(0.02)).bounds  # a lone point still gets a view
    m.pm_script = MapScript([[y0, x0], [y1, x1]], compact).add_to(m)
    return m


def _tiles(m: folium.Map, basemap: str, tianditu_key: str) -> None:
    if basemap == "osm":
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(m)
    elif basemap == "tianditu" and tianditu_key:
        for layer, name in (("vec", "天地图"), ("cva", "天地图注记")):
            folium.TileLayer(
                _TIANDITU.format(layer=layer, key=tianditu_key),
                subdomains="01234567",
                attr="© 天地图",
                name=name,
                overlay=layer == "cva",
                control=False,
            ).add_to(m)
    elif basemap == "amap":
        folium.TileLayer(
            "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
            subdomains="1234",
            attr="© 高德地图 (GCJ-02)",
            name="高德",
            control=False,
        ).add_to(m)


def _datum(m: folium.Map, geom):
    """The geometry in the map's datum: WGS 84, or GCJ-02 over an Amap basemap."""
    return to_datum(geom, getattr(m, "gcj02", False))


def to_datum(geom, gcj02: bool):
    """``geom`` in GCJ-02 when ``gcj02`` (overlays on Amap), else unchanged (WGS 84)."""
    if gcj02:
        from geo.crs import geometry_wgs_to_gcj

        return geometry_wgs_to_gcj(geom)
    return geom


WEB_PRECISION_DEG = 1e-4
"""Coordinates on the web map are rounded to 1e-4° (~10 m): below a pixel at every zoom the maps open at."""


def _props(
    row: dict, geom, key: str, *, popup, tooltip: str | None, label: str | None, gcj02: bool, along: float
) -> dict:
    """The data a feature carries to the browser: popup ``p``, tooltip ``t``, label ``l`` at ``a``, ring
    radius ``r``, ``f`` when drawn faded (a row whose ``faded`` is true: a line's part outside the area the
    map is about)."""
    props = {"f": 1} if row.get("faded") in (True, 1) else {}
    prec = row.get("precision_m")
    if geom.geom_type == "Point" and isinstance(prec, (int, float)) and prec > IMPRECISE_M:
        props["r"] = float(prec) if prec <= RING_MAX_M else -1
    if popup is not None:
        props["p"] = popup(row)
    if tooltip and row.get(tooltip):
        props["t"] = escape(row[tooltip])
    if label and row.get(label):
        lx = row.get("lx")
        # tried in turn in the browser
        anchors = (
            [to_datum(shapely.Point(lx, row["ly"]), gcj02)]
            if isinstance(lx, float) and lx == lx
            else label_points(geom, along)
        )
        props.update(
            l=escape(wrap_label(str(row[label]), key)), a=[[round(p.x, 5), round(p.y, 5)] for p in anchors]
        )
    return props


def layer_features(
    gdf: gpd.GeoDataFrame,
    layer: str,
    *,
    popup=None,
    tooltip: str | None = "name_zh",
    label: str | None = "name_zh",
    gcj02: bool = False,
    along: float = 0.5,
    tolerance: float = 0.0,
) -> dict[str, list[str]]:
    """GeoJSON features (as JSON text) of a layer grouped by style key; every text escaped.

    ``popup(row) -> html`` builds each popup; ``tooltip`` and ``label`` name the columns shown on hover and
    written on the map (``None``: none). A point whose ``precision_m`` exceeds :data:`IMPRECISE_M` gets ``r``:
    the radius of the circle it is drawn as (``-1`` when too large to draw as a circle). ``tolerance``
    (degrees) simplifies further for a map of a wider area (counties and cities as a coverage, keeping shared
    borders).
    """
    out: dict[str, list[str]] = {}
    if gdf is None or gdf.empty:
        return out
    geoms = gdf.geometry.values
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    gdf, geoms = gdf[keep], geoms[keep]
    if tolerance and layer in ("counties", "cities"):
        geoms = shapely.coverage_simplify(geoms, tolerance)
    elif tolerance:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    geoms = shapely.set_precision(to_datum(geoms, gcj02), WEB_PRECISION_DEG)
    geoms = [g.centroid if g.geom_type == "MultiPoint" else g for g in geoms]
    texts = shapely.to_geojson(geoms)
    for row, geom, text in zip(gdf.drop(columns="geometry").to_dict("records"), geoms, texts):
        key = style_of(layer, row)
        props = _props(row, geom, key, popup=popup, tooltip=tooltip, label=label, gcj02=gcj02, along=along)
        feature = (
            '{"type":"Feature","geometry":'
            + text
            + ',"properties":'
            + json.dumps(props, ensure_ascii=False, separators=(",", ":"))
            + "}"
        )
        out.setdefault(key, []).append(feature)
    return out


EXTRA_SEP = "\n"
"""Between the extra legend lines of a layer (what a dashed ring or a faded line means), each shown once per
map."""


def layer_specs(
    gdf: gpd.GeoDataFrame,
    layer: str,
    *,
    name: str | None = None,
    show: bool = True,
    legend: bool = True,
    **kw,
) -> list[dict]:
    """One spec per style found in the layer (see :func:`layer_features`), ready for :func:`add_specs`."""
    specs = []
    for key, feats in layer_features(gdf, layer, **kw).items():
        label = name if key == layer and name else legend_label(key)
        extra = EXTRA_SEP.join(
            legend_entry(k)
            for k, mark in (("imprecise", '"r":'), ("outside", '"f":'))
            if any(mark in f for f in feats)
        )
        specs.append(
            {
                "name": label,
                "label": label,
                "style": key,
                "show": show,
                "legend": legend,
                "extra": extra,
                "geojson": '{"type":"FeatureCollection","features":[' + ",".join(feats) + "]}",
            }
        )
    return specs


def add_specs(m: folium.Map, specs: list[dict]) -> folium.Map:
    """Add layer specs to a map of :func:`base_map`, bottom first."""
    return add_payload(m, map_payload(specs))


def add_payload(m: folium.Map, payload: str) -> folium.Map:
    """Add layers serialised by :func:`map_payload` to a map of :func:`base_map`, above those it has."""
    m.pm_script.parts.append(payload)
    return m


def add_layer(
    m: folium.Map,
    gdf: gpd.GeoDataFrame,
    style_key: str,
    *,
    label: str,
    fields: list[str],
    tooltip_field: str = "name_zh",
    show: bool = True,
    detail_page: str = "",
    labels: bool = False,
) -> None:
    """Add one layer, a GeoJSON layer per style, with Chinese popups of ``fields`` and escaped tooltips.

    With ``detail_page`` (e.g. ``page_place``) and a ``place_id`` column, each popup links to that page. A
    layer spread over a wide area is simplified further (its extent / 4000: ~1 km for a province, ~10 km for
    China).
    """
    from urllib.parse import quote

    if gdf is None or gdf.empty:
        return
    x0, y0, x1, y1 = gdf.total_bounds
    spread = max(x1 - x0, y1 - y0) / 4000

    title = "name" if "name" in fields and "name_zh" not in fields else "name_zh"

    def popup(row: dict) -> str:
        link = (
            f"{detail_page}?place={quote(str(row['place_id']))}"
            if detail_page and row.get("place_id")
            else ""
        )
        return popup_html(row.get(title, ""), feature_rows(row, [f for f in fields if f != title]), link=link)

    add_specs(
        m,
        layer_specs(
            gdf,
            style_key,
            name=label,
            show=show,
            popup=popup,
            tooltip=tooltip_field,
            label=title if labels else None,
            gcj02=getattr(m, "gcj02", False),
            tolerance=spread if spread > WEB_TOLERANCE_DEG else 0.0,
        ),
    )
