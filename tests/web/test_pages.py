from __future__ import annotations

from fastapi.testclient import TestClient


def test_health_is_constant_and_ready_checks_the_database(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok"}


def test_library_lists_both_seed_events_newest_first(seeded_client: TestClient) -> None:
    page = seeded_client.get("/")
    assert page.status_code == 200
    html = page.text
    assert "Putin–Biden video call" in html
    assert "Bolton" in html
    assert html.index("2021-12-07") < html.index("2018-06-27")
    assert 'rel="alternate" type="application/json" href="/api/events"' in html


def test_event_page_shows_both_statements_side_by_side(seeded_client: TestClient) -> None:
    page = seeded_client.get("/events/2021-12-07-putin-biden-video-call")
    assert page.status_code == 200
    html = page.text
    assert "Kremlin" in html and "White House" in html
    assert 'id="left-1"' in html
    assert 'data-side="right"' in html
    assert "블라디미르 푸틴 대통령은 화상회의 형식으로" in html
    assert "Joseph R. Biden, Jr.는 오늘" in html


def test_unknown_event_gets_a_helpful_404_page(seeded_client: TestClient) -> None:
    page = seeded_client.get("/events/no-such-event")
    assert page.status_code == 404
    assert "no-such-event" in page.text
    assert 'href="/"' in page.text  # a way back to the library
    missing = seeded_client.get("/nowhere")
    assert missing.status_code == 404
    assert "Browse the library" in missing.text


def test_pages_carry_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_api_docs_are_served_without_a_cdn(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "Parallax"


def test_static_stylesheet_is_served(client: TestClient) -> None:
    css = client.get("/static/app.css")
    assert css.status_code == 200
    assert "word-break: keep-all" in css.text


def test_a_report_event_keeps_the_whole_report_with_its_narration(seeded_client: TestClient) -> None:
    detail = seeded_client.get("/api/events/2018-06-27-bolton-moscow-visit").json()
    narration = "장소로는 오스트리아 빈과 핀란드 헬싱키가 유력하게 거론되고 있다."
    assert narration in detail["source_text"]
    assert all(narration not in s["text"] for st in detail["statements"] for s in st["sentences"])
    page = seeded_client.get("/events/2018-06-27-bolton-moscow-visit").text
    assert "The document as given" in page and narration in page


def test_chart_columns_are_wide_enough_for_their_longest_topic_name(seeded_client: TestClient) -> None:
    import re

    from app.presenters import text_width

    page = seeded_client.get("/events/2021-12-07-putin-biden-video-call").text
    ladder = re.search(r'<svg class="chart ladder" viewBox="0 0 (\d+) \d+".*?</svg>', page, re.S)
    assert ladder is not None
    labels = re.findall(r'class="topic-label">(.*?)</text>', ladder.group(0))
    assert labels
    column = (int(ladder.group(1)) - 120) / 2  # two label columns around a 120-unit gap
    assert all(text_width(label) <= column for label in labels)
