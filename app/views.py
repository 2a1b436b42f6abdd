"""Stored events shaped for reading: one model serves the HTML page and its JSON twin."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from app.store.models import AlignmentRun, Event, Statement


class TopicEntry(Protocol):
    """What the catalogue needs of a lexicon topic (app.text.topics.Topic has it)."""

    id: str
    kind: str
    terms: dict[str, tuple[str, ...]]

    def label(self, language: str = "en") -> str: ...


SIDES: tuple[Literal["left"], Literal["right"]] = ("left", "right")


class SentenceOut(BaseModel):
    id: int = Field(description="Position of the sentence in its statement (anchor #left-ID / #right-ID)")
    paragraph: int
    start: int
    end: int
    text: str
    kind: str = Field(
        description="claim, meta (heading, dateline …) or repeat (copy of an earlier paragraph)"
    )
    unique: bool = Field(description="A claim that the other side does not report")
    topics: list[str] = []
    links: list[int] = Field(default=[], description="Ids of the linked sentences on the other side")


class ParagraphOut(BaseModel):
    id: int
    kind: str
    repeat_of: int | None
    sentences: list[int]


class StatementOut(BaseModel):
    position: int
    side: str
    issuer: str | None
    language: str
    original_title: str | None
    source_url: str | None
    published: dt.date | None
    repeated_paragraphs: int
    words: int
    claims: int
    unique_claims: int
    paragraphs: list[ParagraphOut]
    sentences: list[SentenceOut]


class DiffOut(BaseModel):
    op: str
    left: str
    right: str


class LinkOut(BaseModel):
    left: int
    right: int
    score: float
    tier: str
    topics: list[str]
    terms: list[str]
    diff: list[DiffOut]


class RowOut(BaseModel):
    left: list[int]
    right: list[int]


class AlignmentOut(BaseModel):
    method: str
    lexicon_version: str
    params: dict[str, object]
    created_at: dt.datetime | None
    links: list[LinkOut]
    rows: list[RowOut]


class TopicCoverage(BaseModel):
    topic: str
    left: int
    right: int


class SummaryOut(BaseModel):
    shared_topics: list[str]
    left_only_topics: list[str]
    right_only_topics: list[str]
    coverage: list[TopicCoverage]
    one_sided_share: dict[str, float | None]


class EventSummaryOut(BaseModel):
    slug: str
    title: str
    date: dt.date | None
    place: str | None
    sides: list[str]
    languages: list[str]
    claims: int
    one_sided_share: float | None = Field(
        description="Share of claims only one side reports; null before alignment"
    )


class EventDetailOut(BaseModel):
    slug: str
    title: str
    date: dt.date | None
    place: str | None
    description: str | None
    source_kind: str
    source_name: str | None
    source_text: str | None = Field(
        description="The document as given, for a combined document or a news report (incl. its narration)"
    )
    statements: list[StatementOut]
    alignment: AlignmentOut | None
    summary: SummaryOut | None


def _claims(statement: Statement) -> int:
    return sum(1 for s in statement.sentences if s.kind == "claim")


def _positions(event: Event) -> dict[int, int]:
    """Stored sentence id -> its position in its statement (the id pages and JSON use)."""
    return {s.id: s.position for st in event.statements for s in st.sentences}


def _linked_positions(run: AlignmentRun, position_of: dict[int, int]) -> dict[str, dict[int, list[int]]]:
    """Per side, sentence position -> positions of its counterparts."""
    linked: dict[str, dict[int, list[int]]] = {"left": defaultdict(list), "right": defaultdict(list)}
    for link in run.links:
        left, right = position_of[link.left_sentence_id], position_of[link.right_sentence_id]
        linked["left"][left].append(right)
        linked["right"][right].append(left)
    return linked


def primary_run(event: Event) -> AlignmentRun | None:
    """The run between the first two statements, which the pages show."""
    if len(event.statements) < 2:
        return None
    left, right = event.statements[0].id, event.statements[1].id
    for run in event.alignments:
        if run.left_statement_id == left and run.right_statement_id == right:
            return run
    return None


def one_sided_share(event: Event) -> float | None:
    run = primary_run(event)
    if run is None:
        return None
    linked = _linked_positions(run, _positions(event))
    total = unique = 0
    for side, statement in zip(SIDES, event.statements[:2], strict=False):
        for s in statement.sentences:
            if s.kind == "claim":
                total += 1
                unique += s.position not in linked[side]
    return unique / total if total else None


def event_summary(event: Event) -> EventSummaryOut:
    return EventSummaryOut(
        slug=event.slug,
        title=event.title,
        date=event.date,
        place=event.place,
        sides=[s.side for s in event.statements],
        languages=sorted({s.language for s in event.statements}),
        claims=sum(_claims(s) for s in event.statements),
        one_sided_share=one_sided_share(event),
    )


def _statement_out(
    statement: Statement, linked: dict[int, list[int]] | None, topics: dict[str, list[str]]
) -> StatementOut:
    sentences = [
        SentenceOut(
            id=s.position,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            text=s.text,
            kind=s.kind,
            unique=s.kind == "claim" and linked is not None and s.position not in linked,
            topics=topics.get(str(s.position), []),
            links=sorted((linked or {}).get(s.position, [])),
        )
        for s in statement.sentences
    ]
    by_paragraph: dict[int, list[int]] = defaultdict(list)
    for s in statement.sentences:
        by_paragraph[s.paragraph].append(s.position)
    return StatementOut(
        position=statement.position,
        side=statement.side,
        issuer=statement.issuer,
        language=statement.language,
        original_title=statement.original_title,
        source_url=statement.source_url,
        published=statement.published,
        repeated_paragraphs=statement.repeated_paragraphs,
        words=len(statement.raw_text.split()),
        claims=_claims(statement),
        unique_claims=sum(1 for s in sentences if s.unique),
        paragraphs=[
            ParagraphOut(
                id=p.position, kind=p.kind, repeat_of=p.repeat_of, sentences=by_paragraph[p.position]
            )
            for p in statement.paragraphs
        ],
        sentences=sentences,
    )


def _summary(statements: list[StatementOut]) -> SummaryOut:
    counts: list[Counter[str]] = []
    for statement in statements[:2]:
        counter: Counter[str] = Counter()
        for s in statement.sentences:
            if s.kind == "claim":
                counter.update(set(s.topics))
        counts.append(counter)
    left, right = counts
    order = [t for t, _ in (left + right).most_common()]
    return SummaryOut(
        shared_topics=[t for t in order if left[t] and right[t]],
        left_only_topics=[t for t in order if left[t] and not right[t]],
        right_only_topics=[t for t in order if right[t] and not left[t]],
        coverage=[TopicCoverage(topic=t, left=left[t], right=right[t]) for t in order],
        one_sided_share={
            side: (st.unique_claims / st.claims if st.claims else None)
            for side, st in zip(SIDES, statements[:2], strict=False)
        },
    )


def event_detail(event: Event) -> EventDetailOut:
    run = primary_run(event)
    position_of = _positions(event)
    linked = _linked_positions(run, position_of) if run else None
    statements = [
        _statement_out(
            st,
            linked[SIDES[i]] if linked is not None and i < 2 else None,
            (run.left_topics if i == 0 else run.right_topics) if run is not None and i < 2 else {},
        )
        for i, st in enumerate(event.statements)
    ]
    alignment = None
    if run is not None:
        alignment = AlignmentOut(
            method=run.method,
            lexicon_version=run.lexicon_version,
            params=run.params,
            created_at=run.created_at,
            links=[
                LinkOut(
                    left=position_of[link.left_sentence_id],
                    right=position_of[link.right_sentence_id],
                    score=link.score,
                    tier=link.tier,
                    topics=link.topics,
                    terms=link.terms,
                    diff=[DiffOut(op=op, left=a, right=b) for op, a, b in link.diff],
                )
                for link in run.links
            ],
            rows=[RowOut(left=row[0], right=row[1]) for row in run.rows],
        )
    return EventDetailOut(
        slug=event.slug,
        title=event.title,
        date=event.date,
        place=event.place,
        description=event.description,
        source_kind=event.source_kind,
        source_name=event.source_name,
        source_text=event.source_text,
        statements=statements,
        alignment=alignment,
        summary=_summary(statements) if run is not None else None,
    )


class TopicOut(BaseModel):
    id: str
    label: str
    kind: str
    terms: dict[str, list[str]]
    raised_by: dict[str, int] = Field(description="Side label -> events in which that side raises the topic")
    only_by: dict[str, int] = Field(description="Side label -> events in which only that side raises it")


def _side_topics(event: Event) -> list[tuple[str, set[str]]]:
    """(side label, topics its claims raise) for the two statements of the primary run."""
    run = primary_run(event)
    if run is None:
        return []
    result = []
    pairs = ((event.statements[0], run.left_topics), (event.statements[1], run.right_topics))
    for statement, topics in pairs:
        claims = {str(s.position) for s in statement.sentences if s.kind == "claim"}
        raised = {t for sid, ts in topics.items() if sid in claims for t in ts}
        result.append((statement.side, raised))
    return result


def topic_catalogue(events: Sequence[Event], topics: Sequence[TopicEntry]) -> list[TopicOut]:
    """Every lexicon topic with its terms, and how often each side raises it across the library."""
    raised: dict[str, Counter[str]] = defaultdict(Counter)
    only: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        sides = _side_topics(event)
        if len(sides) != 2:
            continue
        (left_side, left_topics), (right_side, right_topics) = sides
        for topic in left_topics:
            raised[topic][left_side] += 1
            if topic not in right_topics:
                only[topic][left_side] += 1
        for topic in right_topics:
            raised[topic][right_side] += 1
            if topic not in left_topics:
                only[topic][right_side] += 1
    return [
        TopicOut(
            id=t.id,
            label=t.label("en"),
            kind=t.kind,
            terms={lang: list(terms) for lang, terms in t.terms.items()},
            raised_by=dict(raised[t.id].most_common()),
            only_by=dict(only[t.id].most_common()),
        )
        for t in topics
        if t.kind != "mask"
    ]
