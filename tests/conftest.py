"""Each test builds its own world: a temporary SQLite file migrated with the real revisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.paths import PROJECT_ROOT
from app.store.db import Database, open_database
from app.store.migrate import upgrade

TESTS_DIR = Path(__file__).resolve().parent
EVAL_DIR = TESTS_DIR / "data" / "eval"
SEEDS_DIR = PROJECT_ROOT / "seeds"


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'parallax.db'}"
    upgrade(url)
    return url


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, seeds_dir=SEEDS_DIR)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def seeded_url(database_url: str, database: Database) -> str:
    from app.services import load_seeds

    with database.write() as session:
        load_seeds(session=session, seeds_dir=SEEDS_DIR)
        session.commit()
    return database_url


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def seeded_client(seeded_url: str, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client
