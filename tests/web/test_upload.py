from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.store.db import open_database
from app.store.queries import count_rows
from tests.conftest import EVAL_DIR, SEEDS_DIR

KREMLIN = (EVAL_DIR / "2021-12-30-biden-putin-call" / "left.txt").read_text(encoding="utf-8")
WHITE_HOUSE = (EVAL_DIR / "2021-12-30-biden-putin-call" / "right.txt").read_text(encoding="utf-8")


def csrf_token(client: TestClient, mode: str = "pair") -> str:
    page = client.get(f"/upload?mode={mode}")
    assert page.status_code == 200
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "the upload form carries a CSRF token"
    return match.group(1)


def hidden_fields(html: str) -> dict[str, str]:
    import html as html_lib

    return {
        name: html_lib.unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }


def stored_rows(url: str) -> dict[str, int]:
    database = open_database(url)
    try:
        with database.read() as session:
            return count_rows(session=session)
    finally:
        database.dispose()


def preview_pair(client: TestClient, left: str, right: str, **extra: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client)
    data = {
        "csrf_token": token,
        "mode": "pair",
        "title": extra.get("title", "Putin–Biden call"),
        "date": extra.get("date", "2021-12-30"),
        "left_side": "Kremlin",
        "right_side": "White House",
        "left_text": left,
        "right_text": right,
    }
    return client.post("/upload/preview", data=data)


def upload_pair(client: TestClient, left: str, right: str, **extra: str) -> tuple[object, object]:
    preview = preview_pair(client, left, right, **extra)
    if preview.status_code != 200:
        return preview, None
    saved = client.post("/upload", data=hidden_fields(preview.text), follow_redirects=False)
    return preview, saved


def test_pasted_pair_is_previewed_then_saved_and_aligned(client: TestClient, database_url: str) -> None:
    preview = preview_pair(client, KREMLIN, WHITE_HOUSE)
    assert preview.status_code == 200
    assert "Kremlin" in preview.text and "English" in preview.text
    assert stored_rows(database_url)["events"] == 0, "the preview stores nothing"
    saved = client.post("/upload", data=hidden_fields(preview.text), follow_redirects=False)
    assert saved.status_code == 303
    location = saved.headers["location"]
    assert location.startswith("/events/2021-12-30-putin-biden-call")
    page = client.get(location)
    assert page.status_code == 200
    assert "legally binding security guarantees" in page.text
    assert stored_rows(database_url)["alignment_runs"] == 1


def test_the_save_is_committed_before_its_redirect_is_sent(settings: Settings, database_url: str) -> None:
    """A browser follows the 303 at once: the event must be stored by the time it arrives."""
    app = create_app(settings)
    events_when_answered: list[int] = []

    async def watched(scope, receive, send):  # type: ignore[no-untyped-def]
        async def send_and_look(message):  # type: ignore[no-untyped-def]
            is_save = scope.get("method") == "POST" and scope["path"] == "/upload"
            if is_save and message["type"] == "http.response.start":
                events_when_answered.append(stored_rows(database_url)["events"])
            await send(message)

        await app(scope, receive, send_and_look)

    with TestClient(watched) as client:
        _, saved = upload_pair(client, KREMLIN, WHITE_HOUSE)
    assert saved.status_code == 303  # type: ignore[attr-defined]
    assert events_when_answered == [1], "the redirect left before the event was committed"


def test_every_language_the_detector_returns_has_a_name_on_the_page() -> None:
    from app.text.languages import DETECTABLE_LANGUAGES
    from app.web.templating import LANGUAGE_NAMES

    assert set(LANGUAGE_NAMES) >= DETECTABLE_LANGUAGES


def test_the_preview_names_each_statements_language(client: TestClient) -> None:
    spanish = "La presidenta sostuvo hoy una llamada con el presidente Biden sobre la migración."
    vietnamese = "Hai nhà lãnh đạo trao đổi về tình hình Biển Đông và hợp tác kinh tế."
    preview = preview_pair(client, spanish, vietnamese)
    assert preview.status_code == 200
    assert "Spanish" in preview.text and "Vietnamese" in preview.text


def test_the_same_texts_again_lead_to_the_existing_event(client: TestClient, database_url: str) -> None:
    _, first = upload_pair(client, KREMLIN, WHITE_HOUSE)
    _, second = upload_pair(client, KREMLIN, WHITE_HOUSE, title="Another title")
    assert second.headers["location"] == first.headers["location"] + "?existing=1"  # type: ignore[attr-defined]
    assert stored_rows(database_url)["events"] == 1
    page = client.get(second.headers["location"])  # type: ignore[attr-defined]
    assert "already in the library" in page.text


def test_a_form_without_its_csrf_token_is_refused(client: TestClient, database_url: str) -> None:
    client.get("/upload")
    response = client.post(
        "/upload",
        data={
            "mode": "pair",
            "title": "x",
            "left_text": KREMLIN,
            "right_text": WHITE_HOUSE,
            "csrf_token": "forged",
        },
    )
    assert response.status_code == 403
    assert "Reload the upload page" in response.text
    assert stored_rows(database_url)["events"] == 0


@pytest.fixture
def small_limit_client(database_url: str) -> Iterator[TestClient]:
    settings = Settings(database_url=database_url, seeds_dir=SEEDS_DIR, max_text_bytes=2_000)
    with TestClient(create_app(settings)) as client:
        yield client


def test_a_text_over_the_limit_gets_413_and_keeps_what_was_typed(
    small_limit_client: TestClient, database_url: str
) -> None:
    long_text = "The presidents discussed trade. " * 100
    preview, _ = upload_pair(small_limit_client, long_text, WHITE_HOUSE)
    assert preview.status_code == 413  # type: ignore[attr-defined]
    assert "larger than the limit" in preview.text  # type: ignore[attr-defined]
    assert "The presidents discussed trade." in preview.text  # type: ignore[attr-defined]
    assert "Putin–Biden call" in preview.text  # type: ignore[attr-defined]
    assert stored_rows(database_url)["events"] == 0


@pytest.mark.parametrize(
    ("left", "message"),
    [
        ("   \n  ", "empty"),
        ("!!! ??? …", "no sentences"),
    ],
)
def test_input_without_sentences_is_refused_and_nothing_is_stored(
    client: TestClient, database_url: str, left: str, message: str
) -> None:
    preview, _ = upload_pair(client, left, WHITE_HOUSE)
    assert preview.status_code == 422  # type: ignore[attr-defined]
    assert message in preview.text  # type: ignore[attr-defined]
    assert "Nothing was stored" in preview.text  # type: ignore[attr-defined]
    assert stored_rows(database_url)["events"] == 0


def post_files(client: TestClient, files: dict[str, tuple[str, bytes, str]]) -> object:
    token = csrf_token(client)
    data = {"csrf_token": token, "mode": "pair", "title": "File upload", "left_side": "A", "right_side": "B"}
    return client.post("/upload/preview", data=data, files=files)


def test_a_binary_file_is_refused_with_a_clear_message(client: TestClient) -> None:
    response = post_files(
        client,
        {
            "left_file": ("statement.txt", bytes(range(256)) * 10, "text/plain"),
            "right_file": ("b.txt", WHITE_HOUSE.encode(), "text/plain"),
        },
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "binary" in response.text  # type: ignore[attr-defined]


def test_an_unsupported_file_type_is_refused(client: TestClient) -> None:
    response = post_files(
        client,
        {
            "left_file": ("photo.png", b"\x89PNG....", "image/png"),
            "right_file": ("b.txt", WHITE_HOUSE.encode(), "text/plain"),
        },
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert ".png are not accepted" in response.text  # type: ignore[attr-defined]


RUSSIAN = "В.В. Путин провёл телефонный разговор с Президентом США. Обсуждалась ситуация вокруг Украины."
KOREAN = "푸틴 대통령은 바이든 대통령과 통화했다. 우크라이나 문제가 논의되었다."


@pytest.mark.parametrize(
    ("filename", "payload", "expected"),
    [
        ("kremlin.txt", RUSSIAN.encode("cp1251"), "телефонный разговор"),
        ("kremlin.txt", RUSSIAN.encode("utf-16"), "телефонный разговор"),
        ("kremlin.txt", KOREAN.encode("euc-kr"), "우크라이나 문제가"),
        ("kremlin.html", f"<html><body><p>{RUSSIAN}</p><script>x()</script></body></html>".encode(), "Путин"),
    ],
)
def test_text_files_in_common_encodings_are_decoded(
    client: TestClient, filename: str, payload: bytes, expected: str
) -> None:
    response = post_files(
        client,
        {
            "left_file": (filename, payload, "application/octet-stream"),
            "right_file": ("wh.txt", WHITE_HOUSE.encode(), "text/plain"),
        },
    )
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    fields = hidden_fields(response.text)  # type: ignore[attr-defined]
    assert expected in fields["left_text"]
    assert "x()" not in fields["left_text"]


def test_a_docx_file_is_read(client: TestClient) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(RUSSIAN)
    buffer = io.BytesIO()
    document.save(buffer)
    response = post_files(
        client,
        {
            "left_file": ("kremlin.docx", buffer.getvalue(), "application/octet-stream"),
            "right_file": ("wh.txt", WHITE_HOUSE.encode(), "text/plain"),
        },
    )
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "телефонный разговор" in hidden_fields(response.text)["left_text"]  # type: ignore[attr-defined]


def test_a_combined_document_is_split_into_two_statements(client: TestClient) -> None:
    document = (SEEDS_DIR / "2021-12-07-biden-putin-video-call.ko.txt").read_text(encoding="utf-8")
    token = csrf_token(client, "combined")
    preview = client.post(
        "/upload/preview",
        data={"csrf_token": token, "mode": "combined", "title": "Video call", "document_text": document},
    )
    assert preview.status_code == 200
    assert "Kremlin" in preview.text and "White House" in preview.text
    saved = client.post("/upload", data=hidden_fields(preview.text), follow_redirects=False)
    assert saved.status_code == 303
    detail = client.get("/api" + saved.headers["location"]).json()
    assert [s["side"] for s in detail["statements"]] == ["Kremlin", "White House"]


def test_report_attribution_can_be_corrected_before_saving(client: TestClient) -> None:
    report = (SEEDS_DIR / "2018-06-27-bolton-moscow-visit.ko.txt").read_text(encoding="utf-8")
    token = csrf_token(client, "report")
    preview = client.post(
        "/upload/preview",
        data={"csrf_token": token, "mode": "report", "title": "Bolton in Moscow", "document_text": report},
    )
    assert preview.status_code == 200
    choices = dict(
        re.findall(r'<select id="(assign-\d+)" name="assign-\d+">(.*?)</select>', preview.text, re.S)
    )
    assert choices, "each attributed sentence has a side selector"
    selected = {
        name: re.search(r'<option value="(\w+)" selected>', options).group(1)  # type: ignore[union-attr]
        for name, options in choices.items()
    }
    narration = [name for name, side in selected.items() if side == "narration"]
    assert narration, "the reporter's narration is set aside"
    moved = narration[0]
    moved_text = re.search(
        rf'<tr data-sentence="{moved.split("-")[1]}">\s*<td[^>]*>(.*?)</td>', preview.text, re.S
    ).group(1)  # type: ignore[union-attr]
    fields = hidden_fields(preview.text)
    fields.update(selected)
    fields[moved] = "left"
    saved = client.post("/upload", data=fields, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    detail = client.get("/api" + saved.headers["location"]).json()
    import html as html_lib

    left_texts = [s["text"] for s in detail["statements"][0]["sentences"]]
    assert html_lib.unescape(moved_text) in left_texts


def test_user_text_is_always_escaped(client: TestClient) -> None:
    hostile = '<script>alert("x")</script> The leaders <img src=x onerror="alert(1)"> discussed trade.'
    _, saved = upload_pair(
        client, hostile + "\n\n" + KREMLIN, WHITE_HOUSE, title='<b onmouseover="x()">T</b>'
    )
    location = saved.headers["location"]  # type: ignore[attr-defined]
    for url in ("/", location, location + "?view=original", "/topics", "/?q=script"):
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert '<b onmouseover="x()">' not in html, url
    event_html = client.get(location).text
    assert "&lt;script&gt;alert" in event_html


def test_an_arabic_statement_reads_right_to_left_beside_an_english_one(client: TestClient) -> None:
    case = EVAL_DIR.parent / "eval_probe9" / "sisi-biden-ar-en"
    arabic = (case / "left.txt").read_text(encoding="utf-8")
    english = (case / "right.txt").read_text(encoding="utf-8")
    preview, saved = upload_pair(client, arabic, english, title="Sisi–Biden call", date="2023-11-22")
    assert preview.status_code == 200  # type: ignore[attr-defined]
    assert "Arabic" in preview.text  # type: ignore[attr-defined]
    page = client.get(saved.headers["location"])  # type: ignore[attr-defined]
    assert page.status_code == 200
    assert re.search(r'class="cell cell-left" lang="ar" dir="rtl"', page.text)
    assert re.search(r'class="cell cell-right" lang="en" dir="ltr"', page.text)
    # the page's own words inside an Arabic cell (why matched, scores) stay left to right
    assert '<details class="why" dir="ltr">' in page.text
