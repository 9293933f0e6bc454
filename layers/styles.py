"""One style per layer kind, shared by the web map, the static export, the legend and QGIS's ``layer_styles``.

Every entry: ``label`` (legend text, Chinese first), ``symbol`` (``fill``, ``line``, ``point`` or ``ring``),
``color`` (fill or line colour), ``edge`` (outline), ``width`` (line width, px at the web map's scale),
``fill_opacity``, ``radius`` (point radius, px), optional ``dash`` (SVG dash pattern), and the label rule:
``label_size`` (px; 0 = not labelled), ``label_color`` and ``priority`` (higher is placed first when labels
compete for room).

The layout layers carry a ``style`` column naming one of the ``layout:*`` entries, so each element of a plan's
structure (every 多区 zone, the belt, the axis, the satellite links) has its own colour and legend line.
"""

from __future__ import annotations

_BASE = {
    "width": 1,
    "fill_opacity": 0.0,
    "radius": 0,
    "label_size": 0,
    "label_color": "#333333",
    "priority": 0,
}


def _s(label: str, symbol: str, color: str, edge: str | None = None, **kw) -> dict:
    return {**_BASE, "label": label, "symbol": symbol, "color": color, "edge": edge or color, **kw}


STYLES: dict[str, dict] = {
    "cities": _s(
        "地级市 Prefecture",
        "fill",
        "#ffffff",
        "#4d4d4d",
        width=1.6,
        label_size=14,
        label_color="#222222",
        priority=60,
    ),
    "counties": _s(
        "旗县区 County",
        "fill",
        "#fbfaf6",
        "#b8b0a0",
        width=0.6,
        fill_opacity=0.9,
        label_size=10,
        label_color="#6b6359",
        priority=5,
    ),
    "rivers": _s(
        "河流 River", "line", "#3b8bd0", width=2.5, label_size=12, label_color="#1f5f99", priority=30
    ),
    "layout_axes": _s(
        "发展轴 Axis", "line", "#c0392b", width=5, label_size=14, label_color="#9b1d12", priority=90
    ),
    "layout_belts": _s(
        "沿黄带 Belt",
        "fill",
        "#6baed6",
        "#2171b5",
        fill_opacity=0.3,
        dash="4 3",
        label_size=13,
        label_color="#174f86",
        priority=85,
    ),
    "layout_zones": _s(
        "生态区 / 中心 Zone", "fill", "#74c476", "#238b45", fill_opacity=0.4, label_size=13, priority=80
    ),
    "layout_nodes": _s(
        "节点 Node", "point", "#fdae61", "#a63603", fill_opacity=1.0, radius=6, label_size=11, priority=50
    ),
    "eco_zones": _s(
        "沙漠·山·生态 Eco", "fill", "#e6c27a", "#b58900", fill_opacity=0.35, label_size=11, priority=40
    ),
    "rail": _s("铁路 Rail", "line", "#333333", width=2.5, dash="8 4", label_size=11, priority=35),
    "roads": _s("公路 Road", "line", "#e08214", width=2, label_size=11, label_color="#8c4d0a", priority=34),
    "energy": _s(
        "能源通道 Energy",
        "line",
        "#8073ac",
        width=2,
        dash="2 4",
        label_size=11,
        label_color="#54478a",
        priority=33,
    ),
    "ports": _s(
        "口岸港口 Port", "point", "#1b7837", "#00441b", fill_opacity=1.0, radius=6, label_size=11, priority=45
    ),
    "airports": _s(
        "机场 Airport", "point", "#2166ac", "#053061", fill_opacity=1.0, radius=6, label_size=11, priority=45
    ),
    "lakes": _s(
        "湖泊 Lake", "point", "#6baed6", "#08519c", fill_opacity=1.0, radius=5, label_size=11, priority=30
    ),
    "parks": _s(
        "园区公园 Park", "point", "#a1d99b", "#006d2c", fill_opacity=1.0, radius=5, label_size=11, priority=30
    ),
    "landforms": _s(
        "沙漠·山地 Landform", "fill", "#fdd0a2", "#a6761d", fill_opacity=0.35, label_size=11, priority=40
    ),
    "towns": _s(
        "镇 Town", "point", "#999999", "#333333", fill_opacity=1.0, radius=4, label_size=10, priority=20
    ),
    "places": _s(
        "地名 Place", "point", "#f46d43", "#7f2704", fill_opacity=0.9, radius=5, label_size=12, priority=60
    ),
    "projects": _s(
        "项目 Project", "point", "#c51b7d", "#8e0152", width=3, fill_opacity=0.5, radius=6, priority=30
    ),
    # the plans' layouts: one entry per element, named by the layout layers' ``style`` column
    "layout:axis": _s(
        "一轴：呼包鄂榆发展轴", "line", "#c0392b", width=6, label_size=15, label_color="#9b1d12", priority=95
    ),
    "layout:belt": _s(
        "一带：沿黄生态文化经济带",
        "fill",
        "#6baed6",
        "#2171b5",
        fill_opacity=0.3,
        dash="5 4",
        label_size=14,
        label_color="#174f86",
        priority=90,
    ),
    "layout:desert": _s(
        "沙漠沙地生态治理区",
        "fill",
        "#f2cc8f",
        "#b7892c",
        fill_opacity=0.6,
        label_size=13,
        label_color="#7a5a12",
        priority=85,
    ),
    "layout:loess": _s(
        "黄土高原丘陵沟壑水土保持区",
        "fill",
        "#d89a6a",
        "#9c5a2c",
        fill_opacity=0.55,
        label_size=13,
        label_color="#6e3a15",
        priority=85,
    ),
    "layout:qingshan": _s(
        "大青山南麓生态保护区",
        "fill",
        "#7fbf8e",
        "#2e7d46",
        fill_opacity=0.6,
        label_size=13,
        label_color="#1d5a30",
        priority=85,
    ),
    "layout:yinshan": _s(
        "阴山北麓生态综合治理区",
        "fill",
        "#a99bd1",
        "#5e4a9c",
        fill_opacity=0.55,
        label_size=13,
        label_color="#45347d",
        priority=85,
    ),
    "layout:steppe": _s(
        "荒漠化草原修复区",
        "fill",
        "#c5d77a",
        "#76872a",
        fill_opacity=0.6,
        label_size=13,
        label_color="#4f5c12",
        priority=85,
    ),
    "layout:barrier": _s(
        "生态屏障（第六章，与多区重叠）",
        "fill",
        "#2d6a4f",
        "#2d6a4f",
        fill_opacity=0.0,
        width=2.5,
        dash="2 5",
        label_size=12,
        label_color="#1b4332",
        priority=40,
    ),
    "layout:centre_node": _s(
        "中心城市",
        "point",
        "#ffffff",
        "#9b1d12",
        width=3,
        fill_opacity=1.0,
        radius=8,
        label_size=15,
        label_color="#222222",
        priority=70,
    ),
    "layout:support_node": _s(
        "多点支撑（旗县驻地）",
        "point",
        "#fdae61",
        "#a63603",
        width=1.5,
        fill_opacity=1.0,
        radius=5,
        label_size=11,
        label_color="#7a2a02",
        priority=50,
    ),
    "layout:axis21": _s(
        "联动轴：呼包鄂乌中心城市连线",
        "line",
        "#7f0000",
        width=6,
        label_size=15,
        label_color="#7f0000",
        priority=95,
    ),
    "layout:satellite": _s(
        "卫星城联动（市区—旗县）",
        "line",
        "#6a3d9a",
        width=3,
        dash="7 5",
        label_size=11,
        label_color="#4a2a6e",
        priority=45,
    ),
    # 四中心 zones are named by their centre city's label (the city's name is what readers look for): no label
    # of their own
    "layout:centre": _s(
        "四中心：中心城区", "fill", "#e4572e", "#a0301a", fill_opacity=0.55, label_size=0, priority=80
    ),
    "layout:county_towns": _s(
        "多节点：县城节点",
        "fill",
        "#f6bd60",
        "#b7791f",
        fill_opacity=0.5,
        label_size=13,
        label_color="#7a4f0f",
        priority=75,
    ),
    # the offline basemap: neighbours in grey, the cluster's counties light
    "context:province": _s(
        "省界",
        "fill",
        "#e9e6df",
        "#8f8a80",
        width=1.4,
        fill_opacity=1.0,
        label_size=15,
        label_color="#8a8478",
        priority=10,
    ),
    "context:prefecture": _s(
        "邻近地级市",
        "fill",
        "#e9e6df",
        "#b9b3a7",
        width=0.7,
        fill_opacity=0.0,
        label_size=11,
        label_color="#8f897d",
        priority=8,
    ),
    "context:river": _s("河流", "line", "#8fbfe3", width=1.2, label_size=0, priority=0),
    "imprecise": _s(
        "位置不确定：在虚线圈内某处", "ring", "#f46d43", "#7f2704", width=1.5, fill_opacity=0.08, dash="4 4"
    ),
}

IMPRECISE_M = 3000.0
"""A point whose ``precision_m`` exceeds this (a facility placed at its unit's seat) is drawn as a circle of
that radius."""
RING_MAX_M = 300_000
"""A point known less well than this (a national park, a corridor of three countries) is drawn as a hollow
dashed symbol of fixed size, not as a circle that would cover the map; never as a solid dot."""

PROJECT_CATEGORIES: dict[str, dict] = {
    "航空": {"label": "航空 Aviation", "color": STYLES["airports"]["color"], "symbol": "point"},
    "口岸物流": {"label": "口岸物流 Ports, logistics", "color": STYLES["ports"]["color"], "symbol": "point"},
    "园区平台": {
        "label": "园区平台 Zones, platforms",
        "color": STYLES["projects"]["color"],
        "symbol": "point",
    },
    "产业": {"label": "产业 Industry", "color": STYLES["layout_axes"]["color"], "symbol": "point"},
    "科技人才": {"label": "科技人才 Science, talent", "color": "#00a0b0", "symbol": "point"},
    "文化旅游": {"label": "文化旅游 Culture, tourism", "color": "#f781bf", "symbol": "point"},
    "公共服务": {"label": "公共服务 Public services", "color": "#66a61e", "symbol": "point"},
    "组织保障": {"label": "组织保障 Coordination", "color": "#999999", "symbol": "point"},
    "铁路": {"label": "铁路 Rail", "color": STYLES["rail"]["color"], "symbol": "line"},
    "公路": {"label": "公路 Road", "color": STYLES["roads"]["color"], "symbol": "line"},
    "能源": {"label": "能源 Energy", "color": STYLES["energy"]["color"], "symbol": "line"},
    "生态水利": {"label": "生态水利 Ecology, water", "color": STYLES["eco_zones"]["edge"], "symbol": "fill"},
    "其他": {"label": "其他 Other", "color": "#cccccc", "symbol": "point"},
}
"""One colour per project category (data/lexicon/project_categories.csv, kinds.csv), in legend order, which is
the order they are drawn in, topmost first: sites (points) above lines above areas. The category of a kind
takes that kind's layer colour (铁路 the rail colour …), the others are distinct hues. Each is the style
``project:<category>`` of :data:`STYLES` (web map, legend, QGIS)."""

STYLES.update(
    {
        f"project:{c}": _s(
            v["label"],
            v["symbol"],
            v["color"],
            width=3,
            radius=6,
            priority=30,
            fill_opacity=0.2 if v["symbol"] == "fill" else 0.85,
        )
        for c, v in PROJECT_CATEGORIES.items()
    }
)
STYLES["project_summary"] = {**STYLES["projects"], "label": "项目汇总 Project (one row per project)"}
STYLES["outside"] = _s("虚线淡色：城市群以外的线段", "line", "#666666", width=3, dash="6 6", opacity=0.3)
"""How a line's parts outside the area a map is about (the cluster) are drawn: its own colour, faded and
dashed."""


def project_style(category: object) -> str:
    """The style key of a project of ``category`` (``project:铁路``); an unknown category is drawn as 其他."""
    return f"project:{category if category in PROJECT_CATEGORIES else '其他'}"


def style_of(layer: str, row: dict | None = None) -> str:
    """The style key of one feature: its own ``style`` column when it names a style, else its layer's."""
    key = (row or {}).get("style")
    return key if isinstance(key, str) and key in STYLES else layer


def legend_label(key: str) -> str:
    """The Chinese part of a style's label (``旗县区 County`` → ``旗县区``)."""
    return STYLES[key]["label"].split(" ")[0]


def label_point(geom, along: float = 0.5):
    """Where a feature's label goes: ``along`` a line's length; inside a polygon's largest part, where it is
    widest (pole of inaccessibility); a point itself."""
    from shapely.ops import polylabel

    if geom.geom_type in ("LineString", "MultiLineString"):
        return geom.interpolate(along, normalized=True)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        part = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        x0, y0, x1, y1 = part.bounds
        pole, mid = polylabel(part, tolerance=max(x1 - x0, y1 - y0) / 50), part.centroid
        room = part.exterior.distance(pole)
        return mid if part.contains(mid) and part.exterior.distance(mid) >= 0.6 * room else pole
    return geom if geom.geom_type == "Point" else geom.centroid


def label_points(geom, along: float = 0.5, n: int = 6) -> list:
    """Places a label may go, best first: :func:`label_point`, then other places along a line, or the roomiest
    points of a grid laid over a polygon (so a label blocked at its best place can still sit inside its
    area)."""
    import numpy as np
    import shapely

    first = label_point(geom, along)
    if geom.geom_type in ("LineString", "MultiLineString"):
        return [first] + [
            geom.interpolate(f, normalized=True) for f in (0.5, 0.3, 0.7, 0.15, 0.85) if f != along
        ][: n - 1]
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        return [first]
    x0, y0, x1, y1 = geom.bounds
    xs, ys = np.meshgrid(np.linspace(x0, x1, 9)[1:-1], np.linspace(y0, y1, 9)[1:-1])
    grid = shapely.points(xs.ravel(), ys.ravel())
    inside = grid[shapely.contains(geom, grid)]
    room = shapely.distance(inside, geom.boundary)
    return [first] + [inside[i] for i in np.argsort(-room)[: n - 1]]


BREAK_BEFORE = ("生态", "水土", "修复", "保护", "治理", "文化", "经济", "发展", "综合", "丘陵")
"""Words a long area name is broken before, onto a second line (沙漠沙地 / 生态治理区)."""


def wrap_label(text: str, key: str, width: int = 6) -> str:
    """An area's name on two lines when longer than ``width`` characters (lines and points keep one line)."""
    if STYLES[key]["symbol"] != "fill" or len(text) <= width:
        return text
    mid = len(text) / 2
    cuts = [i for w in BREAK_BEFORE for i in range(2, len(text) - 2) if text.startswith(w, i)] or [round(mid)]
    cut = min(cuts, key=lambda i: abs(i - mid))
    return text[:cut] + "\n" + text[cut:]
