"""What every page shares: the cached GeoPackage and the map component."""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import PlanExplorerError
from layers.build import DEFAULT_GPKG, build
from layers.store import read_layers
from layers.webmap import base_map, simplify_for_web


@st.cache_resource(show_spinner=False)
def _load(path: str, _stamp: float) -> dict:
    """Full-precision layers (for downloads and export) and web-simplified copies (for maps), read once."""
    full = read_layers(path)
    return {"full": full, "web": simplify_for_web(full)}


def data(*, web: bool = True) -> dict:
    """All layers (web-simplified unless ``web=False``); builds the GeoPackage with a progress bar on first start."""
    if not DEFAULT_GPKG.exists():
        bar = st.progress(0.0, text="首次启动：正在构建 GeoPackage / building the GeoPackage…")
        steps = iter(range(1, 11))
        try:
            build(progress=lambda s: bar.progress(min(next(steps, 10) / 10, 1.0), text=f"building: {s}"))
        except PlanExplorerError as exc:
            st.error(str(exc))
            st.stop()
        bar.empty()
    try:
        return _load(str(DEFAULT_GPKG), DEFAULT_GPKG.stat().st_mtime)["web" if web else "full"]
    except PlanExplorerError as exc:
        st.error(f"{exc}")
        st.stop()


def show_map(m, key: str, height: int = 620):
    """Render a folium map; no objects returned on pan/zoom, so panning does not rerun the script."""
    return st_folium(m, key=key, height=height, use_container_width=True, returned_objects=["last_object_clicked_tooltip"])


def new_map(bounds):
    """An empty map with the basemap chosen in the sidebar (offline by default)."""
    import os

    key = os.environ.get("TIANDITU_KEY", "")
    if not key:
        try:
            key = st.secrets.get("TIANDITU_KEY", "")
        except FileNotFoundError:
            key = ""
    return base_map(tuple(bounds), basemap=st.session_state.get("basemap", "none"), tianditu_key=key)
