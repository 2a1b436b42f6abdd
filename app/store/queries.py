"""Reads and writes of stored rows. Helpers take the session keyword-only and never commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Integer, Select, column, delete, func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from app.store.models import AlignmentRun, Base, Event, Link, Paragraph, Sentence, Statement
from app.text.types import Alignment, SegmentedText


def event_by_slug(*, session: Session, slug: str) -> Event | None:
    stmt = (
        select(Event)
        .where(Event.slug == slug)
        .options(
            selectinload(Event.statements).selectinload(Statement.sentences),
            selectinload(Event.statements).selectinload(Statement.paragraphs),
            selectinload(Event.alignments).selectinload(AlignmentRun.links),
        )
    )
    return session.scalars(stmt).one_or_none()


def event_slugs(*, session: Session) -> Sequence[str]:
    return session.scalars(select(Event.slug).order_by(Event.id)).all()


def event_by_hash(*, session: Session, content_hash: str) -> Event | None:
    return session.scalars(select(Event).where(Event.content_hash == content_hash)).one_or_none()


def slug_taken(*, session: Session, slug: str) -> bool:
    return session.scalar(select(func.count()).select_from(Event).where(Event.slug == slug)) != 0


def add_statement(
    *, session: Session, event: Event, position: int, segmented: SegmentedText, fields: dict[str, object]
) -> Statement:
    """Store a segmented statement with its paragraphs and sentences (flushes, never commits)."""

    statement = Statement(
        event=event,
        position=position,
        raw_text=segmented.text,
        language=segmented.language,
        repeated_paragraphs=segmented.repeated_paragraphs,
        **fields,
    )
    statement.paragraphs = [
        Paragraph(
            position=p.id, start=p.start, end=p.end, kind=p.kind, language=p.language, repeat_of=p.repeat_of
        )
        for p in segmented.paragraphs
    ]
    statement.sentences = [
        Sentence(
            position=s.id,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            text=s.text,
            kind=s.kind,
            language=s.language,
            repeat_of=s.repeat_of,
        )
        for s in segmented.sentences
    ]
    session.add(statement)
    session.flush()
    return statement


def replace_alignment(
    *, session: Session, event: Event, left: Statement, right: Statement, alignment: Alignment
) -> AlignmentRun:
    """Store ``alignment`` as the one run for (left, right), removing any earlier run first."""
    session.execute(
        delete(AlignmentRun).where(
            AlignmentRun.left_statement_id == left.id, AlignmentRun.right_statement_id == right.id
        )
    )
    session.expire(event, ["alignments"])
    left_ids = {s.position: s.id for s in left.sentences}
    right_ids = {s.position: s.id for s in right.sentences}
    run = AlignmentRun(
        event=event,
        left_statement_id=left.id,
        right_statement_id=right.id,
        method=alignment.method,
        params=dict(alignment.params),
        lexicon_version=alignment.lexicon_version,
        rows=[[list(row.left), list(row.right)] for row in alignment.rows],
        left_topics={str(k): list(v) for k, v in alignment.left_topics.items()},
        right_topics={str(k): list(v) for k, v in alignment.right_topics.items()},
    )
    run.links = [
        Link(
            left_sentence_id=left_ids[link.left],
            right_sentence_id=right_ids[link.right],
            score=float(link.score),
            tier=link.tier,
            topics=list(link.topics),
            terms=list(link.terms),
            diff=[[d.op, d.left, d.right] for d in link.diff],
        )
        for link in alignment.links
    ]
    session.add(run)
    session.flush()
    return run


def count_rows(*, session: Session) -> dict[str, int]:
    """Row counts per table (used by the seed command's report and by tests)."""

    return {
        name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for name, table in sorted(Base.metadata.tables.items())
    }


FTS_MIN_QUERY = 3
"""The trigram index matches substrings of three characters or more; shorter queries use LIKE."""


def _like_pattern(q: str) -> str:
    escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_matches(*, session: Session, q: str) -> Select[tuple[int]]:
    """Event ids whose statement text contains ``q`` (FTS5 trigram on SQLite, ILIKE elsewhere)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and len(q) >= FTS_MIN_QUERY:
        phrase = '"' + q.replace('"', '""') + '"'
        matching = (
            text("SELECT rowid FROM search_statements WHERE search_statements MATCH :phrase")
            .bindparams(phrase=phrase)
            .columns(column("rowid", Integer))
        )
        return select(Statement.event_id).where(Statement.id.in_(matching))
    return select(Statement.event_id).where(Statement.raw_text.ilike(_like_pattern(q), escape="\\"))


def find_events(
    *,
    session: Session,
    q: str = "",
    side: str = "",
    year: int | None = None,
    page: int = 1,
    per_page: int = 20,
) -> tuple[Sequence[Event], int]:
    """Events matching the search and filters, newest first, one page of them, and the total."""
    conditions = []
    q = q.strip()
    if q:
        conditions.append(
            or_(
                Event.title.ilike(_like_pattern(q), escape="\\"),
                # a news report's narration lives only in the document as given
                Event.source_text.ilike(_like_pattern(q), escape="\\"),
                Event.id.in_(_text_matches(session=session, q=q)),
            )
        )
    if side:
        conditions.append(Event.id.in_(select(Statement.event_id).where(Statement.side == side)))
    if year:
        conditions.append(Event.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    total = int(session.scalar(select(func.count()).select_from(Event).where(*conditions)) or 0)
    stmt = (
        select(Event)
        .where(*conditions)
        .options(
            selectinload(Event.statements).selectinload(Statement.sentences),
            selectinload(Event.alignments).selectinload(AlignmentRun.links),
        )
        .order_by(Event.date.desc().nulls_last(), Event.id.desc())
        .offset(max(page - 1, 0) * per_page)
        .limit(per_page)
    )
    return session.scalars(stmt).all(), total


def facets(*, session: Session) -> tuple[list[str], list[int]]:
    """The side labels and years present in the library, for the filter menus."""
    sides = sorted(session.scalars(select(Statement.side).distinct()).all())
    dates = session.scalars(select(Event.date).where(Event.date.is_not(None)).distinct()).all()
    return sides, sorted({d.year for d in dates if d is not None}, reverse=True)
