"""Use cases: import a statement pair, re-align an event, load the seeds.

Each takes a session and never commits: the caller (a request or a CLI command)
owns the transaction, so an import either lands whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.store import queries
from app.store.models import Event, Statement
from app.text.align import align
from app.text.attribution import attribute, build_side_texts
from app.text.combined import split_statements
from app.text.segment import segment
from app.text.topics import Lexicon
from app.text.types import SegmentedText

SLUG_MAX_LENGTH = 80


class ImportError_(ValueError):
    """Input that cannot become an event; the message is shown to the user as is."""


@dataclass(frozen=True)
class StatementInput:
    side: str
    text: str
    language: str | None = None
    issuer: str | None = None
    original_title: str | None = None
    source_url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class EventInput:
    title: str
    date: dt.date | None = None
    place: str | None = None
    description: str | None = None
    slug: str | None = None
    source_kind: str = "pair"
    source_text: str | None = None
    source_name: str | None = None


@dataclass(frozen=True)
class ImportResult:
    event: Event
    created: bool


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pair_hash(texts: Sequence[str]) -> str:
    """Hash of the statements' texts in order; whitespace at the ends does not count."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text_hash(text.strip()).encode("ascii"))
    return digest.hexdigest()


def slugify(text: str) -> str:
    """A readable URL slug; Hangul and Cyrillic letters are kept, as browsers show them."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w]+", "-", text).strip("-_")
    return text[:SLUG_MAX_LENGTH].strip("-") or "event"


def unique_slug(*, session: Session, wanted: str) -> str:
    slug, n = wanted, 2
    while queries.slug_taken(session=session, slug=slug):
        slug = f"{wanted}-{n}"
        n += 1
    return slug


def segment_statement(item: StatementInput) -> SegmentedText:
    segmented = segment(item.text, language=item.language)
    if not any(any(ch.isalnum() for ch in claim.text) for claim in segmented.claims):
        raise ImportError_(f"The {item.side} statement has no sentences that could be compared.")
    return segmented


def import_pair(
    *,
    session: Session,
    event: EventInput,
    statements: Sequence[StatementInput],
    lexicon: Lexicon | None = None,
) -> ImportResult:
    """Segment, store and align a statement pair; the same texts again lead to the stored event.
    ``lexicon``: the built-in one unless given (with the user's own topics, say)."""
    if len(statements) < 2:
        raise ImportError_("An event needs two statements to compare.")
    for item in statements:
        if not item.text.strip():
            raise ImportError_(f"The {item.side or 'unnamed'} statement is empty.")
        if not item.side.strip():
            raise ImportError_("Every statement needs a side label (e.g. Kremlin, White House).")
    content_hash = pair_hash([s.text for s in statements])
    existing = queries.event_by_hash(session=session, content_hash=content_hash)
    if existing is not None:
        return ImportResult(existing, created=False)
    segmented = [segment_statement(item) for item in statements]

    stored = Event(
        slug=unique_slug(session=session, wanted=slugify(event.slug or _default_slug(event))),
        title=event.title.strip() or "Untitled event",
        date=event.date,
        place=event.place,
        description=event.description,
        source_kind=event.source_kind,
        source_text=event.source_text,
        source_name=event.source_name,
        content_hash=content_hash,
    )
    session.add(stored)
    stored_statements = [
        queries.add_statement(
            session=session,
            event=stored,
            position=position,
            segmented=seg,
            fields={
                "side": item.side.strip(),
                "issuer": item.issuer,
                "original_title": item.original_title or seg.title,
                "source_url": item.source_url,
                "published": item.published or _parse_date(seg.date),
                "content_hash": text_hash(item.text),
            },
        )
        for position, (item, seg) in enumerate(zip(statements, segmented, strict=True))
    ]
    align_statements(
        session=session, event=stored, statements=stored_statements, segmented=segmented, lexicon=lexicon
    )
    return ImportResult(stored, created=True)


def align_statements(
    *,
    session: Session,
    event: Event,
    statements: Sequence[Statement],
    segmented: Sequence[SegmentedText],
    lexicon: Lexicon | None = None,
) -> None:
    """Align the first statement with each other one, replacing earlier runs."""
    for index in range(1, len(statements)):
        alignment = align(segmented[0], segmented[index], lexicon=lexicon)
        queries.replace_alignment(
            session=session, event=event, left=statements[0], right=statements[index], alignment=alignment
        )


def realign_event(*, session: Session, event: Event, lexicon: Lexicon | None = None) -> None:
    """Re-segment and re-align an event's stored statements (after a lexicon or method change)."""
    segmented = [segment(s.raw_text, language=s.language) for s in event.statements]
    align_statements(
        session=session, event=event, statements=event.statements, segmented=segmented, lexicon=lexicon
    )


def _default_slug(event: EventInput) -> str:
    prefix = event.date.isoformat() if event.date else ""
    return f"{prefix}-{event.title}" if prefix else event.title


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# --- combined documents and seeds -------------------------------------------------


def statements_from_combined(text: str, sides: Sequence[StatementInput]) -> list[StatementInput]:
    """Cut one document holding two statements into inputs, keeping each part's text as given."""
    spans = split_statements(text)
    if len(spans) < 2:
        raise ImportError_(
            "Could not find where the second statement begins. "
            "Add a heading line naming its issuer (e.g. 'White House statement'), "
            "or paste the two texts separately."
        )
    inputs = []
    for position, span in enumerate(spans[:2]):
        base = sides[position] if position < len(sides) else StatementInput(side="", text="")
        inputs.append(
            StatementInput(
                side=base.side or span.side or f"Statement {position + 1}",
                text=text[span.start : span.end],
                language=base.language,
                issuer=base.issuer,
                original_title=base.original_title,
                source_url=base.source_url,
                published=base.published,
            )
        )
    return inputs


@dataclass(frozen=True)
class SeedReport:
    slug: str
    created: bool


def load_seeds(*, session: Session, seeds_dir: Path, lexicon: Lexicon | None = None) -> list[SeedReport]:
    """Load every ``seeds/*.toml`` event; loading twice adds nothing."""
    reports = []
    for meta_path in sorted(seeds_dir.glob("*.toml")):
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
        text = (seeds_dir / meta["file"]).read_text(encoding="utf-8-sig")
        event = EventInput(
            title=meta["title"],
            date=_parse_date(str(meta.get("date", ""))),
            place=meta.get("place"),
            description=meta.get("description"),
            slug=meta.get("slug"),
            source_kind=meta.get("kind", "pair"),
            source_text=text,
            source_name=meta.get("source"),
        )
        sides = [
            StatementInput(
                side=side["label"],
                text="",
                language=side.get("language"),
                issuer=side.get("issuer"),
                original_title=side.get("original_title"),
                source_url=side.get("source_url"),
                published=_parse_date(str(side.get("published", ""))),
            )
            for side in meta.get("sides", [])
        ]
        statements = statement_inputs(event.source_kind, text, sides)
        result = import_pair(session=session, event=event, statements=statements, lexicon=lexicon)
        reports.append(SeedReport(result.event.slug, result.created))
    return reports


def statement_inputs(kind: str, text: str, sides: Sequence[StatementInput]) -> list[StatementInput]:
    """Statement inputs for a document of ``kind`` (``combined`` or ``report``)."""
    if kind == "combined":
        return statements_from_combined(text, sides)
    if kind == "report":
        return statements_from_report(text, sides)
    raise ImportError_(f"Unknown document kind {kind!r}.")


def statements_from_report(
    text: str, sides: Sequence[StatementInput], assignment: Mapping[int, str] | None = None
) -> list[StatementInput]:
    """Split a news report into one statement per side by who is quoted (app.text.attribution).

    ``assignment`` holds the user's corrections (sentence id -> left/right/narration);
    sentences it does not name keep the attribution's own guess.
    """
    attribution = attribute(text)
    merged: dict[int, int | str | None] = dict(attribution.assignment)
    merged.update(assignment or {})
    left_text, right_text = build_side_texts(attribution, merged)
    if not left_text.strip() or not right_text.strip():
        raise ImportError_(
            "The report does not quote both sides: no sentence could be attributed to one of them. "
            "Assign sentences to each side in the preview, or upload the two statements separately."
        )
    labels = attribution.side_labels
    return [
        StatementInput(
            side=(sides[i].side if i < len(sides) and sides[i].side else labels[i]),
            text=side_text,
            language=sides[i].language if i < len(sides) else None,
            issuer=sides[i].issuer if i < len(sides) else None,
            source_url=sides[i].source_url if i < len(sides) else None,
        )
        for i, side_text in enumerate((left_text, right_text))
    ]
