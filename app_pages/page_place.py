"""Place page: search a place, see where it is, its source, and every quote from every plan."""

import folium
import streamlit as st

from app_pages._shared import data, new_map, plain, show_map
from layers.webmap import add_layer

d = data()
st.header("地名 · Place")
places = d["places"].sort_values("mention_count", ascending=False)
ids = list(places["place_id"])
wanted = st.query_params.get("place")
names = places.set_index("place_id")["name_zh"]
choice = st.selectbox("搜索地名 Search", ids, index=ids.index(wanted) if wanted in ids else 0,
                      format_func=lambda pid: f"{names[pid]} ({pid})")
row = places[places["place_id"] == choice]
r = row.iloc[0]
st.markdown(f"**{plain(r['name_zh'])}** · {plain(r['name_pinyin'])} · kind `{r['kind']}` · adcode `{r['adcode']}` · "
            f"source `{r['coord_source']}` · precision ±{r['precision_m']:.0f} m")
x, y = r.geometry.x, r.geometry.y
m = new_map((x - 0.5, y - 0.4, x + 0.5, y + 0.4))
add_layer(m, d["counties"], "counties", label="旗县区", fields=["name_zh"])
add_layer(m, row, "places", label=r["name_zh"], fields=["name_zh", "kind", "coord_source", "precision_m", "source"])
folium.LayerControl().add_to(m)
show_map(m, key="place", height=380)
quotes = d["mentions"][d["mentions"]["place_id"] == choice][["plan_id", "chapter", "section", "surface", "sentence"]]
st.subheader(f"{len(quotes)} quotes")
st.dataframe(quotes, hide_index=True)
