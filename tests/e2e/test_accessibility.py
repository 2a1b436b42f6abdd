"""axe-core on every page, and a focus ring a keyboard user can see.

axe-core comes bundled in axe-playwright-python (no npm). It is evaluated through the DevTools
protocol, which the pages' Content-Security-Policy (script-src 'self') does not block, so the
pages are checked with their real headers.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.conftest import EVAL_DIR, SEEDS_DIR
from tests.e2e.conftest import SEED_EVENT

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING_IMPACTS = {"serious", "critical"}
# The basics every page must have been checked for (each rule must run and find nothing serious).
BASIC_RULES = {"document-title", "html-has-lang", "landmark-one-main", "region", "color-contrast"}
RULES_WHERE_PRESENT = {"label", "button-name", "link-name", "duplicate-id", "select-name"}
# axe-core 4.12 marks duplicate-id deprecated and off; here ids are link targets (data-links), so
# a duplicate breaks the reading room: run it, and fail on it whatever impact axe gives it.
ALSO_RUN = {"duplicate-id": {"enabled": True}, "duplicate-id-active": {"enabled": True}}
ALWAYS_BLOCKING = {"duplicate-id", "duplicate-id-active", "duplicate-id-aria"}

PAGES = [
    "/",
    SEED_EVENT,
    f"{SEED_EVENT}?view=original",
    f"{SEED_EVENT}?only=unique",
    "/topics",
    "/upload?mode=pair",
    "/upload?mode=combined",
    "/upload?mode=report",
]


def _axe(page: Page) -> dict[str, Any]:
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "rules": ALSO_RUN}
    results = Axe().run(page, options=options)
    return dict(results.response)


def _assert_accessible(page: Page) -> None:
    response = _axe(page)
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:5]]}"
        for v in response["violations"]
        if v["impact"] in BLOCKING_IMPACTS or v["id"] in ALWAYS_BLOCKING
    ]
    assert not blocking, "\n".join(blocking)
    ran = {r["id"] for kind in ("passes", "violations", "incomplete", "inapplicable") for r in response[kind]}
    assert ran >= BASIC_RULES | RULES_WHERE_PRESENT, "axe did not run the basic rules"
    checked = {r["id"] for kind in ("passes", "violations") for r in response[kind]}
    assert checked >= BASIC_RULES, f"axe could not check {BASIC_RULES - checked}"


@pytest.mark.parametrize("url", PAGES)
def test_page_has_no_serious_accessibility_violation(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok
    _assert_accessible(page)


def test_event_page_with_every_why_panel_open_is_accessible(page: Page) -> None:
    """The 'why matched' panels hold scores, tiers and word diffs: check them opened too."""
    page.goto(SEED_EVENT)
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    expect(page.locator("details.why[open] .why-facts").first).to_be_visible()
    _assert_accessible(page)


def test_not_found_page_is_accessible(page: Page) -> None:
    response = page.goto("/events/no-such-event")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_contain_text("Not found")
    _assert_accessible(page)


def test_report_preview_page_is_accessible(page: Page) -> None:
    page.goto("/upload?mode=report")
    page.get_by_label("Title").fill("Bolton in Moscow, preview only")
    page.locator("#document_text").fill(
        (SEEDS_DIR / "2018-06-27-bolton-moscow-visit.ko.txt").read_text(encoding="utf-8")
    )
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("table.attribution")).to_be_visible()
    _assert_accessible(page)


def test_upload_form_with_errors_is_accessible(page: Page) -> None:
    page.goto("/upload?mode=pair")
    page.get_by_label("Title").fill("No texts")
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#form-errors")).to_be_visible()
    _assert_accessible(page)


# WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it (here the white page).
MIN_FOCUS_RING_CONTRAST = 3.0

FOCUS_RING = """
() => {
  const el = document.activeElement, s = getComputedStyle(el);
  const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const [r, g, b] = s.outlineColor.match(/[0-9.]+/g).map(Number);
  const lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), contrast: 1.05 / (lum + 0.05),
          tag: el.tagName, text: el.textContent.trim().slice(0, 40)};
}
"""


def _assert_visible_ring(page: Page) -> dict[str, Any]:
    ring = dict(page.evaluate(FOCUS_RING))
    assert ring["style"] != "none" and ring["width"] >= 2, f"no focus ring on {ring}"
    assert ring["contrast"] >= MIN_FOCUS_RING_CONTRAST, f"focus ring too faint on white: {ring}"
    return ring


def test_keyboard_focus_is_visible_on_links_and_claims(page: Page) -> None:
    page.goto(SEED_EVENT)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    _assert_visible_ring(page)
    links = 0
    for _ in range(5):
        page.keyboard.press("Tab")
        links += _assert_visible_ring(page)["tag"] == "A"
    assert links == 5, "Tab walks the brand and the header's four links"

    page.locator(".claim.linked").first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert _assert_visible_ring(page)["tag"] == "SPAN"


def test_keyboard_focus_is_visible_on_form_controls(page: Page) -> None:
    page.goto("/upload?mode=pair")
    page.locator("#title").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(page.locator("#title")).to_be_focused()
    _assert_visible_ring(page)
    page.locator("#left_text").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    _assert_visible_ring(page)


def test_an_arabic_statement_reads_right_to_left_and_stays_accessible(page: Page) -> None:
    """An Egyptian Presidency statement in Arabic beside the White House's English one: the
    Arabic column runs right to left, the page's own words in it left to right."""
    case = EVAL_DIR.parent / "eval_probe9" / "sisi-biden-ar-en"
    page.goto("/upload?mode=pair")
    page.get_by_label("Title").fill("Sisi–Biden call")
    page.get_by_label("Date").fill("2023-11-22")
    page.locator("#left_side").fill("Egypt's Presidency")
    page.locator("#right_side").fill("White House")
    page.locator("#left_text").fill((case / "left.txt").read_text(encoding="utf-8"))
    page.locator("#right_text").fill((case / "right.txt").read_text(encoding="utf-8"))
    page.get_by_role("button", name="Preview").click()
    page.get_by_role("button", name="Save and align").click()
    page.wait_for_url(re.compile(r"/events/[a-z0-9-]+$"))
    arabic = page.locator(".comparison.aligned .cell-left").first
    expect(arabic).to_have_attribute("dir", "rtl")
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    english = page.locator(".comparison.aligned .cell-right").first
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    panel = page.locator(".cell-left details.why[open]").first
    assert panel.evaluate("e => getComputedStyle(e).direction") == "ltr"
    _assert_accessible(page)
