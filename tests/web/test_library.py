from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

PUTIN_BIDEN = "2021-12-07-putin-biden-video-call"
BOLTON = "2018-06-27-bolton-moscow-visit"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("민스크 협정", {PUTIN_BIDEN}),  # Korean substring (FTS5 trigram)
        ("민스크", {PUTIN_BIDEN}),  # three syllables
        ("빈", {BOLTON}),  # one syllable: below the trigram, falls back to LIKE
        ("월드컵", {BOLTON}),
        ("Readout of President", {PUTIN_BIDEN}),  # English inside a Korean text
        ("bolton", {BOLTON}),  # title, any case
        ("nothing like this anywhere", set()),
    ],
)
def test_search_finds_events_by_title_or_statement_text(
    seeded_client: TestClient, query: str, expected: set[str]
) -> None:
    found = seeded_client.get("/api/events", params={"q": query})
    assert {e["slug"] for e in found.json()} == expected
    assert found.headers["x-total-count"] == str(len(expected))
    page = seeded_client.get("/", params={"q": query}).text
    assert f"{len(expected)} event" in page


def test_library_filters_by_side_and_year(seeded_client: TestClient) -> None:
    by_side = seeded_client.get("/api/events", params={"side": "White House"}).json()
    assert [e["slug"] for e in by_side] == [PUTIN_BIDEN]
    by_year = seeded_client.get("/api/events", params={"year": 2018}).json()
    assert [e["slug"] for e in by_year] == [BOLTON]
    page = seeded_client.get("/", params={"year": 2018}).text
    assert "Bolton" in page and "Putin–Biden video call" not in page


def test_library_pages_hold_the_configured_number_of_events(seeded_url: str, settings) -> None:  # type: ignore[no-untyped-def]
    from app.main import create_app

    with TestClient(create_app(settings.model_copy(update={"events_per_page": 1}))) as client:
        first = client.get("/api/events").json()
        second = client.get("/api/events", params={"page": 2}).json()
        assert [e["slug"] for e in first] == [PUTIN_BIDEN]
        assert [e["slug"] for e in second] == [BOLTON]
        page = client.get("/").text
        assert "Page 1 of 2" in page and 'rel="next"' in page


def test_topics_page_counts_what_each_side_raises_and_what_only_it_raises(seeded_client: TestClient) -> None:
    topics = {t["id"]: t for t in seeded_client.get("/api/topics").json()}
    assert "ukraine" in topics
    assert {"en", "ru", "ko"} <= set(topics["ukraine"]["terms"])
    event = seeded_client.get(f"/api/events/{PUTIN_BIDEN}").json()
    left_only = set(event["summary"]["left_only_topics"])
    shared = set(event["summary"]["shared_topics"])
    for topic in left_only:
        assert topics[topic]["only_by"].get("Kremlin", 0) >= 1
    for topic in shared:
        assert topics[topic]["raised_by"].get("Kremlin", 0) >= 1
        assert topics[topic]["raised_by"].get("White House", 0) >= 1
        assert "White House" not in topics[topic]["only_by"] or topics[topic]["only_by"]["White House"] == 0
    page = seeded_client.get("/topics").text
    assert topics["ukraine"]["label"] in page and "키이우" in page
