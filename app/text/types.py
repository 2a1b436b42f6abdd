"""The value types of the text core, shared by segmentation, topics and alignment.

Every unit keeps character offsets into the raw text it came from, so that
``raw[unit.start:unit.end] == unit.text`` always holds: the page highlights the
exact characters, and nothing typed by the user is ever rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["claim", "meta", "repeat"]
"""``claim``: a sentence of the statement; ``meta``: a heading, dateline, byline,
source tag or title; ``repeat``: a sentence of a paragraph that repeats an earlier
one (kept in the text, left out of matching)."""

Tier = Literal["same", "changed", "reframed"]
"""How close a link is: the same claim in the same terms, the same claim with a
changed detail (number, name, hedge, scope), or the same exchange framed differently."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or meta line) of a statement; ``raw[start:end] == text``."""

    id: int
    paragraph: int
    start: int
    end: int
    text: str
    kind: Kind = "claim"
    language: str = "und"
    lemmas: tuple[str, ...] = ()
    """Normalised content tokens used for matching (lemmas/stems, numbers normalised)."""
    repeat_of: int | None = None
    """For ``kind == "repeat"``: the id of the earlier sentence it repeats."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text separated by blank lines or line breaks; ``raw[start:end] == text``."""

    id: int
    start: int
    end: int
    text: str
    kind: Kind = "claim"
    language: str = "und"
    repeat_of: int | None = None
    """The id of the earlier paragraph this one repeats (exactly or nearly)."""


@dataclass(frozen=True, slots=True)
class SegmentedText:
    """A statement's raw text cut into paragraphs and sentences, with what its meta lines say."""

    text: str
    language: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    title: str | None = None
    date: str | None = None
    """ISO date (YYYY-MM-DD) read from a dateline, when there is one."""
    source: str | None = None
    """Issuer or agency named by a byline or source tag ("Kremlin", "연합뉴스")."""

    @property
    def claims(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.kind == "claim")

    @property
    def repeated_paragraphs(self) -> int:
        return sum(1 for p in self.paragraphs if p.repeat_of is not None)


@dataclass(frozen=True, slots=True)
class StatementSpan:
    """One statement found inside a combined document: ``document[start:end]``."""

    start: int
    end: int
    side: str | None
    """A side label guessed from the headings ("Kremlin", "White House" …), if any."""
    heading: str | None = None


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of a word-level diff between two linked claims."""

    op: Literal["equal", "replace", "delete", "insert"]
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class Link:
    """A link between a left and a right claim (sentence ids), with its explanation."""

    left: int
    right: int
    score: float
    topics: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    """The matched words or lexicon terms that explain the link."""
    tier: Tier = "reframed"
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the side-by-side page: sentence ids of each side shown together."""

    left: tuple[int, ...]
    right: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of aligning two segmented statements."""

    links: tuple[Link, ...]
    rows: tuple[Row, ...]
    left_topics: dict[int, tuple[str, ...]] = field(default_factory=dict)
    """Sentence id -> topic ids tagged on that sentence (left side)."""
    right_topics: dict[int, tuple[str, ...]] = field(default_factory=dict)
    method: str = ""
    params: dict[str, float | int | str] = field(default_factory=dict)
    lexicon_version: str = ""

    def linked(self, side: Literal["left", "right"]) -> frozenset[int]:
        """Ids of the sentences of ``side`` that have at least one link."""
        if side == "left":
            return frozenset(link.left for link in self.links)
        return frozenset(link.right for link in self.links)
