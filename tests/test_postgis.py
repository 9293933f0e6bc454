"""The layers in a real PostgreSQL/PostGIS (a throwaway cluster): same as the GeoPackage, valid, swapped in
whole, read by a read-only role; a wrong URL or password is one message."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
import shapely

from layers import pgcluster as pg
from layers.serve import map_frame, open_layout, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.postgis,
    pytest.mark.skipif(
        pg.pg_bin() is None or not pg.has_postgis(),
        reason="PostgreSQL + PostGIS not installed: bash scripts/setup.sh --test",
    ),
]
# layer_styles: where the table lives, which differs by design
SITE_COLUMNS = ["f_table_catalog", "f_table_schema"]


@pytest.fixture(scope="module")
def db():
    with pg.cluster() as url:
        yield url


def cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "layers", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, **env),
        timeout=600,
    )


@pytest.fixture(scope="module")
def published(db, gpkg):
    """The corpus built into the database by the command line (password from PGPASSWORD, as documented)."""
    url = db.replace(f":{pg.PASSWORD}@", "@")
    run = cli("build", "--out", url, "--jobs", "2", "--grant-read", pg.READER, PGPASSWORD=pg.PASSWORD)
    assert run.returncode == 0, run.stderr[-2000:]
    assert pg.PASSWORD not in run.stdout + run.stderr
    return db


def test_same_layers_rows_columns_and_geometries_as_the_geopackage(published, frames):
    from layers.postgis import read_postgis

    back = read_postgis(pg.reader_url(published))
    assert list(back) == list(frames)
    for name, want in frames.items():
        got = back[name]
        assert list(got.columns) == list(want.columns), name
        assert len(got) == len(want), name
        keep = [
            c for c in want.columns if c != "geometry" and not (name == "layer_styles" and c in SITE_COLUMNS)
        ]
        if name == "build_info":
            keep = []  # same plans and counts; the input hash is the same too, checked below
        pd.testing.assert_frame_equal(
            pd.DataFrame(got[keep]), pd.DataFrame(want[keep]), check_dtype=False, obj=name
        )
        if "geometry" in want:
            same = shapely.equals_exact(got.geometry.values, want.geometry.values, tolerance=1e-9)
            both_null = got.geometry.isna().values & want.geometry.isna().values
            assert (same | both_null).all(), name
    info = dict(zip(back["build_info"]["key"], back["build_info"]["value"]))
    assert info == dict(zip(frames["build_info"]["key"], frames["build_info"]["value"]))
    assert set(back["layer_styles"]["f_table_schema"]) == {"plan_explorer"}


def sql(url: str, query: str, *params) -> list[tuple]:
    import psycopg

    with psycopg.connect(url) as con:
        return con.execute(query, params or None).fetchall()


def test_tables_have_keys_srid_spatial_indexes_and_valid_geometries(published):
    from layers.schema import LAYERS

    spatial = [n for n, s in LAYERS.items() if s["geometry"]]
    cols = dict(
        sql(
            published,
            "select f_table_name, srid from geometry_columns where f_table_schema = 'plan_explorer'",
        )
    )
    assert cols == {n: 4326 for n in spatial}
    types = dict(
        sql(
            published,
            "select f_table_name, type from geometry_columns where f_table_schema = 'plan_explorer'",
        )
    )
    assert types == {n: LAYERS[n]["geometry"].upper() for n in spatial}
    gist = {
        r[0]
        for r in sql(
            published,
            "select tablename from pg_indexes where schemaname = 'plan_explorer' and indexdef like '%gist%'",
        )
    }
    assert gist == set(spatial)
    keyed = {
        r[0]
        for r in sql(
            published,
            "select table_name from information_schema.table_constraints "
            "where table_schema = 'plan_explorer' and constraint_type = 'PRIMARY KEY'",
        )
    }
    assert keyed == set(LAYERS)
    invalid = {
        n: sql(published, f"select count(*) from plan_explorer.{n} where not ST_IsValid(geom)")[0][0]
        for n in spatial
    }
    assert invalid == {n: 0 for n in spatial}


def test_the_app_role_reads_but_cannot_write(published):
    import psycopg

    from layers.postgis import connect

    with connect(pg.reader_url(published), read_only=True) as con:
        assert con.execute("select count(*) from plan_explorer.plans").fetchone()[0] == 4
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            con.execute("delete from plan_explorer.plans")
    with (
        psycopg.connect(pg.reader_url(published)) as con,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        con.execute("delete from plan_explorer.plans")


def test_up_to_date_database_is_kept(published):
    run = cli("build", "--out", published)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "up to date: postgresql://planadmin@127.0.0.1:" in run.stdout
    assert pg.PASSWORD not in run.stdout + run.stderr


def test_reader_during_a_rebuild_sees_the_old_or_the_new_build_never_a_mix(published, frames):
    """Rebuilds alternate between two builds that differ in every layer read; readers read all the time."""
    from layers.postgis import read_postgis, write_postgis

    def variant(tag: str, n: int) -> dict:
        f = {k: frames[k].iloc[:n] for k in ("plans", "mentions", "places")}
        return {**f, "build_info": pd.DataFrame({"key": ["input_hash"], "value": [tag]})}

    builds = {"A": variant("A", 10_000), "B": variant("B", 2)}
    sizes = {t: (len(f["plans"]), len(f["mentions"]), len(f["places"])) for t, f in builds.items()}
    write_postgis(builds["A"], published, schema="swap_test", grant=(pg.READER,))
    stop, seen, errors = threading.Event(), [], []

    def read_loop():
        while not stop.is_set():
            try:
                r = read_postgis(
                    pg.reader_url(published),
                    "swap_test",
                    layers=["plans", "mentions", "places", "build_info"],
                )
                seen.append(
                    (r["build_info"]["value"][0], (len(r["plans"]), len(r["mentions"]), len(r["places"])))
                )
            except Exception as exc:  # noqa: BLE001 - collected and reported below
                errors.append(exc)

    # several readers: a swap lands between naming and locking
    readers = [threading.Thread(target=read_loop) for _ in range(3)]
    for t in readers:
        t.start()
    for tag in "BABABA":
        write_postgis(builds[tag], published, schema="swap_test")
    stop.set()
    for t in readers:
        t.join(60)
    assert not errors, errors[:3]
    assert len(seen) >= 8 and {tag for tag, _ in seen} == {"A", "B"}
    assert all(size == sizes[tag] for tag, size in seen), [s for s in seen if s[1] != sizes[s[0]]][:3]


@pytest.mark.parametrize("fault", ["password", "port"])
def test_wrong_password_or_port_is_one_clear_message(db, fault):
    port = db.rsplit(":", 1)[1].split("/")[0]
    url = (
        db.replace(pg.PASSWORD, "not-the-password")
        if fault == "password"
        else db.replace(f":{port}/", f":{pg.free_port()}/")
    )
    run = cli("build", "--out", url)
    assert run.returncode == 2, run.stdout + run.stderr
    err = run.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(
        "error: cannot connect to the PostGIS database postgresql://planadmin@127.0.0.1:"
    ), run.stderr
    assert "not-the-password" not in run.stderr and pg.PASSWORD not in run.stderr
    assert ("password authentication failed" if fault == "password" else "refused") in err[0]


def test_not_a_postgresql_url_is_named():
    from geo.errors import DatabaseError
    from layers.postgis import read_postgis

    with pytest.raises(DatabaseError, match="is not a PostgreSQL URL"):
        read_postgis("mysql://user:secret@127.0.0.1/plans")


def test_app_with_a_wrong_password_shows_one_message(db, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("PLAN_EXPLORER_DB", db.replace(pg.PASSWORD, "not-the-password"))
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_layers.py"), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.error) == 1 and "password authentication failed" in at.error[0].value
    assert "not-the-password" not in at.error[0].value


@pytest.mark.browser
def test_every_map_page_renders_from_postgis_in_chromium(published, browser, tmp_path):
    """The Layout page and every other page that draws a map, served from the database alone."""
    nowhere = tmp_path / "never-built.gpkg"  # would be built if the app read the GeoPackage
    with streamlit_server(PLAN_EXPLORER_DB=pg.reader_url(published), PLAN_EXPLORER_GPKG=str(nowhere)) as url:
        page, frame, failed, external, _ = open_layout(browser, url, tmp_path / "layout.png")
        assert len(frame.query_selector_all(".leaflet-overlay-pane path")) > 60
        assert failed == [] and external == []
        page.close()
        for path in ("/page_layers", "/page_projects", "/page_place"):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url + path, wait_until="domcontentloaded")
            frame = map_frame(page)
            drawn = frame.query_selector_all(".leaflet-overlay-pane path, .leaflet-marker-pane div")
            assert len(drawn) > 10, path
            assert not page.query_selector_all("[data-testid='stException']"), path
            page.close()
    assert not nowhere.exists()
