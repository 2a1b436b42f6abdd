"""Full-page screenshots of the seed event for a person to look at (tests/artifacts/, gitignored).

The assertions check what a screenshot can hide: Hangul drawn with a real CJK font (not tofu),
one-sided claims marked, and on a phone no column squeezed too narrow to read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import SEEDS_DIR
from tests.e2e.conftest import SEED_EVENT

pytestmark = pytest.mark.browser

REPORT = SEEDS_DIR / "2018-06-27-bolton-moscow-visit.ko.txt"
# Narrowest text column a phone reader can follow, in CSS pixels (~11 Hangul syllables at 16 px);
# two side-by-side columns on a 390 px phone were ~170 px.
MIN_READABLE_COLUMN_PX = 180
# Mark of a one-sided claim: the amber rule drawn along its left edge (--unique-border).
UNIQUE_BORDER_RGB = "rgb(179, 107, 0)"

HANGUL_GLYPHS_DIFFER = """
() => {
  // A font without Hangul draws every syllable as the same .notdef box ("tofu"): draw two
  // syllables of different shape in the Korean cells' font and compare the pixels.
  const family = getComputedStyle(document.querySelector('.cell[lang="ko"]')).fontFamily;
  const draw = ch => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 40;
    const ctx = canvas.getContext("2d");
    ctx.font = "32px " + family;
    ctx.fillText(ch, 2, 32);
    return ctx.getImageData(0, 0, 40, 40).data;
  };
  const a = draw("대"), b = draw("통");
  const inked = a.some(v => v !== 0) && b.some(v => v !== 0);
  return inked && a.some((v, i) => v !== b[i]);
}
"""


def _assert_hangul_is_drawn(page: Page) -> None:
    assert page.evaluate(HANGUL_GLYPHS_DIFFER), "Hangul renders as tofu boxes: run `make browser`"


def _assert_marked_one_sided(page: Page) -> None:
    unique = page.locator('.claim[data-unique="true"]:not([hidden])').first
    assert unique.locator(".only-label").inner_text().lower().startswith("only in")
    shadow = unique.evaluate("el => getComputedStyle(el).boxShadow")
    assert UNIQUE_BORDER_RGB in shadow, f"one-sided claim lost its rule: {shadow}"


def _shoot_seed_event(page: Page, path: Path) -> list[float]:
    """Open the seed event, save a full-page screenshot, check what every size must show, and
    return the widths of the first aligned row's cells."""
    page.goto(SEED_EVENT)
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    _assert_hangul_is_drawn(page)
    _assert_marked_one_sided(page)
    return page.locator(".comparison .row:not(.row-head)").first.evaluate(
        "row => [...row.querySelectorAll(':scope > .cell')].map(c => c.getBoundingClientRect().width)"
    )


def test_desktop_screenshot_of_the_seed_event(page: Page, artifacts_dir: Path) -> None:
    widths = _shoot_seed_event(page, artifacts_dir / "event-desktop.png")
    assert len(widths) == 2 and min(widths) >= MIN_READABLE_COLUMN_PX, widths


def test_phone_screenshot_of_the_seed_event(phone_page: Page, artifacts_dir: Path) -> None:
    page = phone_page
    widths = _shoot_seed_event(page, artifacts_dir / "event-phone.png")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways on a phone by {overflow}px"
    assert min(widths) >= MIN_READABLE_COLUMN_PX, f"columns too narrow on a phone: {widths}"
    # Stacked cells name their side, so the pairing reads without the column heads.
    labels = page.locator(".comparison.aligned .cell[data-label]").evaluate_all(
        "cells => cells.filter(c => c.offsetParent)"
        ".map(c => [c.dataset.label, getComputedStyle(c, '::before').content])"
    )
    assert labels and all(content == f'"{label}"' for label, content in labels), labels[:4]


@pytest.mark.parametrize(
    "url",
    ["/", "/topics", "/upload?mode=pair", "/upload?mode=report", SEED_EVENT, f"{SEED_EVENT}?view=original"],
)
def test_no_page_scrolls_sideways_on_a_phone(phone_page: Page, url: str) -> None:
    phone_page.goto(url)
    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{url} scrolls sideways on a 390px phone by {overflow}px"


def test_report_preview_does_not_scroll_sideways_on_a_phone(phone_page: Page, artifacts_dir: Path) -> None:
    page = phone_page
    page.goto("/upload?mode=report")
    page.get_by_label("Title").fill("Bolton in Moscow, phone preview")
    page.locator("#document_text").fill(REPORT.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Preview").click()
    first_sentence = page.locator("table.attribution tbody td").first
    expect(first_sentence).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "report-preview-phone.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the report preview scrolls sideways on a phone by {overflow}px"
    width = first_sentence.evaluate("td => td.getBoundingClientRect().width")
    assert width >= MIN_READABLE_COLUMN_PX, f"the sentence column is {width}px wide on a phone"
