"""A throwaway PostgreSQL + PostGIS cluster for the tests (tests/test_postgis.py) and scripts/benchmark.py:
initdb into a temporary folder, a free localhost port, password logins over TCP; run as the current user, or
as ``postgres`` when that is root. Here rather than in tests/ so that tools import nothing from the tests (as
layers/serve.py)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from layers.serve import free_port

__all__ = ["free_port", "cluster", "reader_url"]

SUPERUSER, PASSWORD = "planadmin", "throwaway-admin-pw"
READER, READER_PASSWORD = "explorer_reader", "throwaway-reader-pw"


def pg_bin() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH), None if PostgreSQL is not
    installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def has_postgis() -> bool:
    return bool(glob.glob("/usr/share/postgresql/*/extension/postgis.control"))


def _as_owner(cmd: list[str]) -> list[str]:
    """``cmd`` run as the cluster's owner: the current user, or ``postgres`` for root (initdb refuses
    root)."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def cluster():
    """Start a cluster with PostGIS in database ``plans`` and a login-only reader role; yields the admin
    URL."""
    bindir = pg_bin()
    folder = Path(tempfile.mkdtemp(prefix="plan-explorer-pg-"))
    data, pwfile, port = folder / "data", folder / "pw", free_port()
    pwfile.write_text(PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(pwfile, "postgres")
    subprocess.run(
        _as_owner(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    opts = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_owner(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(folder / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    url = f"postgresql://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}/plans"
    try:
        _prepare(url.rsplit("/", 1)[0] + "/postgres")
        yield url
    finally:
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _prepare(admin_url: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute("create database plans")
        con.execute(f"create role {READER} login password '{READER_PASSWORD}'")
    with psycopg.connect(admin_url.rsplit("/", 1)[0] + "/plans", autocommit=True) as con:
        con.execute("create extension postgis")


def reader_url(admin_url: str) -> str:
    """The same database as the read-only role."""
    return admin_url.replace(f"{SUPERUSER}:{PASSWORD}", f"{READER}:{READER_PASSWORD}")
