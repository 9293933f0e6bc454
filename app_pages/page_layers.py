"""Layers page: every layer toggleable, popups with the plan sentences."""

import streamlit as st

from app_pages._shared import cached_map, data, show_map
from layers.describe import titles_of
from layers.styles import STYLES, legend_label

d = data()
titles = titles_of(d["plans"])
st.header("图层")
ids = sorted(d["plans"]["plan_id"])
plans = st.multiselect("规划", ids, default=ids, format_func=lambda p: titles.get(p, p))
chosen = st.multiselect(
    "图层",
    [k for k in STYLES if k in d and k != "places"],
    default=["counties", "rivers", "rail", "roads", "ports", "airports", "eco_zones"],
    format_func=legend_label,
)
show_map(cached_map("layers", tuple(plans), tuple(chosen)), key="layers")
shown = sum(
    len(d[k])
    if "plans" not in d[k].columns
    else int(d[k]["plans"].fillna("").apply(lambda s: any(p in s.split(",") for p in plans)).sum())
    for k in chosen
)
st.caption(f"共 {shown} 个要素。虚线圈表示位置不确定的地点（如以旗县驻地代位），地点在圈内某处。")
