"""Layout page: the 2018 一轴一带多区 and the 2021 四中心 structure."""

import streamlit as st

from app_pages._shared import data, new_map, show_map
from layers.webmap import add_labels, add_layer

d = data()
st.header("空间布局 · Spatial layout")
plan = st.radio("规划 Plan", ["hbey-2018", "hbew-2021"], horizontal=True,
                format_func=lambda p: {"hbey-2018": "2018 呼包鄂榆：一轴一带多区", "hbew-2021": "2021 呼包鄂乌：四中心·三层级·多节点"}[p])
sel = {k: d[k][d[k]["plan_id"] == plan] for k in ("layout_axes", "layout_belts", "layout_zones", "layout_nodes")}
counties = d["counties"][d["counties"]["city_adcode"].isin(["150100", "150200", "150600", "150900", "610800"])]
m = new_map(tuple(counties.total_bounds))
add_layer(m, counties, "counties", label="旗县区 Counties", fields=["name_zh", "adcode", "unit_type", "plans"])
add_layer(m, d["cities"][d["cities"]["adcode"].isin(counties["city_adcode"])], "cities", label="地级市 Cities", fields=["name_zh", "adcode"])
add_layer(m, sel["layout_zones"], "layout_zones", label="区 Zones", fields=["name_zh", "role", "rule", "geometry_method"])
add_layer(m, sel["layout_belts"], "layout_belts", label="带 Belt", fields=["name_zh", "role", "rule", "geometry_method"])
add_layer(m, d["rivers"], "rivers", label="黄河 Yellow River", fields=["name_zh", "geometry_method"])
add_layer(m, sel["layout_axes"], "layout_axes", label="轴 Axis", fields=["name_zh", "role", "rule", "geometry_method"])
add_layer(m, sel["layout_nodes"], "layout_nodes", label="节点 Nodes", fields=["name_zh", "role", "axis"])
add_labels(m, sel["layout_nodes"][sel["layout_nodes"]["role"] == "中心城市"], size=14)
add_labels(m, sel["layout_axes"], size=13)
import folium  # noqa: E402

folium.LayerControl(collapsed=False).add_to(m)
show_map(m, key=f"layout-{plan}")
st.caption("Geometry is schematic, redrawn from the plan's words; every rule is in the popups and docs/layout.md.")
st.dataframe(sel["layout_zones"].drop(columns="geometry"), hide_index=True)
