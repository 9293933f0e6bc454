"""Projects page: filter by city, county, category, plan, status, deadline; map, table and downloads."""

import io
import tempfile
from pathlib import Path

import folium
import streamlit as st

from app_pages._shared import data, show_map
from layers.filters import filter_projects
from layers.webmap import add_layer, base_map

d = data()
st.header("项目 · Projects")
p = d["projects"]
c1, c2, c3 = st.columns(3)
city = c1.selectbox("地级市 City", [""] + sorted({c for s in p["cities"].dropna() for c in s.split(",") if c}))
category = c2.multiselect("类别 Category", sorted(p["category"].unique()))
plan = c3.multiselect("规划 Plan", sorted(p["plan_id"].unique()))
deadline = st.selectbox("完成时限 Deadline (by)", ["", "2024-06", "2024-12", "2025-12", "2026-12", "持续推进"])
sel = filter_projects(p, d["counties"], city=city or None, categories=category or None, plans=plan or None,
                      deadline=deadline or None)
st.write(f"**{len(sel)}** projects · " + " · ".join(f"{k} {v}" for k, v in sel["category"].value_counts().items()))
m = base_map(tuple(d["counties"].total_bounds))
add_layer(m, d["counties"], "counties", label="旗县区", fields=["name_zh"])
add_layer(m, sel[sel.geometry.notna()], "projects", label="项目 Projects",
          fields=["name", "category", "plan_id", "status", "deadline", "responsible", "cities", "quote"], tooltip_field="name")
folium.LayerControl().add_to(m)
show_map(m, key="projects")
table = sel.drop(columns="geometry")
st.dataframe(table, hide_index=True)
st.download_button("CSV", table.to_csv(index=False).encode("utf-8-sig"), "projects.csv", "text/csv")
st.download_button("GeoJSON", sel.to_json(ensure_ascii=False).encode("utf-8"), "projects.geojson", "application/geo+json")
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "projects.gpkg"
    sel.to_file(path, layer="projects", driver="GPKG", engine="pyogrio")
    st.download_button("GeoPackage", io.BytesIO(path.read_bytes()), "projects.gpkg", "application/geopackage+sqlite3")
