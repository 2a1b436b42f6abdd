"""An event aligned with an older lexicon says so on its page and can be aligned again with
the current one, in one transaction, behind the same CSRF check as the upload form."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from app.store.db import open_database
from app.store.models import AlignmentRun
from tests.web.test_upload import KREMLIN, WHITE_HOUSE, upload_pair

OLD_VERSION = "2020.01.01.1+0000000000"


def _runs(url: str) -> list[tuple[str, int]]:
    database = open_database(url)
    try:
        with database.read() as session:
            return [(run.lexicon_version, len(run.links)) for run in session.query(AlignmentRun).all()]
    finally:
        database.dispose()


def _age_the_run(url: str, *, method: str | None = None) -> None:
    """Make the stored run look older: an old lexicon version, or (``method``) only an older
    method with the current lexicon."""
    database = open_database(url)
    try:
        with database.transaction() as session:
            (run,) = session.query(AlignmentRun).all()
            if method is None:
                run.lexicon_version = OLD_VERSION
            else:
                run.method = method
    finally:
        database.dispose()


def _stored_event(client: TestClient, url: str) -> str:
    _, saved = upload_pair(client, KREMLIN, WHITE_HOUSE)
    location = saved.headers["location"]  # type: ignore[attr-defined]
    _age_the_run(url)
    return location


def test_a_current_alignment_offers_no_realign(client: TestClient) -> None:
    _, saved = upload_pair(client, KREMLIN, WHITE_HOUSE)
    page = client.get(saved.headers["location"])  # type: ignore[attr-defined]
    assert "Realign with the current lexicon" not in page.text


def test_an_event_aligned_with_an_older_lexicon_is_realigned_with_the_current_one(
    client: TestClient, database_url: str
) -> None:
    location = _stored_event(client, database_url)
    page = client.get(location)
    assert page.status_code == 200
    assert OLD_VERSION in page.text and "Realign with the current lexicon" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    answer = client.post(f"{location}/realign", data={"csrf_token": token.group(1)}, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{location}?realigned=1"
    ((version, links),) = _runs(database_url)  # replaced, not added
    assert version == client.app.state.lexicon.version  # type: ignore[attr-defined]
    assert links > 0
    after = client.get(answer.headers["location"])
    assert "Realigned with the current lexicon." in after.text
    assert f'action="{location}/realign"' not in after.text


def test_an_event_aligned_with_an_older_method_is_offered_a_realign(
    client: TestClient, database_url: str
) -> None:
    _, saved = upload_pair(client, KREMLIN, WHITE_HOUSE)
    location = saved.headers["location"]  # type: ignore[attr-defined]
    _age_the_run(database_url, method="parallax-align/1: an older method")
    page = client.get(location)
    assert "Realign with the current lexicon" in page.text
    assert "method parallax-align/1" in page.text


def test_a_realign_without_its_csrf_token_changes_nothing(client: TestClient, database_url: str) -> None:
    location = _stored_event(client, database_url)
    client.get(location)
    answer = client.post(f"{location}/realign", data={}, follow_redirects=False)
    assert answer.status_code == 403
    assert "Reload the event page" in answer.text
    assert [version for version, _ in _runs(database_url)] == [OLD_VERSION]


def test_realigning_an_unknown_event_is_not_found(client: TestClient) -> None:
    page = client.get("/upload")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    answer = client.post("/events/no-such-event/realign", data={"csrf_token": token.group(1)})
    assert answer.status_code == 404
    assert "no-such-event" in answer.text
