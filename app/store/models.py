"""The stored shape of events, statements, their units and alignment runs.

The text of every unit is kept as offsets into ``Statement.raw_text`` (exactly as
given); ``Sentence.text`` is a copy for search and display, equal to
``raw_text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Event(Base):
    """A diplomatic event (a call, a visit) with two or more statements about it."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date | None]
    place: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    source_kind: Mapped[str] = mapped_column(String(20), default="pair")
    """How the statements arrived: ``pair`` (two texts), ``combined`` (one document
    holding both) or ``report`` (a news report quoting both sides)."""
    source_text: Mapped[str | None] = mapped_column(Text)
    """The document as given, for ``combined`` and ``report`` events."""
    source_name: Mapped[str | None] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    """Hash of the statements' texts: the same upload twice leads to this event."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    statements: Mapped[list[Statement]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Statement.position"
    )
    alignments: Mapped[list[AlignmentRun]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="AlignmentRun.id"
    )


class Statement(Base):
    """One side's readout of the event."""

    __tablename__ = "statements"
    __table_args__ = (UniqueConstraint("event_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    side: Mapped[str] = mapped_column(String(200))
    """Side label as shown: "Kremlin", "White House" …"""
    issuer: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(16))
    original_title: Mapped[str | None] = mapped_column(String(1000))
    source_url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[dt.date | None]
    raw_text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    repeated_paragraphs: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="statements")
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="statement", cascade="all, delete-orphan", order_by="Paragraph.position"
    )
    sentences: Mapped[list[Sentence]] = relationship(
        back_populates="statement", cascade="all, delete-orphan", order_by="Sentence.position"
    )


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (UniqueConstraint("statement_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    start: Mapped[int]
    end: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(16))
    repeat_of: Mapped[int | None]
    """Position of the earlier paragraph this one repeats."""

    statement: Mapped[Statement] = relationship(back_populates="paragraphs")


class Sentence(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("statement_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    paragraph: Mapped[int]
    """Position of its paragraph within the statement."""
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    """``claim``, ``meta`` (heading, dateline …) or ``repeat`` (a repeated paragraph's copy)."""
    language: Mapped[str] = mapped_column(String(16))
    repeat_of: Mapped[int | None]

    statement: Mapped[Statement] = relationship(back_populates="sentences")


class AlignmentRun(Base):
    """One alignment of two statements; re-aligning replaces the run as a whole."""

    __tablename__ = "alignment_runs"
    __table_args__ = (UniqueConstraint("left_statement_id", "right_statement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    left_statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    right_statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(100))
    params: Mapped[dict[str, Any]]
    lexicon_version: Mapped[str] = mapped_column(String(100))
    rows: Mapped[list[Any]]
    """Side-by-side rows as pairs of sentence-position lists."""
    left_topics: Mapped[dict[str, Any]]
    right_topics: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    event: Mapped[Event] = relationship(back_populates="alignments")
    links: Mapped[list[Link]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="Link.id"
    )


class Link(Base):
    """A link between two claims of an alignment run, with what explains it."""

    __tablename__ = "links"
    __table_args__ = (
        UniqueConstraint("run_id", "left_sentence_id", "right_sentence_id"),
        Index("ix_links_right_sentence_id", "right_sentence_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("alignment_runs.id", ondelete="CASCADE"), index=True)
    left_sentence_id: Mapped[int] = mapped_column(ForeignKey("sentences.id", ondelete="CASCADE"), index=True)
    right_sentence_id: Mapped[int] = mapped_column(ForeignKey("sentences.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    tier: Mapped[str] = mapped_column(String(20))
    topics: Mapped[list[Any]]
    terms: Mapped[list[Any]]
    diff: Mapped[list[Any]]

    run: Mapped[AlignmentRun] = relationship(back_populates="links")
