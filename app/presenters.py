"""Page structure prepared in Python so templates stay views (rows, columns, labels)."""

from __future__ import annotations

from dataclasses import dataclass

from app.views import EventDetailOut, SentenceOut, StatementOut


@dataclass(frozen=True)
class Cell:
    """One side of a row: its sentences, grouped by the paragraph they belong to."""

    paragraphs: list[list[SentenceOut]]

    @property
    def empty(self) -> bool:
        return not self.paragraphs


@dataclass(frozen=True)
class PageRow:
    left: Cell
    right: Cell


@dataclass(frozen=True)
class EventPage:
    left: StatementOut | None
    right: StatementOut | None
    rows: list[PageRow]
    extra_statements: list[StatementOut]


def _cell(statement: StatementOut, ids: list[int]) -> Cell:
    by_id = {s.id: s for s in statement.sentences}
    groups: list[list[SentenceOut]] = []
    last_paragraph: int | None = None
    for sid in ids:
        sentence = by_id[sid]
        if sentence.paragraph != last_paragraph:
            groups.append([])
            last_paragraph = sentence.paragraph
        groups[-1].append(sentence)
    return Cell(groups)


def _paragraph_rows(left: StatementOut, right: StatementOut) -> list[PageRow]:
    """Without an alignment: paragraph i beside paragraph i."""
    rows = []
    for i in range(max(len(left.paragraphs), len(right.paragraphs))):
        rows.append(
            PageRow(
                left=_cell(left, left.paragraphs[i].sentences) if i < len(left.paragraphs) else Cell([]),
                right=_cell(right, right.paragraphs[i].sentences) if i < len(right.paragraphs) else Cell([]),
            )
        )
    return rows


def event_page(detail: EventDetailOut) -> EventPage:
    if len(detail.statements) < 2:
        only = detail.statements[0] if detail.statements else None
        rows = [PageRow(_cell(only, p.sentences), Cell([])) for p in only.paragraphs] if only else []
        return EventPage(only, None, rows, [])
    left, right = detail.statements[0], detail.statements[1]
    if detail.alignment is None or not detail.alignment.rows:
        rows = _paragraph_rows(left, right)
    else:
        rows = [PageRow(_cell(left, r.left), _cell(right, r.right)) for r in detail.alignment.rows]
    return EventPage(left, right, rows, detail.statements[2:])
