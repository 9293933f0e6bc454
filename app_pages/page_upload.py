"""Add a plan: upload txt / pdf / docx, see its places, download them. Nothing is written to data/."""

import hashlib
from pathlib import Path

import geopandas as gpd
import streamlit as st

from app_pages._shared import data, new_map, plain, show_map
from geo.errors import PlanExplorerError
from geo.limits import MAX_BYTES, UPLOAD_CHARS, mb
from layers.styles import STYLES
from layers.upload import parse_upload
from layers.webmap import add_layer

LINES = ("rail", "roads", "energy")

st.header("添加规划 · Add a plan")
st.caption(
    f"txt (UTF-8, GB18030, UTF-16), pdf with a text layer, or docx; up to {mb(MAX_BYTES)} and "
    f"{UPLOAD_CHARS:,} characters. Your file stays in your session only."
)
up = st.file_uploader("规划文件 Plan file", type=["txt", "pdf", "docx"])


if up is not None:
    raw = up.getvalue()
    key = hashlib.sha256(raw).hexdigest()
    suffix = (
        Path(up.name).suffix.lower() if Path(up.name).suffix.lower() in (".txt", ".pdf", ".docx") else ".txt"
    )
    label = f"upload-{key[:8]}{suffix}"  # the user's file name is never used as a path
    if st.session_state.get("upload_key") != key:  # parsed once per file
        with st.spinner("解析中 / parsing…"):
            try:  # in a process of its own, killed beyond its time or memory budget (geo.limits)
                plan, frames, gpkg = parse_upload(raw, label)
                st.session_state.update(
                    upload_key=key, upload_plan=plan, upload_frames=frames, upload_gpkg=gpkg, upload_error=""
                )
            except PlanExplorerError as exc:
                problem, fix = getattr(exc, "problem", str(exc)), getattr(exc, "fix", "")
                st.session_state.update(
                    upload_key=key,
                    upload_plan=None,
                    upload_error=(
                        f"{plain(repr(up.name))}: {plain(problem)}" + (f" — {plain(fix)}" if fix else "")
                    ),
                )
    if st.session_state.get("upload_error"):
        st.error(st.session_state["upload_error"])
    elif st.session_state.get("upload_plan") is not None:
        plan, frames = st.session_state["upload_plan"], st.session_state["upload_frames"]
        ms = frames["mentions"]
        located = ms[ms["lon"].notna()]
        lines = [(name, frames[name]) for name in LINES if len(frames[name])]
        st.success(f"{len(plan.sentences)} sentences, {len(ms)} mentions, {len(located)} located")
        compare = st.checkbox("与已有规划对比 Compare with the shipped plans")
        gdf = gpd.GeoDataFrame(
            located, geometry=gpd.points_from_xy(located["lon"], located["lat"]), crs="EPSG:4326"
        )
        bounds = tuple(gdf.total_bounds) if len(gdf) else tuple(data()["counties"].total_bounds)
        m = new_map(bounds)
        if compare:
            add_layer(
                m,
                data()["places"],
                "places",
                label="已有规划 Shipped plans",
                fields=["name_zh", "kind", "plans"],
            )
        add_layer(
            m, gdf, "projects", label="上传规划 Your plan", fields=["name_zh", "kind", "surface", "sentence"]
        )
        for name, layer in lines:
            add_layer(
                m, layer, name, label=STYLES[name]["label"], fields=["name_zh", "line_type", "waypoints"]
            )
        show_map(m, key="upload")
        st.dataframe(located[["name_zh", "kind", "adcode", "surface", "sentence"]], hide_index=True)
        # a line whose ends are placed is drawn, not lost
        drawn = {n for _, layer in lines for n in layer["name_zh"]}
        unresolved = ms[ms["lon"].isna() & ~ms["name_zh"].isin(drawn)]
        st.caption(
            f"未定位 Not located: {len(unresolved)} (lines are drawn from their end points; names far from "
            "the plan's region are kept here with the reason)"
        )
        st.dataframe(unresolved[["surface", "kind", "note", "runner_up", "sentence"]], hide_index=True)
        st.download_button("CSV", ms.to_csv(index=False).encode("utf-8-sig"), "mentions.csv", "text/csv")
        st.download_button(
            "GeoPackage", st.session_state["upload_gpkg"], "plan.gpkg", "application/geopackage+sqlite3"
        )
