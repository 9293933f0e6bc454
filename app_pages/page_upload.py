"""Add a plan: upload txt / pdf / docx, see its places, download them. Nothing is written to data/."""

import concurrent.futures
import hashlib
import tempfile
from pathlib import Path

import geopandas as gpd
import streamlit as st

from app_pages._shared import data, new_map, plain, show_map
from geo.corpus import build_plan
from geo.decode import MAX_BYTES
from geo.documents import bytes_to_text
from geo.errors import PlanExplorerError
from geo.gazetteer import load_gazetteer
from geo.geoparse import geoparse_plan
from layers.build import mentions_frame, plan_to_geopackage
from layers.webmap import add_layer

PARSE_SECONDS = 60
_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=2)

st.header("添加规划 · Add a plan")
st.caption(f"txt (UTF-8, GB18030, UTF-16), pdf with a text layer, or docx; up to {MAX_BYTES // 2**20} MB. "
           "Your file stays in your session only.")
up = st.file_uploader("规划文件 Plan file", type=["txt", "pdf", "docx"])


def parse(raw: bytes, label: str):
    text = bytes_to_text(raw, label)
    plan = build_plan("upload", [(label, text)], {"title": label})
    return plan, mentions_frame([plan], {"upload": geoparse_plan(plan, load_gazetteer(), keep_words=False)})


if up is not None:
    raw = up.getvalue()
    key = hashlib.sha256(raw).hexdigest()
    label = f"upload-{key[:8]}"  # the user's file name is never used as a path
    if st.session_state.get("upload_key") != key:
        with st.spinner("解析中 / parsing…"):
            try:
                plan, mentions = _POOL.submit(parse, raw, label).result(timeout=PARSE_SECONDS)
                st.session_state.update(upload_key=key, upload_plan=plan, upload_mentions=mentions, upload_error="")
            except PlanExplorerError as exc:
                st.session_state.update(upload_key=key, upload_plan=None, upload_error=f"{plain(repr(up.name))}: {plain(exc.problem)} — {plain(exc.fix)}")
            except concurrent.futures.TimeoutError:
                st.session_state.update(upload_key=key, upload_plan=None, upload_error=f"parsing took over {PARSE_SECONDS} s")
    if st.session_state.get("upload_error"):
        st.error(st.session_state["upload_error"])
    elif st.session_state.get("upload_plan") is not None:
        plan, ms = st.session_state["upload_plan"], st.session_state["upload_mentions"]
        located = ms[ms["lon"].notna()]
        st.success(f"{len(plan.sentences)} sentences, {len(ms)} mentions, {len(located)} located")
        compare = st.checkbox("与已有规划对比 Compare with the shipped plans")
        gdf = gpd.GeoDataFrame(located, geometry=gpd.points_from_xy(located["lon"], located["lat"]), crs="EPSG:4326")
        bounds = tuple(gdf.total_bounds) if len(gdf) else tuple(data()["counties"].total_bounds)
        m = new_map(bounds)
        if compare:
            add_layer(m, data()["places"], "places", label="已有规划 Shipped plans", fields=["name_zh", "kind", "plans"])
        add_layer(m, gdf, "projects", label="上传规划 Your plan", fields=["name_zh", "kind", "surface", "sentence"])
        show_map(m, key="upload")
        st.dataframe(located[["name_zh", "kind", "adcode", "surface", "sentence"]], hide_index=True)
        unresolved = ms[ms["lon"].isna()]
        st.caption(f"未定位 Not located: {len(unresolved)} (lines are drawn from their end points; names far from the plan's "
                   "region are kept here with the reason)")
        st.dataframe(unresolved[["surface", "kind", "note", "runner_up", "sentence"]], hide_index=True)
        st.download_button("CSV", ms.to_csv(index=False).encode("utf-8-sig"), "mentions.csv", "text/csv")
        with tempfile.TemporaryDirectory() as tmp:
            out = plan_to_geopackage(plan, Path(tmp) / "plan.gpkg")
            st.download_button("GeoPackage", out.read_bytes(), "plan.gpkg", "application/geopackage+sqlite3")
