"""Side-by-side rows for the page: which sentences of each side are shown together.

A row holds a run of left sentences (a short paragraph, or one sentence of a long one)
and the right sentences anchored to it: a right sentence is anchored to the row of the
first left sentence it links to; an unlinked right sentence stays where it falls, with the
right sentence before it (or in the first row). A row never holds more than
``MAX_ROW_SENTENCES`` sentences of one side: long runs are cut into rows of their own.

Invariants: every sentence of both sides (claims, meta lines, repeats) is in exactly one
row; rows follow the left side's order, and within a row each side's ids are ascending;
the right side's sentences that share an anchor keep their order.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.text.types import Link, Row, SegmentedText

MAX_ROW_SENTENCES = 4
"""Most sentences of one side in one row: a left paragraph longer than this is shown
sentence by sentence, and a run of right sentences longer than this is cut. Chosen so a row
fits a screen beside its counterpart (dev readouts: paragraphs of 1-4 sentences)."""


def _left_units(left: SegmentedText) -> list[list[int]]:
    """Runs of left sentence ids: whole paragraphs when short, else single sentences."""
    by_paragraph: dict[int, list[int]] = {}
    for s in left.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s.id)
    units: list[list[int]] = []
    for paragraph in sorted(by_paragraph):
        ids = by_paragraph[paragraph]
        if len(ids) <= MAX_ROW_SENTENCES:
            units.append(ids)
        else:
            units.extend([i] for i in ids)
    return units


def build_rows(left: SegmentedText, right: SegmentedText, links: Sequence[Link]) -> tuple[Row, ...]:
    """Rows of the side-by-side page for one alignment (see the module docstring)."""
    units = _left_units(left)
    unit_of = {sid: u for u, ids in enumerate(units) for sid in ids}
    first_link: dict[int, int] = {}
    for link in links:
        unit = unit_of.get(link.left)
        if unit is not None and (link.right not in first_link or unit < first_link[link.right]):
            first_link[link.right] = unit
    anchored: dict[int, list[int]] = {}
    current = 0
    for s in right.sentences:
        if s.id in first_link:
            current = first_link[s.id]
        anchored.setdefault(current if units else -1, []).append(s.id)

    rows: list[Row] = []
    for u, ids in enumerate(units or [[]]):
        right_ids = sorted(anchored.get(u if units else -1, []))
        chunks = [right_ids[k : k + MAX_ROW_SENTENCES] for k in range(0, len(right_ids), MAX_ROW_SENTENCES)]
        rows.append(Row(left=tuple(ids), right=tuple(chunks[0]) if chunks else ()))
        rows.extend(Row(left=(), right=tuple(chunk)) for chunk in chunks[1:])
    return tuple(row for row in rows if row.left or row.right)
