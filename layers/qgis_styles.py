"""QGIS ``layer_styles`` rows made from :mod:`layers.styles`, so QGIS opens every layer styled like the
app."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

import pandas as pd

from layers.schema import LAYERS
from layers.styles import PROJECT_CATEGORIES, STYLES, project_style

SYMBOL = {
    "Point": "marker",
    "MultiPoint": "marker",
    "MultiLineString": "line",
    "MultiPolygon": "fill",
    "Geometry": "marker",
}
SYMBOL_OF = {"fill": "fill", "line": "line", "point": "marker", "ring": "marker"}
"""QGIS symbol type of each :data:`layers.styles.STYLES` symbol."""


def _rgba(hex_color: str, alpha: float = 1.0) -> str:
    h = hex_color.lstrip("#")
    return ",".join(str(int(h[i : i + 2], 16)) for i in (0, 2, 4)) + f",{round(alpha * 255)}"


def _options(**kv: str) -> str:
    return "".join(f'<Option name="{k}" type="QString" value={quoteattr(str(v))}/>' for k, v in kv.items())


def _symbol(kind: str, st: dict, name: str) -> str:
    """One QGIS symbol (fill, line or marker) drawn as the style says."""
    if kind == "fill":
        cls = "SimpleFill"
        opts = _options(
            color=_rgba(st["color"], st["fill_opacity"]),
            outline_color=_rgba(st["edge"]),
            outline_width=st["width"] * 0.3,
            outline_width_unit="MM",
            style="solid" if st["fill_opacity"] else "no",
            outline_style="dash" if st.get("dash") else "solid",
        )
    elif kind == "line":
        cls = "SimpleLine"
        opts = _options(
            line_color=_rgba(st["color"]),
            line_width=st["width"] * 0.3,
            line_width_unit="MM",
            line_style="dash" if st.get("dash") else "solid",
        )
    else:
        cls = "SimpleMarker"
        opts = _options(
            color=_rgba(st["color"]),
            outline_color=_rgba(st["edge"]),
            size=max(st["radius"], 3) * 0.5,
            size_unit="MM",
            name="circle",
        )
    return (
        f'<symbol type="{kind}" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="{cls}" enabled="1" pass="0" locked="0"><Option type="Map">{opts}</Option></layer>'
        "</symbol>"
    )


def _categories(layer: str, kind: str) -> tuple[str, list[tuple[str, str]]]:
    """The column a layer's QGIS style is categorised by and its ``(value, style key)`` pairs: the layout
    layers by their ``style`` column, the projects by ``category``; none for the other layers."""
    if layer.startswith("layout_"):
        keys = sorted(
            k for k in STYLES if k.startswith("layout:") and SYMBOL_OF.get(STYLES[k]["symbol"]) == kind
        )
        return "style", [(k, k) for k in keys]
    if layer in ("projects", "project_summary"):
        return "category", [(c, project_style(c)) for c in PROJECT_CATEGORIES]
    return "", []


def _renderer(layer: str, kind: str) -> str:
    """A single symbol, or one category per value of the column :func:`_categories` names."""
    attr, pairs = _categories(layer, kind)
    if not pairs:
        return (
            '<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0"><symbols>'
            + _symbol(kind, STYLES.get(layer, STYLES["places"]), "0")
            + "</symbols></renderer-v2>"
        )
    cats = "".join(
        f'<category render="true" symbol="{i}" value={quoteattr(v)} label={quoteattr(STYLES[k]["label"])}/>'
        for i, (v, k) in enumerate(pairs)
    )
    syms = "".join(_symbol(kind, STYLES[k], str(i)) for i, (_, k) in enumerate(pairs))
    return (
        f'<renderer-v2 type="categorizedSymbol" attr="{attr}" symbollevels="0" enableorderby="0" '
        'forceraster="0">'
        f"<categories>{cats}</categories><symbols>{syms}</symbols></renderer-v2>"
    )


def qml(layer: str) -> str:
    """A QML style with Chinese labels from the layer's name column (categorised: see :func:`_categories`)."""
    kind = SYMBOL[LAYERS[layer]["geometry"]]
    label_field = "name" if layer in ("projects", "project_summary") else "name_zh"
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
        '<qgis version="3.28.0" styleCategories="Symbology|Labeling">'
        + _renderer(layer, kind)
        + f'<labeling type="simple"><settings calloutType="simple"><text-style fieldName="{label_field}" '
        'fontSize="9" fontFamily="Noto Sans CJK SC" textColor="40,40,40,255"/></settings></labeling>'
        "<layerGeometryType>"
        + {"marker": "0", "line": "1", "fill": "2"}[kind]
        + "</layerGeometryType></qgis>"
    )


def layer_styles(layers: list[str], geometry_column: str = "geom") -> pd.DataFrame:
    """One default style row per spatial layer (QGIS reads the table ``layer_styles``)."""
    rows = [
        {
            "f_table_catalog": "",
            "f_table_schema": "",
            "f_table_name": name,
            "f_geometry_column": geometry_column,
            "styleName": f"{name} (cluster-plan-explorer)",
            "styleQML": qml(name),
            "styleSLD": "",
            "useAsDefault": True,
            "description": STYLES.get(name, STYLES["places"])["label"],
            "owner": "",
            "ui": "",
            "update_time": "2000-01-01T00:00:00Z",
        }
        for name in layers
        if LAYERS[name]["geometry"] is not None
    ]
    return pd.DataFrame(rows)
