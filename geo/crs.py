"""Datum conversions: GCJ-02 (Amap's offset datum) ↔ WGS 84, and the projected CRS for measuring.

GCJ-02 is WGS 84 plus a smooth, deterministic offset (up to ~700 m in this region). The forward
formula (WGS 84 → GCJ-02) is public; the inverse has no closed form, so :func:`gcj_to_wgs` solves
it by fixed-point iteration until the residual is below 1e-7° (~1 cm).
"""

from __future__ import annotations

import itertools

import numpy as np

_A = 6378245.0  # Krasovsky 1940 semi-major axis used by the GCJ-02 formula
_EE = 0.00669342162296594323

ALBERS_CHINA = (
    "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
)
"""Equal-area Albers for China (standard parallels 25°N and 47°N), for areas and distances."""


def _offset(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x, y = lon - 105.0, lat - 35.0
    dlat = (
        -100.0
        + 2.0 * x
        + 3.0 * y
        + 0.2 * y * y
        + 0.1 * x * y
        + 0.2 * np.sqrt(np.abs(x))
        + (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
        + (20.0 * np.sin(y * np.pi) + 40.0 * np.sin(y / 3.0 * np.pi)) * 2.0 / 3.0
        + (160.0 * np.sin(y / 12.0 * np.pi) + 320.0 * np.sin(y * np.pi / 30.0)) * 2.0 / 3.0
    )
    dlon = (
        300.0
        + x
        + 2.0 * y
        + 0.1 * x * x
        + 0.1 * x * y
        + 0.1 * np.sqrt(np.abs(x))
        + (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
        + (20.0 * np.sin(x * np.pi) + 40.0 * np.sin(x / 3.0 * np.pi)) * 2.0 / 3.0
        + (150.0 * np.sin(x / 12.0 * np.pi) + 300.0 * np.sin(x / 30.0 * np.pi)) * 2.0 / 3.0
    )
    rad = lat / 180.0 * np.pi
    magic = 1 - _EE * np.sin(rad) ** 2
    sq = np.sqrt(magic)
    dlat = dlat * 180.0 / ((_A * (1 - _EE)) / (magic * sq) * np.pi)
    dlon = dlon * 180.0 / (_A / sq * np.cos(rad) * np.pi)
    return dlon, dlat


def wgs_to_gcj(lon, lat):
    """WGS 84 → GCJ-02 (arrays or scalars, degrees)."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    dlon, dlat = _offset(lon, lat)
    return lon + dlon, lat + dlat


def gcj_to_wgs(lon, lat, *, tol: float = 1e-7, max_iter: int = 30):
    """GCJ-02 → WGS 84 by iteration; residual below ``tol`` degrees."""
    glon, glat = np.asarray(lon, float), np.asarray(lat, float)
    wlon, wlat = glon.copy(), glat.copy()
    for _ in range(max_iter):
        flon, flat = wgs_to_gcj(wlon, wlat)
        elon, elat = flon - glon, flat - glat
        wlon, wlat = wlon - elon, wlat - elat
        if np.max(np.abs(elon), initial=0) < tol and np.max(np.abs(elat), initial=0) < tol:
            break
    return wlon, wlat


def geometry_gcj_to_wgs(geom):
    """Shapely geometry with GCJ-02 vertices → the same geometry in WGS 84."""
    import shapely

    coords = shapely.get_coordinates(geom)
    lon, lat = gcj_to_wgs(coords[:, 0], coords[:, 1])
    return shapely.set_coordinates(geom, np.column_stack([lon, lat]))


def geometry_wgs_to_gcj(geom):
    """Shapely geometry in WGS 84 → GCJ-02 (for overlays on an Amap basemap)."""
    import shapely

    coords = shapely.get_coordinates(geom)
    lon, lat = wgs_to_gcj(coords[:, 0], coords[:, 1])
    return shapely.set_coordinates(geom, np.column_stack([lon, lat]))


def haversine_m(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance in metres (mean Earth radius 6,371,008.8 m)."""
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * np.arcsin(np.sqrt(a))


def diameter_m(points) -> float:
    """The greatest distance in metres between two of ``points`` (anything with ``lon`` and ``lat``);
    0 for one."""
    return max(
        (float(haversine_m(a.lon, a.lat, b.lon, b.lat)) for a, b in itertools.combinations(points, 2)),
        default=0.0,
    )
