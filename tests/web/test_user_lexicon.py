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

ARCTIC = """
[[topic]]
id = "arctic"
label = { en = "The Arctic", ru = "Арктика", ko = "북극" }
[topic.terms]
en = ["Arctic Council", "Northern Sea Route"]
ru = ["Арктический совет", "Северный морской путь"]
"""


@pytest.fixture
def arctic_client(tmp_path: Path, database_url: str) -> Iterator[TestClient]:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "arctic.toml").write_text(ARCTIC, encoding="utf-8")
    settings = Settings(database_url=database_url, seeds_dir=SEEDS_DIR, lexicon_dir=folder)
    with TestClient(create_app(settings)) as client:
        yield client


def test_an_upload_is_aligned_with_the_users_topic(arctic_client: TestClient, database_url: str) -> None:
    _, saved = upload_pair(
        arctic_client,
        "Владимир Путин и Джозеф Байден обсудили работу Арктического совета.",
        "The leaders discussed the work of the Arctic Council.",
        title="Arctic call",
    )
    assert saved.status_code == 303  # type: ignore[attr-defined]
    page = arctic_client.get(saved.headers["location"])  # type: ignore[attr-defined]
    assert "The Arctic" in page.text  # the link's topic, shown by its label
    database = open_database(database_url)
    try:
        with database.read() as session:
            (run,) = session.query(AlignmentRun).all()
            assert "+user." in run.lexicon_version
            assert len(run.links) == 1
    finally:
        database.dispose()


def test_the_users_topic_is_listed_with_the_built_in_ones(arctic_client: TestClient) -> None:
    topics = {t["id"]: t for t in arctic_client.get("/api/topics").json()}
    assert "arctic" in topics and "sanctions" in topics
    assert "Arctic Council" in arctic_client.get("/topics").text


def test_without_a_folder_the_topic_is_unknown(client: TestClient) -> None:
    ids = {t["id"] for t in client.get("/api/topics").json()}
    assert "arctic" not in ids and "sanctions" in ids
    assert not any(i.startswith("mask_") for i in ids)  # idiom masks are no topics
