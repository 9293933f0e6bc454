"""One style per layer kind, shared by the web map, the static export and the legend."""

from __future__ import annotations

STYLES: dict[str, dict] = {
    "cities": {"label": "地级市 Prefecture", "color": "#ffffff", "edge": "#555555", "width": 1.6, "fill_opacity": 0.0, "radius": 0},
    "counties": {"label": "旗县区 County", "color": "#f4f1ea", "edge": "#b8b0a0", "width": 0.6, "fill_opacity": 0.6, "radius": 0},
    "rivers": {"label": "黄河 Yellow River", "color": "#3b8bd0", "edge": "#3b8bd0", "width": 2.5, "fill_opacity": 0.0, "radius": 0},
    "layout_axes": {"label": "发展轴 Axis", "color": "#d7301f", "edge": "#d7301f", "width": 5, "fill_opacity": 0.0, "radius": 0},
    "layout_belts": {"label": "沿黄带 Belt", "color": "#6baed6", "edge": "#2171b5", "width": 1, "fill_opacity": 0.35, "radius": 0, "dash": "4 3"},
    "layout_zones": {"label": "生态区 / 中心 Zone", "color": "#74c476", "edge": "#238b45", "width": 1, "fill_opacity": 0.4, "radius": 0},
    "layout_nodes": {"label": "节点 Node", "color": "#fdae61", "edge": "#a63603", "width": 1, "fill_opacity": 1.0, "radius": 6},
    "eco_zones": {"label": "沙漠·山·生态 Eco", "color": "#e6c27a", "edge": "#b58900", "width": 1, "fill_opacity": 0.35, "radius": 0},
    "rail": {"label": "铁路 Rail", "color": "#333333", "edge": "#333333", "width": 2.5, "fill_opacity": 0.0, "radius": 0, "dash": "8 4"},
    "roads": {"label": "公路 Road", "color": "#e08214", "edge": "#e08214", "width": 2, "fill_opacity": 0.0, "radius": 0},
    "energy": {"label": "能源通道 Energy", "color": "#8073ac", "edge": "#8073ac", "width": 2, "fill_opacity": 0.0, "radius": 0, "dash": "2 4"},
    "ports": {"label": "口岸港口 Port", "color": "#1b7837", "edge": "#00441b", "width": 1, "fill_opacity": 1.0, "radius": 6},
    "airports": {"label": "机场 Airport", "color": "#2166ac", "edge": "#053061", "width": 1, "fill_opacity": 1.0, "radius": 6},
    "lakes": {"label": "湖泊 Lake", "color": "#6baed6", "edge": "#08519c", "width": 1, "fill_opacity": 1.0, "radius": 5},
    "parks": {"label": "园区公园 Park", "color": "#a1d99b", "edge": "#006d2c", "width": 1, "fill_opacity": 1.0, "radius": 5},
    "landforms": {"label": "沙漠·山地 Landform", "color": "#fdd0a2", "edge": "#a6761d", "width": 1, "fill_opacity": 0.35, "radius": 0},
    "towns": {"label": "镇 Town", "color": "#999999", "edge": "#333333", "width": 1, "fill_opacity": 1.0, "radius": 4},
    "places": {"label": "地名 Place", "color": "#f46d43", "edge": "#7f2704", "width": 1, "fill_opacity": 0.9, "radius": 5},
    "projects": {"label": "项目 Project", "color": "#c51b7d", "edge": "#8e0152", "width": 3, "fill_opacity": 0.5, "radius": 6},
    "project_summary": {"label": "项目 Project", "color": "#c51b7d", "edge": "#8e0152", "width": 3, "fill_opacity": 0.5, "radius": 6},
}

PROJECT_CATEGORIES: dict[str, dict] = {
    "铁路": {"label": "铁路 Rail", "color": STYLES["rail"]["color"]},
    "公路": {"label": "公路 Road", "color": STYLES["roads"]["color"]},
    "航空": {"label": "航空 Aviation", "color": STYLES["airports"]["color"]},
    "口岸物流": {"label": "口岸物流 Ports, logistics", "color": STYLES["ports"]["color"]},
    "能源": {"label": "能源 Energy", "color": STYLES["energy"]["color"]},
    "生态水利": {"label": "生态水利 Ecology, water", "color": STYLES["eco_zones"]["edge"]},
    "园区平台": {"label": "园区平台 Zones, platforms", "color": STYLES["projects"]["color"]},
    "产业": {"label": "产业 Industry", "color": STYLES["layout_axes"]["color"]},
    "科技人才": {"label": "科技人才 Science, talent", "color": "#00a0b0"},
    "文化旅游": {"label": "文化旅游 Culture, tourism", "color": "#f781bf"},
    "公共服务": {"label": "公共服务 Public services", "color": "#66a61e"},
    "组织保障": {"label": "组织保障 Coordination", "color": "#999999"},
    "其他": {"label": "其他 Other", "color": "#cccccc"},
}
"""One colour per project category (data/lexicon/project_categories.csv, kinds.csv), in legend order: the
category of a kind takes that kind's layer colour (铁路 the rail colour …), the others are distinct hues."""
PROJECT_OUTSIDE_OPACITY = 0.3
"""Opacity of a project line's parts outside the cluster (drawn dashed)."""
