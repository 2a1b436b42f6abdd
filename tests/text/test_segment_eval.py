"""Segmentation against the gold eval cases: sentence boundaries agree, meta never leaks, nothing lost.

For every case in tests/data/eval: each gold claim (kind ``claim`` or ``ambiguous``) is
exactly one claim sentence, starting and ending on the quote's boundaries (modulo
whitespace and quote marks); each gold ``meta`` quote is covered by non-claim sentences
only — the ``meta`` and ``lost`` columns of ../shared/eval/score.py, at 0.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from app.text.segment import segment
from tests.text.conftest import eval_cases, load_case

EDGE = " \t\r\n\"'“”‘’«»"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


@pytest.mark.parametrize("folder", eval_cases(), ids=lambda p: p.name)
def test_sentence_boundaries_agree_with_gold_and_meta_does_not_leak(folder: Path) -> None:
    case = load_case(folder)
    segs = {side: segment(case["texts"][side]) for side in ("left", "right")}
    for claim in case["gold"]["claims"]:
        text = case["texts"][claim["side"]]
        seg = segs[claim["side"]]
        start = text.find(claim["quote"])
        assert start >= 0
        end = start + len(claim["quote"])
        overlapping = [s for s in seg.sentences if min(end, s.end) > max(start, s.start)]
        if claim.get("kind", "claim") == "meta":
            assert overlapping and all(s.kind != "claim" for s in overlapping), claim["id"]
            continue
        want = trimmed(text, start, end)
        got = [trimmed(text, s.start, s.end) for s in overlapping if s.kind == "claim"]
        assert got == [want], (claim["id"], [s.text for s in overlapping])


@pytest.mark.parametrize("folder", eval_cases(), ids=lambda p: p.name)
def test_no_claim_sentence_lies_outside_the_gold_claims(folder: Path) -> None:
    case = load_case(folder)
    for side in ("left", "right"):
        text = case["texts"][side]
        quotes = [c["quote"] for c in case["gold"]["claims"] if c["side"] == side and c.get("kind") != "meta"]
        spans = [(text.find(q), text.find(q) + len(q)) for q in quotes]
        for s in segment(text).claims:
            assert any(a <= s.start and s.end <= b for a, b in spans), s.text


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("folder", eval_cases(), ids=lambda p: p.name)
def test_hard_wrapped_copies_segment_like_the_originals(folder: Path, width: int) -> None:
    case = load_case(folder)
    for side in ("left", "right"):
        original = segment(case["texts"][side])
        wrapped = segment(_wrap(case["texts"][side], width))
        assert [_squeeze(s.text) for s in wrapped.claims] == [_squeeze(s.text) for s in original.claims]
        meta = [s for s in wrapped.sentences if s.kind == "meta"]
        assert _squeeze("".join(s.text for s in meta)) == _squeeze(
            "".join(s.text for s in original.sentences if s.kind == "meta")
        )


def test_a_title_line_over_a_wrapped_body_stays_meta() -> None:
    body = (
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Rishi Sunak of the United Kingdom "
        "to congratulate him on his appointment. The leaders reaffirmed the special relationship between "
        "our countries, underscoring their desire to further enhance cooperation."
    )
    text = "Readout of President Biden’s Call with Prime Minister Rishi Sunak\n" + textwrap.fill(body, 66)
    seg = segment(text)
    assert [s.kind for s in seg.sentences] == ["meta", "claim", "claim"]
