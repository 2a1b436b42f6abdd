"""Rows of the side-by-side page: every sentence once, left order kept, no giant rows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.rows import MAX_ROW_SENTENCES, build_rows
from app.text.types import Link, Paragraph, SegmentedText, Sentence


def side(paragraph_sizes: list[int], meta_first: bool = False) -> SegmentedText:
    """A hand-built statement: one 'Sentence k.' per sentence, paragraphs of the given sizes."""
    sentences, paragraphs, parts, offset, sid = [], [], [], 0, 0
    for p, size in enumerate(paragraph_sizes):
        start_p = offset
        for k in range(size):
            text = f"Sentence {sid}."
            kind = "meta" if meta_first and sid == 0 else "claim"
            sentences.append(Sentence(sid, p, offset, offset + len(text), text, kind=kind, language="en"))
            parts.append(text + (" " if k < size - 1 else "\n\n"))
            offset += len(parts[-1])
            sid += 1
        paragraphs.append(Paragraph(p, start_p, offset - 2, ""))
    return SegmentedText("".join(parts), "en", tuple(paragraphs), tuple(sentences))


def check_rows(left: SegmentedText, right: SegmentedText, links: list[Link]) -> None:
    rows = build_rows(left, right, links)
    for name, doc in (("left", left), ("right", right)):
        seen = [i for row in rows for i in getattr(row, name)]
        assert sorted(seen) == [s.id for s in doc.sentences], name  # each sentence exactly once
    left_order = [i for row in rows for i in row.left]
    assert left_order == sorted(left_order)  # rows follow the left side
    for row in rows:
        assert list(row.left) == sorted(row.left) and list(row.right) == sorted(row.right)
        assert len(row.left) <= MAX_ROW_SENTENCES and len(row.right) <= MAX_ROW_SENTENCES
        assert row.left or row.right


sizes = st.lists(st.integers(min_value=1, max_value=7), min_size=0, max_size=6)


@settings(max_examples=200, deadline=None)
@given(sizes, sizes, st.data())
def test_rows_hold_every_sentence_once_in_left_order(
    left_sizes: list[int], right_sizes: list[int], data: st.DataObject
) -> None:
    left, right = side(left_sizes), side(right_sizes)
    pairs = []
    if left.sentences and right.sentences:
        pairs = data.draw(
            st.lists(
                st.tuples(
                    st.sampled_from([s.id for s in left.sentences]),
                    st.sampled_from([s.id for s in right.sentences]),
                ),
                unique=True,
                max_size=10,
            )
        )
    check_rows(left, right, [Link(a, b, 0.5) for a, b in sorted(pairs)])


def test_one_paragraph_against_twelve_reads_sentence_by_sentence() -> None:
    left = side([1] * 12)
    right = side([6], meta_first=True)  # one WH-style paragraph
    links = [Link(0, 1, 0.9), Link(3, 2, 0.6), Link(5, 3, 0.6), Link(9, 5, 0.5)]
    rows = build_rows(left, right, links)
    check_rows(left, right, links)
    row_of_right = {r: k for k, row in enumerate(rows) for r in row.right}
    assert row_of_right[1] == row_of_right[0] == 0  # the heading stays with the first row
    assert row_of_right[2] == 3 and row_of_right[3] == 5 and row_of_right[5] == 9
    assert row_of_right[4] == row_of_right[3]  # an unlinked sentence stays where it falls


def test_without_links_no_row_is_a_giant() -> None:
    left, right = side([2]), side([10])
    check_rows(left, right, [])
