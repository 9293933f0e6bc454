"""A Content Security Policy for the map frames of the explorer.

Streamlit sets no response headers of an app's choosing, and its components (streamlit-folium's map among
them) run in iframes it serves; what a map can carry is a ``<meta http-equiv="Content-Security-Policy">`` in
its header, which streamlit-folium writes into the frame's ``<head>`` once Leaflet (a ``data:`` URI) has
loaded and before the map's script runs. From then on the frame loads nothing from anywhere (no script file,
frame, object or ``fetch``), runs no inline event handler (``<img onerror=…>``: ``script-src-attr 'none'``)
and submits no form; images come only from ``data:`` and from the tile servers of the basemap chosen in the
sidebar. What the stack needs stays allowed: streamlit-folium runs the map's script as an inline ``<script>``
element it creates (``script-src-elem 'unsafe-inline'``; a hash cannot be given, the element's text is
assembled in the browser) and evaluates the layer control with ``eval`` (``'unsafe-eval'``). The page around
the frames (Streamlit's own) is not covered: it takes no policy from an app.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast
from urllib.parse import urlsplit

import folium
from branca.element import Element, Figure


def tile_origin(url: str) -> str:
    """The CSP source of a tile URL template: ``https://webrd0{s}.is.autonavi.com/…`` →
    ``https://*.is.autonavi.com``."""
    parts = urlsplit(url.replace("{s}", "a"))
    labels = urlsplit(url).netloc.split(".")
    templated = [i for i, label in enumerate(labels) if "{" in label]
    host = ".".join(["*", *labels[templated[-1] + 1 :]]) if templated else parts.netloc
    return f"{parts.scheme}://{host}"


def policy(tile_urls: Iterable[str] = ()) -> str:
    """The policy of a map frame whose basemap tiles come from ``tile_urls`` (none: offline)."""
    images = " ".join(["data:", "blob:", *sorted({tile_origin(u) for u in tile_urls})])
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'unsafe-eval'",
            "script-src-elem 'unsafe-inline'",
            "script-src-attr 'none'",
            "style-src 'self' 'unsafe-inline' data:",
            f"img-src {images}",
            "font-src data:",
            "connect-src 'none'",
            "frame-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def tile_urls(m: folium.Map) -> list[str]:
    """The URL templates of the basemap tile layers of ``m``."""
    return [child.tiles for child in m._children.values() if isinstance(child, folium.TileLayer)]


def protect(m: folium.Map) -> folium.Map:
    """``m`` with the policy for its basemap in its header (once, whatever the number of calls)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(tile_urls(m))}">'
    cast(Figure, m.get_root()).header.add_child(Element(meta), name="pm_csp")
    return m
