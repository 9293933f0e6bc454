"""What every page shares: the cached layers (from the GeoPackage, or from PostGIS when ``PLAN_EXPLORER_DB``
is set) and the map component."""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import PlanExplorerError
from layers.build import DEFAULT_GPKG, build
from layers.postgis import DB_ENV, read_postgis
from layers.store import read_layers
from layers.webmap import add_payload, add_specs, base_map, map_payload, simplify_for_web


@st.cache_resource(show_spinner=False)
def _load(path: str, _stamp: float) -> dict:
    """Full-precision layers (for downloads and export) and web-simplified copies (for maps), read once."""
    full = read_layers(path)
    return {"full": full, "web": simplify_for_web(full)}


@st.cache_resource(show_spinner=False)
def _load_db(url: str, _stamp: str) -> dict:
    """The layers of the PostGIS build with this input hash (``_stamp``), read once, with their web copies."""
    full = read_postgis(url)
    return {"full": full, "web": simplify_for_web(full)}


@st.cache_data(show_spinner=False, ttl=15)
def _db_stamp(url: str) -> str:
    """The input hash of the build in the database, asked again at most every 15 s (a new build is then
    read)."""
    info = read_postgis(url, layers=["build_info"])["build_info"]
    return dict(zip(info["key"], info["value"])).get("input_hash", "")


def _secret(name: str) -> str:
    """A setting from the environment, else from ``.streamlit/secrets.toml``; never shown or logged."""
    import os

    value = os.environ.get(name, "")
    if not value:
        try:
            value = st.secrets.get(name, "")
        except FileNotFoundError:
            value = ""
    return value


def version() -> str:
    """What identifies the data being shown: the database build's input hash, or the GeoPackage's time
    stamp."""
    url = _secret(DB_ENV)
    return _db_stamp(url) if url else str(DEFAULT_GPKG.stat().st_mtime)


def _build_with_progress(message: str) -> None:
    bar = st.progress(0.0, text=message)
    steps = iter(range(1, 11))
    try:
        build(
            out=DEFAULT_GPKG,
            progress=lambda s: bar.progress(min(next(steps, 10) / 10, 1.0), text=f"{message} {s}"),
            force=True,
        )
    except PlanExplorerError as exc:
        st.error(str(exc))
        st.stop()
    bar.empty()


def data(*, web: bool = True) -> dict:
    """All layers (web-simplified unless ``web=False``).

    With ``PLAN_EXPLORER_DB`` set (environment or secrets) the layers come from that PostGIS database, read
    with the app's read-only connection; a database that cannot be read is one message, never a traceback.
    Otherwise a missing GeoPackage is built with a progress bar; an unreadable one is named, rebuilt from the
    plans (it is derived data, nothing is lost) and read again.
    """
    url = _secret(DB_ENV)
    if url:
        try:
            return _load_db(url, _db_stamp(url))["web" if web else "full"]
        except PlanExplorerError as exc:
            st.error(f"数据库无法读取 / database not readable: {exc}")
            st.stop()
    if not DEFAULT_GPKG.exists():
        _build_with_progress("首次启动：正在构建 GeoPackage / building the GeoPackage…")
    for attempt in (1, 2):
        try:
            return _load(str(DEFAULT_GPKG), DEFAULT_GPKG.stat().st_mtime)["web" if web else "full"]
        except PlanExplorerError as exc:
            if attempt == 2:
                st.error(str(exc))
                st.stop()
            st.warning(str(exc))
            _build_with_progress("正在重建 / rebuilding…")


_MARKDOWN = {c: "\\" + c for c in "\\`*_{}[]()#+-.!|~<>$:"}


def plain(text: object) -> str:
    """Text from a document or a file name, shown literally where Streamlit reads Markdown (no links, images,
    formulas, colour directives or HTML)."""
    return "".join(_MARKDOWN.get(c, c) for c in str(text))


def markdown_table(df) -> str:
    """``df`` as a static Markdown table, every cell (and column name) shown literally through :func:`plain`;
    a line break inside a cell becomes a space (it would end the row).

    Drawn by the Markdown renderer every page already loads for its captions, where ``st.table`` loads
    Streamlit's Arrow table renderer: twelve more script files, 1 MB, fetched and compiled by every new
    browser session while its map waits for the same server and connections (issue #17)."""

    def row(cells) -> str:
        return "| " + " | ".join(" ".join(plain(c).splitlines()) for c in cells) + " |"

    lines = [row(df.columns), "|" + " --- |" * len(df.columns)]
    return "\n".join(lines + [row(r) for r in df.itertuples(index=False)])


def show_map(m, key: str, height: int = 620):
    """Render a folium map under the Content Security Policy of :mod:`layers.csp`; no objects returned on
    pan/zoom, so panning does not rerun the script.

    ``render=False``: streamlit-folium otherwise renders the whole HTML page of the map first and throws it
    away (it renders the parts it sends again); the arguments sent are the same (tests/test_app.py), at 40 %
    of the server time per session."""
    from layers.csp import protect

    return st_folium(
        protect(m),
        key=key,
        height=height,
        use_container_width=True,
        render=False,
        returned_objects=["last_object_clicked_tooltip"],
    )


def new_map(bounds, *, compact: bool = False, context: bool = True):
    """A map with the basemap chosen in the sidebar (offline by default) and, unless ``context=False``, the
    offline context (neighbouring provinces and prefectures, rivers) under what the page adds."""

    key = _secret("TIANDITU_KEY")
    basemap = st.session_state.get("basemap", "none")
    m = base_map(tuple(bounds), basemap=basemap, tianditu_key=key, compact=compact)
    if context:
        from layers.maps import context_specs

        add_specs(m, context_specs(tuple(bounds), gcj02=basemap == "amap", compact=compact))
    return m


@st.cache_resource(show_spinner=False, max_entries=48)
def _payload(kind: str, args: tuple, gcj02: bool, stamp: str, compact: bool) -> tuple[str, tuple]:
    """A map's layers serialised once per selection, basemap datum, size and data version (``stamp``,
    :func:`version`): one immutable text shared by every session, pasted into the map's script by each run."""
    from layers import maps

    if kind == "layout":
        specs, bounds = maps.layout_specs(data(), *args, gcj02=gcj02, compact=compact)
    else:
        build = {
            "layers": maps.layers_specs,
            "place": maps.place_specs,
            "projects": maps.projects_specs,
        }[kind]
        specs, bounds = build(data(), *args, gcj02=gcj02)
    return map_payload(specs), bounds


def cached_map(kind: str, *args, compact: bool = False):
    """The map of a page (``layout``, ``layers``, ``place`` or ``projects`` of :mod:`layers.maps`) for this
    selection; ``compact`` for a half-width map."""
    gcj02 = st.session_state.get("basemap", "none") == "amap"
    payload, bounds = _payload(kind, tuple(args), gcj02, version(), compact)
    # the payload holds its context
    return add_payload(new_map(bounds, compact=compact, context=False), payload)
