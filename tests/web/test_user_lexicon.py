"""A user's own topics (PARALLAX_LEXICON_DIR): added to the built-in lexicon, used by uploads,
listed on /topics and in the API, named in the alignment run's lexicon version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.store.db import open_database
from app.store.models import AlignmentRun
from tests.conftest import SEEDS_DIR
from tests.web.test_upload import upload_pair

ANTARCTIC = """
[[topic]]
id = "antarctic"
label = { en = "The Antarctic", ru = "Антарктика", ko = "남극" }
[topic.terms]
en = ["Antarctic Treaty", "Antarctic Treaty System", "Southern Ocean"]
ru = ["Договор об Антарктике", "Системы Договора об Антарктике", "Южный океан"]
"""


@pytest.fixture
def antarctic_client(tmp_path: Path, database_url: str) -> Iterator[TestClient]:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "antarctic.toml").write_text(ANTARCTIC, encoding="utf-8")
    settings = Settings(database_url=database_url, seeds_dir=SEEDS_DIR, lexicon_dir=folder)
    with TestClient(create_app(settings)) as client:
        yield client


def test_an_upload_is_aligned_with_the_users_topic(antarctic_client: TestClient, database_url: str) -> None:
    _, saved = upload_pair(
        antarctic_client,
        "Владимир Путин и Джозеф Байден обсудили Договор об Антарктике.",
        "The leaders discussed the Antarctic Treaty.",
        title="Antarctic call",
    )
    assert saved.status_code == 303  # type: ignore[attr-defined]
    page = antarctic_client.get(saved.headers["location"])  # type: ignore[attr-defined]
    assert "The Antarctic" in page.text  # the link's topic, shown by its label
    database = open_database(database_url)
    try:
        with database.read() as session:
            (run,) = session.query(AlignmentRun).all()
            assert "+user." in run.lexicon_version
            assert len(run.links) == 1
    finally:
        database.dispose()


def test_the_users_topic_is_listed_with_the_built_in_ones(antarctic_client: TestClient) -> None:
    topics = {t["id"]: t for t in antarctic_client.get("/api/topics").json()}
    assert "antarctic" in topics and "sanctions" in topics
    assert "Antarctic Treaty" in antarctic_client.get("/topics").text


def test_without_a_folder_the_topic_is_unknown(client: TestClient) -> None:
    ids = {t["id"] for t in client.get("/api/topics").json()}
    assert "antarctic" not in ids and "sanctions" in ids
    assert not any(i.startswith("mask_") for i in ids)  # idiom masks are no topics
