"""Reading the built GeoPackage (the app's and the export's one loader)."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from geo.errors import GeoPackageError
from layers.schema import LAYERS


def read_layers(path: Path) -> dict[str, pd.DataFrame]:
    """Every contract layer of the GeoPackage; one :class:`GeoPackageError` if it is missing or broken."""
    path = Path(path)
    if not path.exists():
        raise GeoPackageError(f"{str(path)!r}: GeoPackage not found — run `python -m layers build`")
    try:
        present = {name for name, _ in pyogrio.list_layers(path)}
        missing = [n for n in LAYERS if n not in present]
        if missing:
            raise GeoPackageError(f"{str(path)!r}: layers missing: {', '.join(missing)} — rebuild it")
        out = {}
        for name, spec in LAYERS.items():
            if spec["geometry"] is None:
                out[name] = pyogrio.read_dataframe(path, layer=name, read_geometry=False)
            else:
                out[name] = gpd.read_file(path, layer=name, engine="pyogrio")
        return out
    except GeoPackageError:
        raise
    except Exception as exc:  # any GDAL/SQLite failure means the file is not a usable GeoPackage
        raise GeoPackageError(
            f"{str(path)!r}: not a readable GeoPackage ({type(exc).__name__}: {exc}) — rebuild it"
        ) from None
