"""Layers page: every layer toggleable, popups with the plan sentences."""

import folium
import streamlit as st

from app_pages._shared import data, new_map, show_map
from layers.styles import STYLES
from layers.webmap import add_layer

d = data()
st.header("图层 · Layers")
plans = st.multiselect("规划 Plans", sorted(d["plans"]["plan_id"]), default=sorted(d["plans"]["plan_id"]))
chosen = st.multiselect("图层 Layers", [k for k in STYLES if k in d and k != "places"],
                        default=["counties", "rivers", "rail", "roads", "ports", "airports", "eco_zones"],
                        format_func=lambda k: STYLES[k]["label"])
first = d["mentions"].groupby("place_id")["sentence"].first()


def by_plan(df):
    if "plans" not in df.columns or df.empty:
        return df
    return df[df["plans"].fillna("").apply(lambda s: any(p in s.split(",") for p in plans))]


m = new_map(tuple(d["counties"].total_bounds))
for key in chosen:
    gdf = by_plan(d[key]).copy()
    if "place_id" in gdf.columns:
        gdf["quote"] = gdf["place_id"].map(first)
    fields = [c for c in ("name_zh", "kind", "port_type", "airport_type", "line_type", "status", "plans",
                          "coord_source", "precision_m", "geometry_method", "waypoints", "quote") if c in gdf.columns]
    add_layer(m, gdf, key, label=STYLES[key]["label"], fields=fields, detail_page="page_place")
folium.LayerControl(collapsed=False).add_to(m)
show_map(m, key="layers")
st.caption(f"{sum(len(by_plan(d[k])) for k in chosen)} features shown.")
