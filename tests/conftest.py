import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def corpus():
    from geo.corpus import load_corpus

    return {p.plan_id: p for p in load_corpus()}


@pytest.fixture(scope="session")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def gpkg(tmp_path_factory):
    from layers.build import build

    out, _ = build(out=tmp_path_factory.mktemp("gpkg") / "plans.gpkg")
    return out


@pytest.fixture(scope="session")
def frames(gpkg):
    from layers.store import read_layers

    return read_layers(gpkg)


@pytest.fixture(scope="session", autouse=True)
def current_app_gpkg():
    """The app's GeoPackage (data/hbe_plans.gpkg), rebuilt first when plans, data or code changed since it
    was written, so that the app tests never read the output of older code."""
    from layers.build import build

    build()
