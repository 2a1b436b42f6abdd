"""Combined documents: one text holding two statements is cut into one span per statement."""

from __future__ import annotations

from app.text.combined import split_statements as split_statements_direct
from app.text.segment import segment, split_statements
from tests.text.conftest import EVAL, read_text


def non_space(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def test_2021_document_splits_into_kremlin_then_white_house(combined_2021: str) -> None:
    spans = split_statements(combined_2021)
    assert [s.side for s in spans] == ["Kremlin", "White House"]
    first, second = (combined_2021[s.start : s.end] for s in spans)
    # the Kremlin part ends with its own dateline; the White House part starts with its heading
    assert first.rstrip().endswith("Kremlin, 2021. 12. 7.")
    assert second.startswith("미국 백악관 성명서 전문")
    assert spans[1].heading == "미국 백악관 성명서 전문"
    # the spans cover the document's content, in order, without overlap
    assert spans[0].end <= spans[1].start
    assert non_space(first) + non_space(second) == non_space(combined_2021)


def test_2021_parts_match_the_gold_left_and_right_texts(combined_2021: str) -> None:
    spans = split_statements(combined_2021)
    case = EVAL / "2021-12-07-biden-putin-video-call-ko"
    for span, side in zip(spans, ("left", "right"), strict=True):
        gold_text = read_text(case / f"{side}.txt")
        assert non_space(combined_2021[span.start : span.end]) == non_space(gold_text)


def test_each_part_resegments_with_its_headings_as_meta(combined_2021: str) -> None:
    left, right = (segment(combined_2021[s.start : s.end]) for s in split_statements(combined_2021))
    assert [s.text for s in left.sentences if s.kind == "meta"] == [
        "크레믈린, 푸틴~바이든 화상회의 결과 발표, ‘조셉 바이든 미국 대통령과의 회담’ (전문), "
        "백악관 발표문(전문)",
        "Kremlin, 2021. 12. 7.",
    ]
    assert len(left.claims) == 23 and len(right.claims) == 5
    assert right.title == "바이든 대통령과 블라디미르 푸틴 러시아 대통령의 화상 통화 내용 해독"
    assert right.date == "2021-12-07" and left.date == "2021-12-07"


def test_a_single_statement_gives_one_span() -> None:
    for case in sorted(EVAL.iterdir()):
        for side in ("left", "right"):
            text = read_text(case / f"{side}.txt")
            spans = split_statements(text)
            assert len(spans) == 1, (case.name, side)
            assert non_space(text[spans[0].start : spans[0].end]) == non_space(text)


def test_a_section_heading_inside_one_statement_does_not_split_it() -> None:
    text = (
        "The leaders discussed Ukraine.\n\nEconomy\n\nThey agreed to expand trade.\n\n"
        "Security\n\nThey agreed to hold talks in January."
    )
    assert len(split_statements(text)) == 1


def test_english_combined_document_with_russian_and_english_headings() -> None:
    text = (
        "Telephone conversation with US President Joseph Biden\n\n"
        "Vladimir Putin had a telephone conversation with Joseph Biden. "
        "The presidents discussed security.\n\n"
        "Moscow, the Kremlin, December 30, 2021\n\n\n"
        "Statement by White House Press Secretary Jen Psaki\n\n"
        "December 30, 2021\n\n"
        "President Biden spoke today with President Putin. He urged Russia to de-escalate.\n"
    )
    spans = split_statements(text)
    assert [s.side for s in spans] == ["Kremlin", "White House"]
    assert text[spans[1].start :].startswith("Statement by White House")


def test_empty_document_has_no_spans() -> None:
    assert split_statements("") == () and split_statements_direct(" \n ") == ()


def test_separator_and_dateline_between_two_readouts_split_them() -> None:
    text = (
        "The leaders discussed Ukraine. They agreed to meet again.\n\n"
        "December 30, 2021\n\n---\n\n"
        "The presidents discussed strategic stability. They agreed to continue the dialogue.\n"
    )
    spans = split_statements(text)
    assert len(spans) == 2
    assert text[spans[0].start : spans[0].end].endswith("December 30, 2021")
    assert text[spans[1].start :].startswith("---")
    assert [s.side for s in spans] == [None, None]


def test_a_lone_separator_inside_one_readout_does_not_split_it() -> None:
    text = "The leaders discussed Ukraine.\n\n* * *\n\nThey agreed to meet again."
    assert len(split_statements(text)) == 1
