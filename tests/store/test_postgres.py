"""The PostgreSQL path: the same migrations and import on a real server.

Uses DATABASE_URL_TEST, or the local server the project's machines run
(postgres@127.0.0.1:5432/test). Each run creates and drops its own database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.config import Settings
from app.main import create_app
from app.services import load_seeds
from app.store.db import open_database
from app.store.migrate import check, upgrade
from app.store.queries import count_rows
from tests.conftest import SEEDS_DIR

pytestmark = pytest.mark.postgres

SERVER_URL = os.environ.get("DATABASE_URL_TEST", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    name = f"parallax_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # the server is part of the test environment: say clearly it is missing
        admin.dispose()
        pytest.fail(f"PostgreSQL at {SERVER_URL} is not reachable ({exc}); set DATABASE_URL_TEST")
    url = make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_postgres_migrations_match_the_models(postgres_url: str) -> None:
    upgrade(postgres_url)
    check(postgres_url)


def test_postgres_loads_the_seeds_once_and_serves_them(postgres_url: str) -> None:
    upgrade(postgres_url)
    database = open_database(postgres_url)
    try:
        for _ in range(2):
            with database.write() as session:
                load_seeds(session=session, seeds_dir=SEEDS_DIR)
                session.commit()
        with database.read() as session:
            counts = count_rows(session=session)
    finally:
        database.dispose()
    assert counts["events"] == 2
    assert counts["statements"] == 4
    with TestClient(create_app(Settings(database_url=postgres_url))) as client:
        events = client.get("/api/events").json()
        assert {e["slug"] for e in events} == {
            "2021-12-07-putin-biden-video-call",
            "2018-06-27-bolton-moscow-visit",
        }
        assert client.get("/readyz").json() == {"status": "ok"}
        assert client.get("/events/2021-12-07-putin-biden-video-call").status_code == 200
