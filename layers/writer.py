"""The one place that writes the GeoPackage: all layers into a temporary file, then moved into place."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from layers.schema import LAYERS


def write_geopackage(frames: dict[str, pd.DataFrame], out: Path) -> Path:
    """Write every layer of ``frames`` (GeoDataFrame, or DataFrame for attribute tables) to ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(out.parent)
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", dir=out.parent, prefix=".building-")
    os.close(fd)
    os.unlink(tmp)
    from layers.qgis_styles import layer_styles

    frames = {**frames, "layer_styles": layer_styles(list(frames))}
    try:
        for name, df in frames.items():
            spec = LAYERS[name]
            cols = list(dict.fromkeys(spec["columns"] + [c for c in df.columns if c != "geometry"]))
            opts = {"DESCRIPTION": spec["description"]}
            if spec["geometry"] is None:
                pyogrio.write_dataframe(df[cols].reset_index(drop=True), tmp, layer=name, driver="GPKG",
                                        layer_options=opts, append=Path(tmp).exists())
            else:
                gdf = gpd.GeoDataFrame(df[cols + ["geometry"]], geometry="geometry", crs="EPSG:4326")
                pyogrio.write_dataframe(gdf, tmp, layer=name, driver="GPKG", layer_options=opts,
                                        geometry_type="Unknown" if spec["geometry"] == "Geometry" else spec["geometry"],
                                        promote_to_multi=spec["geometry"].startswith("Multi"),
                                        append=Path(tmp).exists())
        _stamp(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def _stamp(path: str) -> None:
    """Fixed timestamps so that the same input gives the same file."""
    with sqlite3.connect(path) as con:
        con.execute("UPDATE gpkg_contents SET last_change = '2000-01-01T00:00:00.000Z'")


STALE_AFTER_S = 600
"""A temporary file of a build older than this was left by a build that was killed: removed at the next build
(a younger one may belong to a build running beside this one)."""


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporary files (and SQLite journals) that killed builds left in ``folder``."""
    import time

    gone = []
    for f in [*folder.glob(".building-*.gpkg"), *folder.glob(".building-*.gpkg-journal")]:
        try:
            if time.time() - f.stat().st_mtime > STALE_AFTER_S:
                f.unlink()
                gone.append(f)
        except FileNotFoundError:
            pass
    return gone


def is_whole(path: Path) -> bool:
    """Whether a GeoPackage passes SQLite's integrity check and holds every table of the schema."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return False
            tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
            for name in LAYERS:
                if name not in tables:
                    return False
                con.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
