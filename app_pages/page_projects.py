"""Projects page: one row per real-world project, filters built from the data, the map and a summary to
paste."""

import hashlib
import tempfile
from pathlib import Path

import altair as alt
import streamlit as st

from app_pages._shared import cached_map, data, plain, show_map
from layers.filters import filter_options, filter_projects, select_projects
from layers.project_summary import counts_by_city_category, counts_by_deadline
from layers.styles import PROJECT_CATEGORIES

COLUMNS = {
    "name": "项目 Project",
    "category": "类别 Category",
    "cluster_cities": "城市 Cities",
    "ends": "区外端点 Ends outside",
    "plans": "规划 Plans",
    "status": "状态 Status (per plan)",
    "deadline": "完成时限 Deadline",
    "tasks": "任务 Task",
    "responsible": "责任单位 Units (as written)",
    "responsible_full": "责任单位全称 Units in full",
    "cities": "所涉地级市 All cities named",
    "quote": "原文 Quotes",
    "link_id": "link_id",
}


@st.cache_data(show_spinner=False, max_entries=32)
def gpkg_bytes(links: tuple[str, ...]) -> bytes:
    """The selected projects (full precision; one row per project, and their rows per plan) as a
    GeoPackage."""
    full = data(web=False)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "projects.gpkg"
        for layer in ("project_summary", "projects"):
            rows = full[layer][full[layer]["link_id"].isin(links)]
            rows.to_file(path, layer=layer, driver="GPKG", engine="pyogrio", append=layer == "projects")
        return path.read_bytes()


def csv(df) -> bytes:
    return df.to_csv().encode("utf-8-sig")


d = data()
st.header("项目 · Projects")
st.caption(
    "One row per real-world project, with every plan that names it. A project is a work plan's task, or a "
    "line, site or works a plan sets out to build; a river or region named in passing is not "
    "(docs/projects.md)."
)
p, summary = d["projects"], d["project_summary"]
if st.session_state.get("project_city") not in (
    None,
    "",
    *filter_options(p, d["counties"], d["plans"])["cities"],
):
    st.session_state["project_city"] = ""
opts = filter_options(p, d["counties"], d["plans"], st.session_state.get("project_city") or None)
if st.session_state.get("project_county") not in (None, "", *opts["counties"]):
    st.session_state["project_county"] = ""  # a county of the city chosen before
c1, c2, c3 = st.columns(3)
city = c1.selectbox("地级市 City", ["", *opts["cities"]], key="project_city")
county = c2.selectbox(
    "旗县区 County",
    ["", *opts["counties"]],
    format_func=lambda a: opts["counties"].get(a, "全部 all"),
    key="project_county",
)
category = c3.multiselect("类别 Category", opts["categories"])
c4, c5, c6, c7 = st.columns(4)
plan = c4.multiselect("规划 Plan", opts["plans"])
status = c5.multiselect("状态 Status", opts["statuses"])
buckets = c6.multiselect("完成时限 Deadline", opts["buckets"])
units = c7.multiselect("责任单位 Responsible unit", opts["units"])
filters = {
    "city": city or None,
    "county": county or None,
    "categories": category or None,
    "plans": plan or None,
    "statuses": status or None,
    "buckets": buckets or None,
    "units": units or None,
}
sel = select_projects(summary, p, **filters).reset_index(drop=True)
st.write(
    f"**{len(sel)}** 个项目 projects (one per link_id) · {len(filter_projects(p, **filters))} plan rows · "
    + " · ".join(f"{k} {v}" for k, v in sel["category"].value_counts().items())
)

full = data(web=False)["project_summary"]
chosen = full[full["link_id"].isin(sel["link_id"])].set_index("link_id").loc[sel["link_id"]].reset_index()
picked = st.session_state.get("project_table")
rows = picked.selection.rows if picked and picked.selection.rows else []
# a clicked row: the map looks at it
focus_link = sel.at[rows[0], "link_id"] if rows and rows[0] < len(sel) else None
m = cached_map("projects", tuple(sel["link_id"]), city or None, county or None, focus_link)
key = hashlib.sha1(
    "|".join([*sel["link_id"], str(city), str(county), str(focus_link)]).encode(),
).hexdigest()[:12]
clicked = (show_map(m, key=f"projects-{key}") or {}).get("last_object_clicked_tooltip")
table = sel[list(COLUMNS)]
if clicked:  # a clicked feature: show its rows
    st.info(f"地图选中 Selected on the map: {plain(clicked)}")
    st.dataframe(table[table["name"] == clicked], hide_index=True, column_config=COLUMNS)
st.caption("Click a row to zoom the map to it; click a feature to see its row.")
st.dataframe(
    table,
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key="project_table",
    column_config=COLUMNS,
)
c8, c9, c10 = st.columns(3)
c8.download_button("CSV", table.to_csv(index=False).encode("utf-8-sig"), "projects.csv", "text/csv")
# the files are made when a button is clicked, not on every filter change
c9.download_button(
    "GeoJSON",
    lambda: chosen.to_json(ensure_ascii=False).encode("utf-8"),
    "projects.geojson",
    "application/geo+json",
)
c10.download_button(
    "GeoPackage",
    lambda: gpkg_bytes(tuple(sorted(sel["link_id"]))),
    "projects.gpkg",
    "application/geopackage+sqlite3",
)

st.subheader("汇总 Summary")
st.caption(
    "Each project counted once: under the chosen city, else its one cluster city, 多市 when it lies in "
    "several, 区外 when in none; under its earliest deadline."
)
by_city = counts_by_city_category(sel, opts["categories"], city or None)
by_deadline = counts_by_deadline(sel)
if not by_city.empty:
    s1, s2 = st.columns([3, 2])
    s1.table(by_city)
    body = by_city.drop(index="合计 total", columns="合计 total")
    s1.bar_chart(
        body,
        color=[PROJECT_CATEGORIES.get(c, PROJECT_CATEGORIES["其他"])["color"] for c in body.columns],
        horizontal=True,
    )
    s1.download_button("城市×类别 CSV", csv(by_city), "projects-by-city-category.csv", "text/csv")
    s2.table(by_deadline)
    bars = by_deadline.drop(index="合计 total").reset_index()
    s2.altair_chart(
        alt.Chart(bars)
        .mark_bar()
        .encode(x="项目 projects:Q", y=alt.Y("完成时限 deadline:N", sort=list(bars.iloc[:, 0])))
    )
    s2.download_button("完成时限 CSV", csv(by_deadline), "projects-by-deadline.csv", "text/csv")
