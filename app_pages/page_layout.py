"""Layout page: the 2018 一轴一带多区, the 2021 四中心 structure, or both side by side."""

import streamlit as st

from app_pages._shared import cached_map, data, markdown_table, show_map
from layers.describe import layout_table, titles_of

STRUCTURES = {"hbey-2018": "一轴一带多区", "hbew-2021": "四中心带动、三层级联动、多节点互动"}

d = data()
titles = titles_of(d["plans"])
head, pick = st.columns([1, 4], vertical_alignment="center")
head.subheader("空间布局")
options = [*STRUCTURES, "compare"]
wanted = st.query_params.get("plan")  # ?plan=hbew-2021 opens that plan: a link a presenter can share
mode = pick.selectbox(
    "规划",
    options,
    index=options.index(wanted) if wanted in options else 0,
    label_visibility="collapsed",
    format_func=lambda p: (
        f"{titles.get(p, p)}：{STRUCTURES[p]}" if p in STRUCTURES else "两版对比（2018 | 2021）"
    ),
)
if mode == "compare":
    for col, plan in zip(st.columns(2), STRUCTURES):
        with col:
            st.markdown(f"**{titles.get(plan, plan)}**")
            show_map(cached_map("layout", plan, compact=True), key=f"layout-compare-{plan}", height=540)
    plans = list(STRUCTURES)
else:
    show_map(cached_map("layout", mode), key=f"layout-{mode}", height=600)
    plans = [mode]
st.caption(
    "几何为示意：按规划文字重画，规划本身只有示意图。"
    "点击任一要素可见规划原文与画法；图例中的勾选框可开关图层。"
)
# A static table in Markdown (app_pages/_shared.markdown_table): st.dataframe's grid held the drawn map back
# ~0.6 s; st.table's Arrow renderer is 12 more script files (1 MB) for every new browser session.
st.markdown(markdown_table(layout_table(d, plans)))
