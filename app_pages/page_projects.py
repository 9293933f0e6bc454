"""Projects page: filter by city, county, category, plan, status, deadline; map, table and downloads."""

import tempfile
from pathlib import Path

import folium
import streamlit as st

from app_pages._shared import data, new_map, plain, show_map
from layers.filters import filter_projects
from layers.webmap import add_layer


@st.cache_data(show_spinner=False, max_entries=32)
def gpkg_bytes(ids: tuple[str, ...]) -> bytes:
    """The selected projects (full precision) as a GeoPackage, made once per selection."""
    full = data(web=False)["projects"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "projects.gpkg"
        full[full["project_id"].isin(ids)].to_file(path, layer="projects", driver="GPKG", engine="pyogrio")
        return path.read_bytes()


d = data()
st.header("项目 · Projects")
p = d["projects"]
c1, c2, c3 = st.columns(3)
city = c1.selectbox("地级市 City", [""] + sorted({c for s in p["cities"].dropna() for c in s.split(",") if c}))
counties = d["counties"][d["counties"]["adcode"].isin({a for s in p["county_adcodes"].dropna() for a in s.split(",") if a})]
county = c2.selectbox("旗县区 County", [""] + sorted(counties["adcode"]),
                      format_func=lambda a: counties.set_index("adcode").at[a, "name_zh"] if a else "")
category = c3.multiselect("类别 Category", sorted(p["category"].unique()))
c4, c5, c6 = st.columns(3)
plan = c4.multiselect("规划 Plan", sorted(p["plan_id"].unique()))
status = c5.multiselect("状态 Status", sorted(s for s in p["status"].dropna().unique() if s))
deadline = c6.selectbox("完成时限 Deadline (by)", ["", "2024-06", "2024-12", "2025-12", "2026-12", "持续推进", "长期坚持"])
sel = filter_projects(p, d["counties"], city=city or None, county=county or None, categories=category or None,
                      plans=plan or None, statuses=status or None, deadline=deadline or None)
st.write(f"**{len(sel)}** projects · " + " · ".join(f"{k} {v}" for k, v in sel["category"].value_counts().items()))
full = data(web=False)["projects"]
chosen = full[full["project_id"].isin(sel["project_id"])].reset_index(drop=True)
table = chosen.drop(columns="geometry")
picked = st.session_state.get("project_table")
rows = picked.selection.rows if picked and picked.selection.rows else []
focus = chosen.iloc[rows[0]] if rows and rows[0] < len(chosen) else None  # a clicked row: zoom to it
has_geom = focus is not None and focus.geometry is not None and not focus.geometry.is_empty
m = new_map(focus.geometry.bounds if has_geom else d["counties"].total_bounds)
add_layer(m, d["counties"], "counties", label="旗县区", fields=["name_zh"])
add_layer(m, sel[sel.geometry.notna()], "projects", label="项目 Projects",
          fields=["name", "category", "plan_id", "status", "deadline", "responsible", "cities", "quote"], tooltip_field="name")
folium.LayerControl().add_to(m)
clicked = (show_map(m, key=f"projects-{focus['project_id'] if has_geom else 'all'}") or {}).get("last_object_clicked_tooltip")
if clicked:  # a clicked feature: show its rows
    st.info(f"地图选中 Selected on the map: {plain(clicked)}")
    st.dataframe(table[table["name"] == clicked], hide_index=True)
st.caption("Click a row to zoom the map to it; click a feature to see its rows.")
st.dataframe(table, hide_index=True, on_select="rerun", selection_mode="single-row", key="project_table")
c7, c8, c9 = st.columns(3)
c7.download_button("CSV", table.to_csv(index=False).encode("utf-8-sig"), "projects.csv", "text/csv")
c8.download_button("GeoJSON", chosen.to_json(ensure_ascii=False).encode("utf-8"), "projects.geojson", "application/geo+json")
c9.download_button("GeoPackage", gpkg_bytes(tuple(sorted(chosen["project_id"]))), "projects.gpkg", "application/geopackage+sqlite3")
