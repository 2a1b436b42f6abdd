"""Uploading through the real form in a browser: paste or files, the preview, save, the new event."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import EVAL_DIR, SEEDS_DIR

pytestmark = pytest.mark.browser

CALL = EVAL_DIR / "2021-12-30-biden-putin-call"
SUNAK = EVAL_DIR / "2022-10-25-biden-sunak-call"
REPORT = SEEDS_DIR / "2018-06-27-bolton-moscow-visit.ko.txt"
EVENT_URL = re.compile(r"/events/[a-z0-9-]+$")


def _fill_event(page: Page, title: str, date: str) -> None:
    page.get_by_label("Title").fill(title)
    page.get_by_label("Date").fill(date)


def _preview_then_save(page: Page) -> None:
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("h1")).to_have_text(re.compile(r"^Preview: "))
    page.get_by_role("button", name="Save and align").click()
    page.wait_for_url(EVENT_URL)


def test_a_pasted_pair_is_previewed_saved_and_shown(page: Page) -> None:
    page.goto("/upload?mode=pair")
    _fill_event(page, "Putin–Biden call, pasted", "2021-12-30")
    page.locator("#left_side").fill("Kremlin")
    page.locator("#right_side").fill("White House")
    page.locator("#left_text").fill((CALL / "left.txt").read_text(encoding="utf-8"))
    page.locator("#right_text").fill((CALL / "right.txt").read_text(encoding="utf-8"))

    page.get_by_role("button", name="Preview").click()
    cards = page.locator(".preview-cards .statement-card")
    expect(cards).to_have_count(2)
    expect(cards.nth(0).locator("h2")).to_have_text("Kremlin")
    expect(cards.nth(1).locator("h2")).to_have_text("White House")
    expect(cards.nth(0)).to_contain_text("English")

    page.get_by_role("button", name="Save and align").click()
    page.wait_for_url(re.compile(r"/events/2021-12-30-[a-z0-9-]+$"))
    expect(page.locator("h1")).to_have_text("Putin–Biden call, pasted")
    expect(page.locator(".comparison.aligned .cell-left").first).to_be_visible()
    expect(page.locator(".comparison")).to_contain_text("legally binding security guarantees")
    assert page.locator(".comparison .claim.linked").count() > 0, "the saved pair is aligned"


def test_a_pair_of_files_is_previewed_saved_and_shown(page: Page, tmp_path: Path) -> None:
    left, right = tmp_path / "downing-street.txt", tmp_path / "white-house.txt"
    shutil.copyfile(SUNAK / "left.txt", left)
    shutil.copyfile(SUNAK / "right.txt", right)

    page.goto("/upload?mode=pair")
    _fill_event(page, "Biden–Sunak call, from files", "2022-10-25")
    page.locator("#left_side").fill("Downing Street")
    page.locator("#right_side").fill("White House")
    page.locator("#left_file").set_input_files(left)
    page.locator("#right_file").set_input_files(right)
    _preview_then_save(page)

    assert "/events/2022-10-25-" in page.url
    expect(page.locator("h1")).to_have_text("Biden–Sunak call, from files")
    expect(page.locator(".statement-card h2")).to_have_text(["Downing Street", "White House"])
    expect(page.locator(".comparison")).to_contain_text("Rishi Sunak")
    expect(page.locator(".comparison")).to_contain_text("closest ally")


def test_a_report_sentence_moved_from_narration_lands_in_the_first_column(page: Page) -> None:
    page.goto("/upload?mode=report")
    _fill_event(page, "Bolton in Moscow, corrected", "2018-06-27")
    page.locator("#document_text").fill(REPORT.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Preview").click()

    rows = page.locator("table.attribution tbody tr")
    expect(rows.first).to_be_visible()
    narration = rows.filter(has=page.locator('select option[value="narration"]:checked'))
    assert narration.count() > 0, "the report has sentences set aside as narration"
    # A full sentence, not a short dateline such as "입력" that could occur inside any claim.
    row = next(r for r in narration.all() if len(r.locator("td").first.inner_text().strip()) >= 20)
    sentence = row.locator("td").first.inner_text().strip()
    select = row.locator("select")
    assert re.fullmatch(r"assign-\d+", select.get_attribute("name") or "")
    first_side = select.locator('option[value="left"]').inner_text().strip()
    select.select_option("left")

    page.get_by_role("button", name="Save and align").click()
    page.wait_for_url(EVENT_URL)
    expect(page.locator("h1")).to_have_text("Bolton in Moscow, corrected")
    expect(page.locator(".statement-card h2").first).to_have_text(first_side)
    first_column = " ".join(page.locator(".comparison .cell-left").all_inner_texts())
    second_column = " ".join(page.locator(".comparison .cell-right").all_inner_texts())
    assert _squash(sentence) in _squash(first_column)
    assert _squash(sentence) not in _squash(second_column)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
