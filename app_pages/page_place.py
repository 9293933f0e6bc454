"""Place page: search a place, see where it is, its source, and every quote from every plan."""

import streamlit as st

from app_pages._shared import cached_map, data, plain, show_map
from layers.describe import KIND_ZH, method_zh, precision_zh, titles_of

d = data()
titles = titles_of(d["plans"])
st.header("地名")
places = d["places"].sort_values("mention_count", ascending=False)
ids = list(places["place_id"])
wanted = st.query_params.get("place")
names = places.set_index("place_id")["name_zh"]
kinds = places.set_index("place_id")["kind"]
choice = st.selectbox(
    "搜索地名",
    ids,
    index=ids.index(wanted) if wanted in ids else 0,
    format_func=lambda pid: f"{names[pid]}（{KIND_ZH.get(kinds[pid], kinds[pid])}）",
)
r = places[places["place_id"] == choice].iloc[0]
st.markdown(
    f"**{plain(r['name_zh'])}** · {plain(r['name_pinyin'])} · {KIND_ZH.get(r['kind'], plain(r['kind']))} · "
    f"位置：{plain(method_zh(r['coord_source']))} · 精度：{plain(precision_zh(r['precision_m']))}"
)
show_map(cached_map("place", choice), key="place", height=420)
quotes = d["mentions"][d["mentions"]["place_id"] == choice]
st.subheader(f"规划原文 {len(quotes)} 处")
st.dataframe(
    quotes.assign(规划=quotes["plan_id"].map(lambda p: titles.get(p, p))).rename(
        columns={"chapter": "章", "section": "节", "surface": "原文写法", "sentence": "原文"}
    )[["规划", "章", "节", "原文写法", "原文"]],
    hide_index=True,
)
