"""Property tests: segmentation never fails and its offsets always partition the input.

Whatever the input (arbitrary Unicode, mixed scripts, CRLF, NBSP, zero-width characters,
very long lines), ``segment`` returns units that are exact slices of the raw text, carry
no surrounding whitespace, and cover every non-whitespace character exactly once.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.text.languages import DETECTABLE_LANGUAGES, detect_language, lemmatize
from app.text.segment import segment
from app.text.types import SegmentedText

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that stress the splitter: sentence ends, abbreviations, quotes, dates, scripts.
PIECES = [
    "다.",
    "했다.",
    "배석했다.푸틴 대통령은",
    " U.S. ",
    "Jr.",
    "No. 10",
    "1.1",
    "2021. 12. 7.",
    "В.В. Путин",
    "т.е.",
    "г.",
    '"',
    "”",
    "“",
    "«",
    "»",
    "(",
    ")",
    "…",
    "...",
    "?",
    "!",
    "。",
    "\r\n",
    "\n",
    "\r",
    "\n\n",
    "\u00a0",
    "\u200b",
    "\u2028",
    "\t",
    " ",
    "•",
    "-",
    "/연합뉴스",
    "입력",
    "Kremlin, 2021. 12. 7.",
    "The two leaders agreed.",
    "양자 문제가 논의되었다.",
    "中文。",
    "ロシア",
    "Ελλάδα.",
    "(Moscow) Reuters — ",
]

text_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join),
    st.text(alphabet=st.sampled_from(list(" .!?\n\r\u00a0\u200b\"'”다aA1가Я")), max_size=200),
)


def check_partition(text: str, seg: SegmentedText) -> None:
    covered_by_sentence = [0] * len(text)
    covered_by_paragraph = [0] * len(text)
    for p in seg.paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.text and not p.text[0].isspace() and not p.text[-1].isspace()
        for i in range(p.start, p.end):
            covered_by_paragraph[i] += 1
    previous_end = 0
    for index, s in enumerate(seg.sentences):
        assert s.id == index
        assert text[s.start : s.end] == s.text
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        assert s.start >= previous_end
        previous_end = s.end
        paragraph = seg.paragraphs[s.paragraph]
        assert paragraph.start <= s.start and s.end <= paragraph.end
        if s.repeat_of is not None:
            assert s.kind == "repeat" and s.repeat_of < s.id
            assert seg.sentences[s.repeat_of].kind == "claim"
        for i in range(s.start, s.end):
            covered_by_sentence[i] += 1
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered_by_sentence[i] == 1, (i, ch)
            assert covered_by_paragraph[i] == 1, (i, ch)
        else:
            assert covered_by_sentence[i] <= 1 and covered_by_paragraph[i] <= 1


@SETTINGS
@given(text_strategy)
def test_segment_offsets_partition_non_space_characters(text: str) -> None:
    seg = segment(text)
    assert seg.text == text
    check_partition(text, seg)


@SETTINGS
@given(text_strategy, st.sampled_from(["ko", "en", "ru", "uk", "zh", "ja", "fr", "de", "xx", "und"]))
def test_segment_with_forced_language_keeps_invariants(text: str, language: str) -> None:
    seg = segment(text, language=language)
    check_partition(text, seg)


@SETTINGS
@given(st.text(max_size=200), st.sampled_from(["ko", "en", "ru", "uk", "zh", "ja", "fr", "de", "xx", "und"]))
def test_lemmatize_never_fails_and_yields_clean_tokens(text: str, language: str) -> None:
    tokens = lemmatize(text, language)
    assert all(t and not any(c.isspace() for c in t) for t in tokens)
    assert detect_language(text) in DETECTABLE_LANGUAGES


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.data_too_large],
)
@given(st.text(alphabet=st.sampled_from(list("ab가나 .\u00a0\u200b")), min_size=3000, max_size=6000))
def test_very_long_lines_are_segmented(text: str) -> None:
    check_partition(text, segment(text))


def test_empty_and_whitespace_only_inputs_have_no_units() -> None:
    for text in ["", " ", "\n\n", "\r\n\t \u00a0\u2028"]:
        seg = segment(text)
        assert seg.sentences == () and seg.paragraphs == ()
        assert seg.language == "und"


def test_zero_width_characters_are_covered_not_dropped() -> None:
    text = "The leaders met.\u200b They agreed.\u200b"
    seg = segment(text)
    check_partition(text, seg)
    assert "".join(s.text for s in seg.sentences).count("\u200b") == 2


def test_crlf_and_nbsp_keep_exact_offsets() -> None:
    text = "Title line\r\n\r\nThe two leaders\u00a0met. They agreed.\r\n"
    seg = segment(text)
    check_partition(text, seg)
    assert [s.text for s in seg.sentences] == ["Title line", "The two leaders\u00a0met.", "They agreed."]


STATEMENT_PIECES = [
    *PIECES,
    "\n\n\n미국 백악관 성명서 전문\n\n",
    "\nWhite House statement\n",
    "\nKremlin, 2021. 12. 7.\n",
    "\nЗаявление МИД России\n",
    '푸틴은 "대화를 원한다"고 말했다. ',
    "He said they agreed. ",
    "Bolton said both sides wanted talks. ",
]


@SETTINGS
@given(st.lists(st.sampled_from(STATEMENT_PIECES) | st.text(max_size=10), max_size=40).map("".join))
def test_split_statements_spans_cover_the_content_in_order(text: str) -> None:
    from app.text.segment import split_statements

    spans = split_statements(text)
    covered = [0] * len(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
        for i in range(span.start, span.end):
            covered[i] += 1
    assert all(covered[i] == 1 for i, ch in enumerate(text) if not ch.isspace())
    assert (len(spans) == 0) == (text.strip() == "")


@SETTINGS
@given(st.lists(st.sampled_from(STATEMENT_PIECES) | st.text(max_size=10), max_size=40).map("".join))
def test_attribute_assigns_only_claims_to_two_sides_or_narration(text: str) -> None:
    from app.text.attribution import attribute, build_side_texts

    a = attribute(text)
    claims = {s.id for s in a.segmented.sentences if s.kind == "claim"}
    assert set(a.assignment) == claims
    assert all(side in (0, 1, None) for side in a.assignment.values())
    assert len(a.side_labels) == 2 and all(a.side_labels)
    left, right = build_side_texts(a)
    for side, joined in ((0, left), (1, right)):
        assert joined == "\n\n".join(a.segmented.sentences[i].text for i in a.sentence_ids(side))
