"""What every page shares: the cached GeoPackage and the map component."""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import PlanExplorerError
from layers.build import DEFAULT_GPKG, build
from layers.store import read_layers


@st.cache_resource(show_spinner=False)
def _load(path: str, _stamp: float) -> dict:
    return read_layers(path)


def data() -> dict:
    """All layers; builds the GeoPackage with a progress bar on first start."""
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
        return _load(str(DEFAULT_GPKG), DEFAULT_GPKG.stat().st_mtime)
    except PlanExplorerError as exc:
        st.error(f"{exc}")
        st.stop()


def show_map(m, key: str, height: int = 620):
    """Render a folium map; no objects returned on pan/zoom, so panning does not rerun the script."""
    return st_folium(m, key=key, height=height, use_container_width=True, returned_objects=["last_object_clicked_tooltip"])
