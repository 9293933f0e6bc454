"""PostGIS: every layer of a build in one schema of a PostgreSQL database, written all or nothing, read
consistently.

Each layer is a table of the same name with the GeoPackage's columns (lower case, as PostgreSQL and QGIS spell
them: ``layer_styles.stylename``), a ``fid`` primary key (``id`` in ``layer_styles``, as QGIS expects) and,
for a spatial layer, ``geom geometry(<type>, 4326)`` with a GiST index. A build is written into a fresh schema
and swapped in by renaming, in the one transaction that wrote it: a reader sees the old build or the new,
never a mix (:func:`read_postgis` locks all the tables it reads before reading them). The new schema keeps the
read grants of the one it replaces.

Settings (environment, or Streamlit secrets for the app): ``PLAN_EXPLORER_DB`` the URL
(``postgresql://user:password@host:port/dbname``; libpq's ``PGPASSWORD`` / ``~/.pgpass`` also work),
``PLAN_EXPLORER_DB_SCHEMA`` the schema (default ``plan_explorer``). No message of this module holds a
password.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import geopandas as gpd
import pandas as pd
import shapely

from geo.errors import DatabaseError
from layers.schema import LAYERS

DB_ENV = "PLAN_EXPLORER_DB"
SCHEMA_ENV = "PLAN_EXPLORER_DB_SCHEMA"
DEFAULT_SCHEMA = "plan_explorer"
_PG_TYPES = {"b": "boolean", "i": "bigint", "u": "bigint", "f": "double precision"}
_OIDS = {16: "bool", 20: "int", 21: "int", 23: "int", 700: "float", 701: "float"}


def schema_name(schema: str | None = None) -> str:
    """The schema to use: ``schema``, else ``PLAN_EXPLORER_DB_SCHEMA``, else ``plan_explorer``; a plain
    identifier."""
    name = schema or os.environ.get(SCHEMA_ENV) or DEFAULT_SCHEMA
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", name):
        raise DatabaseError(f"schema {name!r}: use lower-case letters, digits and _ (at most 41 characters)")
    return name


def redact(url: str) -> str:
    """``url`` as it may be shown: ``postgresql://user@host:port/db``, never the password or query options."""
    try:
        u = urlsplit(url)
        host = f"{u.hostname or 'localhost'}:{u.port or 5432}"
        return f"{u.scheme}://{u.username + '@' if u.username else ''}{host}{u.path}"
    except ValueError:
        return "(unparseable database URL)"


def _reason(exc: Exception) -> str:
    """The first line of a driver error, with anything that looks like a password removed."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", text)


def connect(url: str, *, read_only: bool = False):
    """A psycopg connection; a bad URL, an unreachable server or a refused login is one
    :class:`DatabaseError`."""
    import psycopg

    if not url.startswith(("postgresql://", "postgres://")):
        raise DatabaseError(
            f"{redact(url)!r} is not a PostgreSQL URL — write postgresql://user:password@host:port/dbname"
        )
    opts = "-c default_transaction_read_only=on" if read_only else None
    try:
        con = (
            psycopg.connect(url, connect_timeout=10, application_name="plan-explorer", options=opts)
            if opts
            else psycopg.connect(url, connect_timeout=10, application_name="plan-explorer")
        )
    except (psycopg.Error, ValueError) as exc:
        raise DatabaseError(
            f"cannot connect to the PostGIS database {redact(url)}: {_reason(exc)} — check "
            f"{DB_ENV} (host, port, database, user, password)"
        ) from None
    con.read_only = read_only or None
    return con


def pg_type(dtype) -> str:
    """The PostgreSQL type of a pandas column."""
    return _PG_TYPES.get(getattr(dtype, "kind", "O"), "text")


def table_columns(name: str, df: pd.DataFrame) -> list[str]:
    """The attribute columns of layer ``name`` in GeoPackage order (contract columns, then the frame's
    others)."""
    return list(dict.fromkeys(LAYERS[name]["columns"] + [c for c in df.columns if c != "geometry"]))


def as_multi(geoms, geometry_type: str):
    """Single parts promoted to the layer's multi type (a Polygon in a MultiPolygon layer), as the GeoPackage
    does."""
    geoms = gpd.GeoSeries(geoms).reset_index(drop=True)
    if geometry_type.startswith("Multi"):
        single = geometry_type[5:]
        mask = geoms.geom_type == single
        geoms[mask] = [
            shapely.multipolygons([g])
            if single == "Polygon"
            else shapely.multilinestrings([g])
            if single == "LineString"
            else shapely.multipoints([g])
            for g in geoms[mask]
        ]
    return geoms


def _values(df: pd.DataFrame, cols: list[str], spec: dict) -> Iterator[tuple]:
    """Rows as Python values (NaN and NA as NULL), the geometry last as hex EWKB with SRID 4326."""
    data = df[cols].astype(object)
    data = data.where(df[cols].notna(), None)
    if spec["geometry"] is None:
        yield from data.itertuples(index=False, name=None)
        return
    geoms = shapely.set_srid(as_multi(df.geometry, spec["geometry"]).values, 4326)
    ewkb = [None if g is None else shapely.to_wkb(g, hex=True, include_srid=True) for g in geoms]
    for row, g in zip(data.itertuples(index=False, name=None), ewkb):
        yield (*row, g)


def _create_table(cur, schema: str, name: str, df: pd.DataFrame) -> list[str]:
    """Create layer ``name`` (columns typed from ``df``) in ``schema``; returns the columns to copy, in
    order."""
    from psycopg import sql

    spec, cols = LAYERS[name], table_columns(name, df)
    key = "id" if name == "layer_styles" else "fid"
    defs = [sql.SQL("{} bigint generated always as identity primary key").format(sql.Identifier(key))]
    defs += [sql.SQL("{} {}").format(sql.Identifier(c.lower()), sql.SQL(pg_type(df[c].dtype))) for c in cols]
    if spec["geometry"] is not None:
        defs.append(sql.SQL("geom geometry({}, 4326)").format(sql.SQL(spec["geometry"])))
    table = sql.Identifier(schema, name)
    cur.execute(sql.SQL("create table {} ({})").format(table, sql.SQL(", ").join(defs)))
    cur.execute(sql.SQL("comment on table {} is {}").format(table, sql.Literal(spec["description"])))
    return [c.lower() for c in cols] + (["geom"] if spec["geometry"] is not None else [])


def _write_layer(cur, schema: str, name: str, df: pd.DataFrame) -> None:
    from psycopg import sql

    spec = LAYERS[name]
    targets = _create_table(cur, schema, name, df)
    copy = sql.SQL("copy {} ({}) from stdin").format(
        sql.Identifier(schema, name), sql.SQL(", ").join(map(sql.Identifier, targets))
    )
    with cur.copy(copy) as cp:
        for row in _values(df, table_columns(name, df), spec):
            cp.write_row(row)
    if spec["geometry"] is not None:
        cur.execute(sql.SQL("create index on {} using gist (geom)").format(sql.Identifier(schema, name)))


def _styles(frames: dict, schema: str, database: str) -> pd.DataFrame:
    """``layer_styles`` of these layers, pointing at their tables in ``schema`` of ``database`` (QGIS matches
    on these)."""
    from layers.qgis_styles import layer_styles

    styles = layer_styles([n for n in frames if n not in ("layer_styles", "build_info")])
    styles["f_table_catalog"], styles["f_table_schema"] = database, schema
    return styles


def _readers(cur, schema: str) -> list[str]:
    """Roles (other than the owner) that may use ``schema`` now: they keep their access to the new build."""
    cur.execute(
        "select a.grantee::regrole::text from pg_namespace n, aclexplode(n.nspacl) a "
        "where n.nspname = %s and a.privilege_type = 'USAGE' and a.grantee not in (0, n.nspowner)",
        (schema,),
    )
    return [r[0] for r in cur.fetchall()]


def _swap(cur, new: str, schema: str, grant: tuple[str, ...]) -> None:
    """Replace ``schema`` by ``new`` (same transaction), giving the old readers and ``grant`` read access."""
    from psycopg import sql

    roles = list(dict.fromkeys([*_readers(cur, schema), *grant]))
    old = [sql.Identifier(schema, n) for n in LAYERS if n in _present(cur, schema)]
    if old:  # in the readers' order (LAYERS), so that a reader locking them all never deadlocks with the swap
        cur.execute(sql.SQL("lock table {} in access exclusive mode").format(sql.SQL(", ").join(old)))
    cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(schema)))
    cur.execute(sql.SQL("alter schema {} rename to {}").format(sql.Identifier(new), sql.Identifier(schema)))
    for role in roles:
        cur.execute(
            sql.SQL(
                "grant usage on schema {0} to {1}; grant select on all tables in schema {0} to {1}"
            ).format(sql.Identifier(schema), sql.SQL(role) if role.startswith('"') else sql.Identifier(role))
        )


def write_postgis(
    frames: dict[str, pd.DataFrame], url: str, *, schema: str | None = None, grant: tuple[str, ...] = ()
) -> str:
    """Write every layer of ``frames`` (plus ``layer_styles``) into ``schema`` of the database at ``url``, all
    or nothing; returns the schema. Builds are serialised by an advisory lock on the schema's name."""
    schema = schema_name(schema)
    new = f"{schema}__building"
    from psycopg import sql

    with connect(url) as con, con.cursor() as cur:
        try:
            _ensure_postgis(cur)
            cur.execute("select pg_advisory_xact_lock(hashtext(%s))", (schema,))
            cur.execute(
                sql.SQL("drop schema if exists {} cascade; create schema {}").format(
                    sql.Identifier(new), sql.Identifier(new)
                )
            )
            cur.execute("select current_database()")
            frames = {**frames, "layer_styles": _styles(frames, schema, cur.fetchone()[0])}
            for name, df in frames.items():
                _write_layer(cur, new, name, df)
            _swap(cur, new, schema, grant)
        except Exception as exc:
            con.rollback()
            if isinstance(exc, DatabaseError):
                raise
            raise DatabaseError(
                f"writing to {redact(url)} schema {schema!r} failed, nothing was changed: {_reason(exc)}"
            ) from None
    return schema


def _ensure_postgis(cur) -> None:
    cur.execute("select 1 from pg_extension where extname = 'postgis'")
    if cur.fetchone() is None:
        try:
            cur.execute("create extension postgis")
        except Exception as exc:  # noqa: BLE001 - reported as what to do
            raise DatabaseError(
                f"the database has no PostGIS and this role cannot add it ({_reason(exc)}) — "
                "run `create extension postgis` as its owner"
            ) from None


def _present(cur, schema: str) -> set[str]:
    cur.execute("select table_name from information_schema.tables where table_schema = %s", (schema,))
    return {r[0] for r in cur.fetchall()}


def _frame(name: str, rows: list[tuple], description) -> pd.DataFrame:
    """The rows of one table as the GeoPackage reader gives them: GeoPackage column names, ``geometry``
    last."""
    names = {c.lower(): c for c in LAYERS[name]["columns"]}
    cols = [names.get(d.name, d.name) for d in description]
    df = pd.DataFrame(rows, columns=cols).drop(columns=["fid", "id"], errors="ignore")
    for d, c in zip(description, cols):
        kind = _OIDS.get(d.type_code)
        if c in df and kind == "int":
            df[c] = df[c].astype("int64" if df[c].notna().all() else "float64")
        elif c in df and kind == "float":
            df[c] = df[c].astype("float64")
        elif c in df and kind == "bool":
            df[c] = df[c].astype(bool)
    if LAYERS[name]["geometry"] is None:
        return df
    # hex EWKB, NULL as None
    geoms = shapely.from_wkb([v if isinstance(v, str) else None for v in df.pop("geom")])
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


SWAP_RETRIES = 5
"""How many times a reader tries to lock the tables of a build while a new build is being swapped in."""


def _lock_for_reading(con, cur, url: str, schema: str, names: list[str]) -> list:
    """Lock the tables ``names`` of ``schema`` for reading (all at once, in the swap's order) and return them.
    A table dropped by a swap between naming and locking it is looked up again; a layer truly absent is one
    :class:`DatabaseError` that says so."""
    import psycopg
    from psycopg import sql

    tables, missing = [sql.Identifier(schema, n) for n in names], []
    for attempt in range(SWAP_RETRIES):
        try:
            cur.execute(sql.SQL("lock table {} in access share mode").format(sql.SQL(", ").join(tables)))
            return tables
        except (psycopg.errors.UndefinedTable, psycopg.errors.InvalidSchemaName):
            con.rollback()
            missing = [n for n in names if n not in _present(cur, schema)]
            con.rollback()
            time.sleep(0.05 * attempt)  # a swap in progress commits within moments
    if missing:
        raise DatabaseError(
            f"{redact(url)} schema {schema!r}: layers missing: {', '.join(missing[:5])}"
            f"{' …' if len(missing) > 5 else ''} — run `python -m layers build --out URL`"
        )
    raise DatabaseError(
        f"reading {redact(url)} schema {schema!r} failed: the build kept changing while it was read"
    )


def read_postgis(
    url: str, schema: str | None = None, *, layers: list[str] | None = None
) -> dict[str, pd.DataFrame]:
    """The layers (default: every layer of the contract) of ``schema``, all from one build: the tables are
    locked for reading first, so a build being swapped in waits, or is waited for. One :class:`DatabaseError`
    if the database cannot be read or lacks a layer."""
    from psycopg import sql

    schema = schema_name(schema)
    names = [n for n in LAYERS if n in (layers or LAYERS)]  # always in LAYERS order, as the swap locks them
    with connect(url, read_only=True) as con, con.cursor() as cur:
        try:
            tables = _lock_for_reading(con, cur, url, schema, names)
            out = {}
            for n, t in zip(names, tables):
                key = "id" if n == "layer_styles" else "fid"
                cur.execute(sql.SQL("select * from {} order by {}").format(t, sql.Identifier(key)))
                out[n] = _frame(n, cur.fetchall(), cur.description)
            return out
        except DatabaseError:
            raise
        except Exception as exc:  # noqa: BLE001 - a driver failure is one message
            raise DatabaseError(f"reading {redact(url)} schema {schema!r} failed: {_reason(exc)}") from None


def built_hash(url: str, schema: str | None = None) -> str | None:
    """The ``input_hash`` of the build in ``schema``, None when there is none yet."""
    try:
        info = read_postgis(url, schema, layers=["build_info"])["build_info"]
    except DatabaseError as exc:
        if "layers missing" in str(exc):
            return None
        raise
    return dict(zip(info["key"], info["value"])).get("input_hash")
