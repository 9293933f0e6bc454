"""Layout page: the 2018 一轴一带多区, the 2021 四中心 structure, or both side by side."""

import folium
import streamlit as st

from app_pages._shared import data, new_map, show_map
from layers.admin import CLUSTER_CITIES
from layers.webmap import add_labels, add_layer

TITLES = {"hbey-2018": "2018 呼包鄂榆：一轴一带多区", "hbew-2021": "2021 呼包鄂乌：四中心·三层级·多节点"}
FIELDS = ["name_zh", "role", "rule", "geometry_method"]

d = data()
counties = d["counties"][d["counties"]["city_adcode"].isin(CLUSTER_CITIES)]


def layout_map(plan: str) -> folium.Map:
    """One plan's structure over the cluster's counties and the Yellow River."""
    sel = {k: d[k][d[k]["plan_id"] == plan] for k in ("layout_axes", "layout_belts", "layout_zones", "layout_nodes")}
    m = new_map(counties.total_bounds)
    add_layer(m, counties, "counties", label="旗县区 Counties", fields=["name_zh", "adcode", "unit_type", "plans"])
    add_layer(m, d["cities"][d["cities"]["adcode"].isin(counties["city_adcode"])], "cities", label="地级市 Cities",
              fields=["name_zh", "adcode"])
    add_layer(m, sel["layout_zones"], "layout_zones", label="区 Zones", fields=FIELDS)
    add_layer(m, sel["layout_belts"], "layout_belts", label="带 Belt", fields=FIELDS)
    add_layer(m, d["rivers"], "rivers", label="黄河 Yellow River", fields=["name_zh", "geometry_method"])
    add_layer(m, sel["layout_axes"], "layout_axes", label="轴 Axis", fields=FIELDS)
    add_layer(m, sel["layout_nodes"], "layout_nodes", label="节点 Nodes", fields=["name_zh", "role", "axis"])
    add_labels(m, sel["layout_nodes"][sel["layout_nodes"]["role"] == "中心城市"], size=14)
    add_labels(m, sel["layout_axes"][~sel["layout_axes"]["role"].str.contains("卫星城")], size=13, along=0.78)
    folium.LayerControl(collapsed=False).add_to(m)
    return m


st.header("空间布局 · Spatial layout")
mode = st.radio("规划 Plan", ["hbey-2018", "hbew-2021", "compare"], horizontal=True,
                format_func=lambda p: TITLES.get(p, "对比 Compare 2018 | 2021"))
if mode == "compare":
    for col, plan in zip(st.columns(2), TITLES):
        with col:
            st.subheader(TITLES[plan])
            show_map(layout_map(plan), key=f"layout-compare-{plan}", height=480)
    plans = list(TITLES)
else:
    show_map(layout_map(mode), key=f"layout-{mode}")
    plans = [mode]
st.caption("Geometry is schematic, redrawn from the plan's words; every rule is in the popups and docs/layout.md.")
zones = d["layout_zones"][d["layout_zones"]["plan_id"].isin(plans)]
st.dataframe(zones.drop(columns="geometry"), hide_index=True)
