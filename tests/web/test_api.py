from __future__ import annotations

from fastapi.testclient import TestClient


def test_api_lists_events_with_sides_languages_and_claim_counts(seeded_client: TestClient) -> None:
    events = seeded_client.get("/api/events").json()
    assert [e["slug"] for e in events] == [
        "2021-12-07-putin-biden-video-call",
        "2018-06-27-bolton-moscow-visit",
    ]
    first = events[0]
    assert first["sides"] == ["Kremlin", "White House"]
    assert first["languages"] == ["ko"]
    assert first["claims"] > 10
    assert 0.0 <= first["one_sided_share"] <= 1.0


def test_api_event_detail_matches_what_the_page_shows(seeded_client: TestClient) -> None:
    detail = seeded_client.get("/api/events/2021-12-07-putin-biden-video-call").json()
    left, right = detail["statements"]
    assert left["side"] == "Kremlin"
    linked_left = {s["id"] for s in left["sentences"] if s["links"]}
    for link in detail["alignment"]["links"]:
        assert link["left"] in linked_left
        assert link["right"] in {s["id"] for s in right["sentences"]}
    for s in left["sentences"]:
        if s["kind"] == "claim":
            assert s["unique"] == (not s["links"])
    page = seeded_client.get("/events/2021-12-07-putin-biden-video-call").text
    for s in left["sentences"]:
        if s["kind"] == "claim":
            assert f'id="left-{s["id"]}"' in page
            assert f'data-unique="{"true" if s["unique"] else "false"}"' in page


def test_api_errors_share_one_json_shape(client: TestClient) -> None:
    response = client.get("/api/events/missing")
    assert response.status_code == 404
    assert response.json() == {"error": {"status": 404, "message": "No event with the slug 'missing'."}}


def test_an_oversized_body_is_refused_with_413(client: TestClient, settings) -> None:  # type: ignore[no-untyped-def]
    too_big = b"x" * (settings.max_upload_bytes + 1)
    response = client.post("/api/events", content=too_big, headers={"content-type": "text/plain"})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]["message"]
