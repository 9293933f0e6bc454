"""Export page: presentation-ready static maps from the same engine as `python -m layers export`."""

import tempfile
from pathlib import Path

import streamlit as st

from app_pages._shared import data
from layers.export import PRESETS, render

d = data(web=False)
st.header("导出地图 · Export a map")
c1, c2, c3 = st.columns(3)
preset = c1.selectbox("预设 Preset", list(PRESETS), format_func=lambda k: PRESETS[k].title)
fmt = c2.selectbox("格式 Format", ["png", "pdf", "svg"])
size = c3.selectbox("尺寸 Size", ["a4", "slide", "a3"])
title = st.text_input("标题 Title", PRESETS[preset].title)
city = (
    st.selectbox("城市 City (projects preset)", ["", *sorted(d["cities"]["name_zh"])])
    if preset == "city"
    else ""
)
dpi = st.slider("DPI", 72, 300, 150, step=6)
if st.button("生成 Render"):
    with st.spinner("rendering…"), tempfile.TemporaryDirectory() as tmp:
        out = render(
            d, Path(tmp) / f"map.{fmt}", preset=preset, title=title, dpi=dpi, size=size, city=city or None
        )
        payload = out.read_bytes()
    if fmt == "png":
        st.image(payload)
    mime = {"png": "image/png", "pdf": "application/pdf", "svg": "image/svg+xml"}[fmt]
    st.download_button(f"下载 Download .{fmt}", payload, f"{preset}.{fmt}", mime)
