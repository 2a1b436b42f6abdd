"""The reading room of the seed event, as a reader uses it: hover, keyboard, click, filters, views."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import SEED_EVENT

pytestmark = pytest.mark.browser

IS_ACTIVE = re.compile(r"(^|\s)is-active(\s|$)")
# Tab presses allowed to travel from the topic filter's button to the first claim after it.
MAX_TABS_TO_FIRST_CLAIM = 15


def _counterpart_ids(claim: Locator) -> list[str]:
    ids = (claim.get_attribute("data-links") or "").split()
    assert ids, "a linked claim names its counterparts in data-links"
    return ids


def _active_id(page: Page) -> str:
    return str(page.evaluate("document.activeElement && document.activeElement.id"))


def test_hovering_a_linked_claim_lights_its_counterpart(page: Page) -> None:
    page.goto(SEED_EVENT)
    claim = page.locator(".comparison .claim.linked[data-links]").first
    counterpart = page.locator(f"#{_counterpart_ids(claim)[0]}")
    expect(counterpart).not_to_have_class(IS_ACTIVE)
    claim.hover()
    expect(counterpart).to_have_class(IS_ACTIVE)
    expect(claim).to_have_class(IS_ACTIVE)
    page.locator("h1").hover()
    expect(counterpart).not_to_have_class(IS_ACTIVE)


def test_keyboard_focus_on_a_claim_lights_its_counterpart(page: Page) -> None:
    page.goto(SEED_EVENT)
    page.locator(".topic-filter button").focus()
    for _ in range(MAX_TABS_TO_FIRST_CLAIM):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.claim.linked')"):
            break
    else:
        raise AssertionError("Tab never reached a linked claim: claims must be keyboard-focusable")
    claim = page.locator(f"#{_active_id(page)}")
    counterpart = page.locator(f"#{_counterpart_ids(claim)[0]}")
    expect(counterpart).to_have_class(IS_ACTIVE)
    page.keyboard.press("Tab")
    if _active_id(page) != counterpart.get_attribute("id"):
        expect(counterpart).not_to_have_class(IS_ACTIVE)


def _far_pair(page: Page) -> tuple[Locator, Locator]:
    """A linked claim whose counterpart is out of the viewport when the claim is centred in it."""
    for claim in page.locator('.claim.linked[data-side="left"]').all():
        claim.evaluate("el => el.scrollIntoView({block: 'center'})")
        for target_id in _counterpart_ids(claim):
            target = page.locator(f"#{target_id}")
            if not target.evaluate(
                "el => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }"
            ):
                return claim, target
    raise AssertionError("no linked claim has its counterpart out of view")


def _click_claim_text(page: Page, claim: Locator) -> None:
    """Click the claim's own words (its first line box), not its 'why matched' details."""
    point = claim.evaluate(
        """el => {
          const r = el.getClientRects()[0];
          const x = r.left + Math.min(8, r.width / 2), y = r.top + r.height / 2;
          const hit = document.elementFromPoint(x, y);
          return {x, y, ok: el.contains(hit) && !hit.closest('details, a')};
        }"""
    )
    assert point["ok"], "the point clicked lies on the claim's text"
    page.mouse.click(point["x"], point["y"])


def test_clicking_a_claim_scrolls_its_counterpart_into_view(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 500})
    page.goto(f"{SEED_EVENT}?view=original")
    claim, target = _far_pair(page)
    expect(target).not_to_be_in_viewport()
    _click_claim_text(page, claim)
    expect(target).to_be_in_viewport()
    expect(target).to_be_focused()


def test_only_one_sided_claims_hides_linked_claims_and_keeps_the_filter_in_the_url(page: Page) -> None:
    page.goto(SEED_EVENT)
    unique_count = page.locator('.comparison .claim[data-unique="true"]').count()
    assert unique_count > 0 and page.locator(".comparison .claim.linked").count() > 0
    expect(page.locator(".comparison .claim.linked").first).to_be_visible()

    page.locator('[data-control="only-unique"]').click()
    page.wait_for_url("**only=unique**")
    _assert_only_one_sided_visible(page, unique_count)
    expect(page.locator('[data-control="only-unique"]')).to_have_attribute("aria-current", "true")

    page.locator('[data-control="view-original"]').click()
    page.wait_for_url("**view=original**")
    assert "only=unique" in page.url, "switching the view keeps the filter"
    _assert_only_one_sided_visible(page, unique_count)

    page.locator('[data-control="only-unique"]').click()
    page.wait_for_url(lambda url: "only=unique" not in url)
    expect(page.locator(".comparison .claim.linked").first).to_be_visible()


def _assert_only_one_sided_visible(page: Page, unique_count: int) -> None:
    linked = page.locator(".comparison .claim.linked")
    assert linked.count() > 0, "linked claims stay in the page, hidden"
    for claim in linked.all():
        expect(claim).to_be_hidden()
    unique = page.locator('.comparison .claim[data-unique="true"]')
    assert unique.count() == unique_count
    for claim in unique.all():
        expect(claim).to_be_visible()


COUNT_EXPECTED_CONNECTORS = """
() => {
  const visible = el => el && !el.hidden && el.getClientRects().length > 0;
  let n = 0;
  document.querySelectorAll('.original-columns .claim.linked[data-side="left"]').forEach(el => {
    if (!visible(el)) return;
    (el.dataset.links || "").split(" ").filter(Boolean).forEach(id => {
      if (visible(document.getElementById(id))) n += 1;
    });
  });
  return n;
}
"""

# Each connector must start on the row of its left claim and end on the row of its right one.
CONNECTORS_MISPLACED = """
() => {
  const svg = document.querySelector('svg.connectors').getBoundingClientRect();
  const within = (y, el) => {
    const r = el.getBoundingClientRect();
    return y >= r.top - svg.top - 1 && y <= r.bottom - svg.top + 1;
  };
  return [...document.querySelectorAll('svg.connectors line')].filter(line => {
    const from = document.getElementById(line.dataset.from), to = document.getElementById(line.dataset.to);
    return !from || !to || from.dataset.side !== 'left' || to.dataset.side !== 'right'
      || !within(+line.getAttribute('y1'), from) || !within(+line.getAttribute('y2'), to);
  }).map(line => line.dataset.from + '->' + line.dataset.to);
}
"""


def test_original_view_draws_one_connector_per_visible_link(page: Page) -> None:
    page.goto(SEED_EVENT)
    page.locator('[data-control="view-original"]').click()
    page.wait_for_url("**view=original**")
    expect(page.locator(".comparison.original")).to_be_visible()
    expect(page.locator('[data-control="view-original"]')).to_have_attribute("aria-current", "true")
    expected = page.evaluate(COUNT_EXPECTED_CONNECTORS)
    assert expected > 0
    expect(page.locator("svg.connectors line")).to_have_count(expected)
    assert page.evaluate(CONNECTORS_MISPLACED) == []

    claim = page.locator('.original-columns .claim.linked[data-side="left"]').first
    claim.hover()
    claim_id = claim.get_attribute("id")
    expect(page.locator(f'svg.connectors line[data-from="{claim_id}"]').first).to_have_class(IS_ACTIVE)


def test_connectors_follow_a_resized_window(page: Page) -> None:
    page.goto(f"{SEED_EVENT}?view=original")
    expected = page.evaluate(COUNT_EXPECTED_CONNECTORS)
    before = page.evaluate("document.querySelector('.original-columns').getBoundingClientRect().height")
    page.set_viewport_size({"width": 900, "height": 900})
    after = page.evaluate("document.querySelector('.original-columns').getBoundingClientRect().height")
    assert after > before, "the narrower window reflows the text, so the connectors must move"
    # The redraw is debounced: wait until every connector sits on its claims again.
    page.wait_for_function(f"() => ({CONNECTORS_MISPLACED})().length === 0")
    expect(page.locator("svg.connectors line")).to_have_count(expected)


def test_every_why_panel_stays_inside_its_claim(page: Page) -> None:
    """A <details> inside a <p> makes the HTML parser close the paragraph and push the panel out."""
    for url in (SEED_EVENT, f"{SEED_EVENT}?view=original"):
        page.goto(url)
        panels = page.locator("details.why")
        assert panels.count() > 0
        stray = panels.evaluate_all("ds => ds.filter(d => !d.parentElement.matches('.claim')).length")
        assert stray == 0, f"{stray} 'why matched' panels were moved out of their claims on {url}"
        empty = page.locator(".comparison .cell > p:empty, .comparison .para:empty").count()
        assert empty == 0, f"{empty} empty paragraphs left behind by the parser on {url}"


def test_a_topic_filter_leaves_connectors_only_between_shown_claims(page: Page) -> None:
    page.goto(f"{SEED_EVENT}?view=original")
    all_lines = page.locator("svg.connectors line").count()
    page.locator("#topic-select").select_option("ukraine")
    page.wait_for_url("**topic=ukraine**")
    assert "view=original" in page.url
    hidden = page.locator(".original-columns .claim.linked[hidden]").count()
    assert hidden > 0, "the topic filter hides some linked claims"
    expected = page.evaluate(COUNT_EXPECTED_CONNECTORS)
    assert 0 < expected < all_lines
    expect(page.locator("svg.connectors line")).to_have_count(expected)
    assert page.evaluate(CONNECTORS_MISPLACED) == []
