"""The one place that writes the GeoPackage: all layers into a temporary file, then moved into place."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from layers.schema import LAYERS


def write_geopackage(frames: dict[str, pd.DataFrame], out: Path, *, incremental: bool = False) -> Path:
    """Write every layer of ``frames`` (GeoDataFrame, or DataFrame for attribute tables) to ``out``.

    ``incremental``: the rows' digests are kept in ``data/cache/written/``, and when ``out`` is still the file
    this writer wrote last, only the rows that differ are rewritten, in a copy moved into place: the tables
    hold the same rows, with the same fids, as a file written anew (:func:`patched`)."""
    from layers.qgis_styles import layer_styles

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(out.parent)
    frames = {**frames, "layer_styles": layer_styles(list(frames))}
    digests = {name: layer_digests(name, df) for name, df in frames.items()} if incremental else {}
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", dir=out.parent, prefix=".building-")
    os.close(fd)
    try:
        before = _previous(out) if incremental else None
        if before is None or not _patched_or_not(frames, digests, before, out, Path(tmp)):
            os.unlink(tmp)
            for name, df in frames.items():
                _write_layer(df, tmp, name)
        _stamp(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if incremental:
        _remember(out, digests)
    return out


def _write_layer(df: pd.DataFrame, path: str | Path, name: str) -> None:
    """One layer appended to the GeoPackage ``path`` (created by the first), its contract columns first."""
    spec = LAYERS[name]
    cols = list(dict.fromkeys(spec["columns"] + [c for c in df.columns if c != "geometry"]))
    opts = {"DESCRIPTION": spec["description"]}
    if spec["geometry"] is None:
        pyogrio.write_dataframe(
            df[cols].reset_index(drop=True),
            path,
            layer=name,
            driver="GPKG",
            layer_options=opts,
            append=Path(path).exists(),
        )
    else:
        gdf = gpd.GeoDataFrame(df[cols + ["geometry"]], geometry="geometry", crs="EPSG:4326")
        pyogrio.write_dataframe(
            gdf,
            path,
            layer=name,
            driver="GPKG",
            layer_options=opts,
            geometry_type="Unknown" if spec["geometry"] == "Geometry" else spec["geometry"],
            promote_to_multi=spec["geometry"].startswith("Multi"),
            append=Path(path).exists(),
        )


Digests = tuple[str, np.ndarray]
"""A layer's column names and types, and one 64-bit digest per row (its values and its geometry's WKB)."""


def layer_digests(name: str, df: pd.DataFrame) -> Digests:
    """What :func:`patched` compares: the layer's schema and each row's digest."""
    cols = [c for c in df.columns if c != "geometry"]
    schema = repr([(c, str(df[c].dtype)) for c in cols] + [("geometry", LAYERS[name]["geometry"])])
    rows = pd.util.hash_pandas_object(pd.DataFrame(df[cols]).reset_index(drop=True), index=False).to_numpy()
    if "geometry" in df.columns:
        rows = rows * np.uint64(1000003) ^ _geometry_digests(np.asarray(df["geometry"], dtype=object))
    return schema, rows


def _geometry_digests(geoms: np.ndarray) -> np.ndarray:
    """A 64-bit digest of each geometry's WKB; a geometry object that several rows share is encoded once."""
    first: dict[int, int] = {}
    for i, g in enumerate(geoms):
        first.setdefault(id(g), i)
    at = np.fromiter(first.values(), dtype=np.int64, count=len(first))
    wkb = shapely.to_wkb(geoms[at])
    digests = dict(zip(first, pd.util.hash_array(np.asarray([w or b"" for w in wkb], dtype=object))))
    return np.fromiter((digests[id(g)] for g in geoms), dtype=np.uint64, count=len(geoms))


def digests_dir() -> Path:
    """Where the digests of the files this writer wrote are kept: ``data/cache/written`` (see
    :mod:`geo.cache`)."""
    from geo.cache import CACHE

    return CACHE / "written"


def _sidecar(out: Path) -> Path:
    return digests_dir() / f"{hashlib.sha1(str(out.resolve()).encode()).hexdigest()[:16]}.pickle"


def _file_stamp(out: Path) -> tuple[int, int]:
    st = out.stat()
    return st.st_size, st.st_mtime_ns


def _previous(out: Path) -> dict[str, Digests] | None:
    """The digests of the rows of ``out`` as this writer wrote it last; None if it has changed since or is
    unknown."""
    try:
        with open(_sidecar(out), "rb") as f:
            kept = pickle.load(f)
        return kept["layers"] if kept["file"] == _file_stamp(out) else None
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError):
        return None


def _remember(out: Path, digests: dict[str, Digests]) -> None:
    """Keep the rows' digests of the file just written (a read-only cache only costs time at the next
    build)."""
    try:
        path = _sidecar(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as f:
            pickle.dump({"file": _file_stamp(out), "layers": digests}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass


def _patched_or_not(
    frames: dict[str, pd.DataFrame],
    digests: dict[str, Digests],
    before: dict[str, Digests],
    out: Path,
    tmp: Path,
) -> bool:
    """:func:`patched`, or False when it failed in any way (the file is then written anew, which is always
    right)."""
    try:
        return patched(frames, digests, before, out, tmp)
    except Exception:  # noqa: BLE001 - a copy that cannot be patched is replaced by a whole write
        return False


def changed_rows(was: np.ndarray, now: np.ndarray) -> tuple[int, int]:
    """How many rows the two digest sequences share at their start, and then at their end."""
    n = min(len(was), len(now))
    same = was[:n] == now[:n]
    head = n if same.all() else int(np.argmin(same))
    m = n - head
    same_end = was[len(was) - m :][::-1] == now[len(now) - m :][::-1]
    return head, m if same_end.all() else int(np.argmin(same_end))


def patched(
    frames: dict[str, pd.DataFrame],
    digests: dict[str, Digests],
    before: dict[str, Digests],
    out: Path,
    tmp: Path,
) -> bool:
    """Write ``frames`` into ``tmp`` as a copy of ``out`` (written with the ``before`` digests) in which only
    the rows that differ are replaced; False (and nothing promised of ``tmp``) when the layers or their
    schemas differ."""
    if list(before) != list(digests) or any(before[n][0] != digests[n][0] for n in digests):
        return False
    shutil.copyfile(out, tmp)
    shutil.copymode(out, tmp)  # as the file written anew: mkstemp's 0600 is no reader's
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".building-rows-") as scratch:
        for i, (name, df) in enumerate(frames.items()):
            was, now = before[name][1], digests[name][1]
            head, tail = changed_rows(was, now)
            if head == len(was) == len(now):
                continue
            rows = Path(scratch) / f"{i}.gpkg"
            _write_layer(df.iloc[head : len(now) - tail], rows, name)
            if LAYERS[name]["geometry"] is not None:
                _extent_probe(df, rows)
            if not _replace_rows(tmp, rows, name, head, len(was) - head - tail):
                return False
    return True


def _replace_rows(path: Path, rows: Path, name: str, head: int, gone: int) -> bool:
    """In the GeoPackage ``path``, the ``gone`` rows of layer ``name`` after the first ``head`` replaced by
    the rows of ``rows`` (the same layer written alone); the rows after them move with their R-tree entries,
    as if the layer had been written anew, and the extent of ``rows``' probe (:func:`_extent_probe`). False
    when the two tables' columns differ."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -65536"):
            con.execute(f"PRAGMA {pragma}")  # a copy that fails half-way is thrown away (then written whole)
        con.execute("ATTACH DATABASE ? AS s", (str(rows),))
        cols = con.execute(f'PRAGMA main.table_info("{name}")').fetchall()
        if cols != con.execute(f'PRAGMA s.table_info("{name}")').fetchall():
            return False
        names = ",".join(f'"{c[1]}"' for c in cols if c[1] != "fid")
        added = con.execute(f'SELECT count(*) FROM s."{name}"').fetchone()[0]
        con.execute("BEGIN")
        triggers = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND name LIKE 'rtree%'",
            (name,),
        ).fetchall()
        for trigger, _ in triggers:  # they call GDAL's SQL functions: the R-tree is kept here instead
            con.execute(f'DROP TRIGGER "{trigger}"')
        tables = [(name, "fid", names)]
        if LAYERS[name]["geometry"] is not None:
            tables.append((f"rtree_{name}_geom", "id", "minx,maxx,miny,maxy"))
        for table, key, columns in tables:
            _splice(con, table, key, columns, head, gone, added)
        if LAYERS[name]["geometry"] is not None:
            _extent(con, name)
        for _, sql in triggers:
            con.execute(sql)
        con.execute("COMMIT")
    finally:
        con.close()
    return True


def _splice(
    con: sqlite3.Connection, table: str, key: str, columns: str, head: int, gone: int, added: int
) -> None:
    """Rows ``head+1 … head+gone`` (by ``key``) of ``table`` replaced by the ``added`` rows of ``s.table``;
    the rows after them renumbered (through negative keys, so that no two rows ever share one)."""
    con.execute(f'DELETE FROM "{table}" WHERE {key} > ? AND {key} <= ?', (head, head + gone))
    if added != gone:
        con.execute(f'UPDATE "{table}" SET {key} = -{key} WHERE {key} > ?', (head + gone,))
        con.execute(f'UPDATE "{table}" SET {key} = ? - {key} WHERE {key} < 0', (added - gone,))
    con.execute(
        f'INSERT INTO "{table}" ({key}, {columns}) SELECT {key} + ?, {columns} FROM s."{table}"', (head,)
    )


def _extent_probe(df: pd.DataFrame, rows: Path) -> None:
    """A layer ``extent`` in ``rows`` whose extent GDAL records as that of ``df``'s geometries: two points at
    its corners (GDAL rounds what it writes to ``gpkg_contents``: it is copied from there, not computed
    here)."""
    geoms = gpd.GeoSeries(np.asarray(df["geometry"], dtype=object))
    geoms = geoms[geoms.notna() & ~geoms.is_empty]
    x0, y0, x1, y1 = (float(v) for v in geoms.total_bounds) if len(geoms) else (0.0, 0.0, 0.0, 0.0)
    corners = [shapely.Point(x0, y0), shapely.Point(x1, y1)] if len(geoms) else []
    pyogrio.write_dataframe(
        gpd.GeoDataFrame(geometry=corners, crs="EPSG:4326"),
        rows,
        layer="extent",
        driver="GPKG",
        geometry_type="Point",
        append=True,
    )


def _extent(con: sqlite3.Connection, name: str) -> None:
    """The layer's extent in ``gpkg_contents``: that of the probe (:func:`_extent_probe`), NULL for no
    geometry."""
    con.execute(
        "UPDATE gpkg_contents SET (min_x, min_y, max_x, max_y) = (SELECT min_x, min_y, max_x, max_y FROM "
        "s.gpkg_contents WHERE table_name = 'extent') WHERE table_name = ?",
        (name,),
    )


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
