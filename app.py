"""The explorer: ``streamlit run app.py``. Router and shared sidebar only; pages live in app_pages/."""

import streamlit as st

st.set_page_config(page_title="城市群规划空间浏览器 · Cluster plan explorer", layout="wide")

pages = [
    st.Page("app_pages/page_layout.py", title="空间布局 Layout", default=True),
    st.Page("app_pages/page_layers.py", title="图层 Layers"),
    st.Page("app_pages/page_projects.py", title="项目 Projects"),
    st.Page("app_pages/page_place.py", title="地名 Place"),
    st.Page("app_pages/page_export.py", title="导出 Export"),
    st.Page("app_pages/page_upload.py", title="添加规划 Add a plan"),
]
from layers.webmap import BASEMAPS  # noqa: E402

st.sidebar.caption("呼包鄂榆 / 呼包鄂乌 城市群规划 · offline, WGS 84")
st.sidebar.selectbox("底图 Basemap", list(BASEMAPS), format_func=BASEMAPS.get, key="basemap",
                     help="Only 'None' works without a network; Amap shifts every overlay to GCJ-02.")
st.navigation(pages).run()
