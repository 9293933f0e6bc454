"""The explorer: ``streamlit run app.py``. Router and shared sidebar only; pages live in app_pages/."""

import streamlit as st

st.set_page_config(page_title="城市群规划空间浏览器", page_icon="🗺️", layout="wide")

pages = [
    st.Page("app_pages/page_layout.py", title="空间布局", icon=":material/account_tree:", default=True),
    st.Page("app_pages/page_layers.py", title="图层", icon=":material/layers:"),
    st.Page("app_pages/page_projects.py", title="项目", icon=":material/construction:"),
    st.Page("app_pages/page_place.py", title="地名", icon=":material/location_on:"),
    st.Page("app_pages/page_export.py", title="导出地图", icon=":material/download:"),
    st.Page("app_pages/page_upload.py", title="添加规划", icon=":material/upload_file:"),
]
from layers.webmap import BASEMAPS  # noqa: E402

# Less empty space above the page, so a map and its legend fit a 1280×720 projector without scrolling;
# Markdown tables as compact as st.table's; loading placeholders drawn still, not pulsing (as Streamlit draws
# them for a reader who asks for reduced motion): a pulsing one cost its page 0.14 s of CPU per second while
# the map's code loaded, and many pages loading at once wait long (issue #21). st.html, not st.markdown:
# Markdown with HTML loads 190 kB more script into every new browser session, st.html 30 kB.
st.html(
    "<style>.block-container{padding-top:2.2rem}[data-testid=stSkeleton]{animation:none}"
    ".stMarkdown table{font-size:.875rem}.stMarkdown th,.stMarkdown td{padding:.25rem .5rem}</style>"
)
st.sidebar.caption("呼包鄂榆 / 呼包鄂乌城市群规划 · 离线 · WGS 84")
st.sidebar.selectbox(
    "底图",
    list(BASEMAPS),
    format_func=BASEMAPS.get,
    key="basemap",
    help="只有“无底图”不需联网；高德底图会把叠加图层转为 GCJ-02。",
)
st.navigation(pages).run()
