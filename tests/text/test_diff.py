"""Match tiers and word diffs of linked claims."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text.diff import classify_tier, diff_tokens, word_diff


@pytest.mark.parametrize(
    ("left", "right", "tier"),
    [
        (
            "The leaders agreed to stay in close contact over the coming days and weeks.",
            "The leaders agreed to stay in close contact over the coming weeks and days.",
            "same",
        ),
        (
            "Negotiations are also to be held at the OSCE on January 13.",
            "Negotiations are also to be held at the OSCE on January 12.",
            "changed",
        ),
        (
            "They discussed support for energy and infrastructure.",
            "They discussed support for energy infrastructure.",
            "changed",
        ),
        (
            "Biden pledged $625 million in security assistance.",
            "Biden pledged $725 million in security assistance.",
            "changed",
        ),
        ("The presidents may meet in Geneva.", "The presidents will meet in Geneva.", "changed"),
        (
            "The leaders agreed to instruct their representatives to hold consultations.",
            "The two presidents tasked their teams to follow up.",
            "reframed",
        ),
    ],
)
def test_tiers(left: str, right: str, tier: str) -> None:
    assert classify_tier(left, right, "en", "en")[0] == tier


def test_across_scripts_there_is_no_word_diff() -> None:
    tier, diff = classify_tier(
        "정상들은 협의를 하도록 지시했다.", "The presidents tasked their teams.", "ko", "en"
    )
    assert tier == "reframed"
    assert diff == ()


def test_a_changed_number_is_the_replaced_step() -> None:
    ops = word_diff("talks on January 13", "talks on January 12")
    assert [(d.op, d.left, d.right) for d in ops if d.op != "equal"] == [("replace", "13", "12")]


@given(
    st.lists(st.sampled_from(["a", "b", "c", "sanctions", "Ukraine", "12", "the", "of"]), max_size=12),
    st.lists(st.sampled_from(["a", "b", "d", "sanctions", "Kyiv", "13", "the", "on"]), max_size=12),
)
def test_diff_rebuilds_both_sides(left_words: list[str], right_words: list[str]) -> None:
    left, right = " ".join(left_words), " ".join(right_words)
    ops = word_diff(left, right)
    assert " ".join(d.left for d in ops if d.left).split() == list(diff_tokens(left))
    assert " ".join(d.right for d in ops if d.right).split() == list(diff_tokens(right))
    assert all(d.left.lower() == d.right.lower() for d in ops if d.op == "equal")
