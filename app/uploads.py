"""What an upload will become, before it is saved: sides, languages, meta lines, attribution.

Pure functions over text (no web, no database), so the preview the user corrects
and the statements that are finally stored come from the same code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.services import (
    ImportError_,
    StatementInput,
    segment_statement,
    statements_from_combined,
    statements_from_report,
)
from app.text.attribution import attribute, build_side_texts
from app.text.segment import segment
from app.text.types import SegmentedText

ASSIGN_PREFIX = "assign-"
NARRATION = "narration"


@dataclass(frozen=True)
class StatementPreview:
    side: str
    language: str
    claims: int
    meta_lines: tuple[str, ...]
    repeated_paragraphs: int
    words: int


@dataclass(frozen=True)
class AttributedSentence:
    id: int
    text: str
    side: str
    """``left``, ``right`` or ``narration``."""
    speaker: str | None


@dataclass(frozen=True)
class Preview:
    mode: str
    statements: tuple[StatementPreview, ...]
    side_labels: tuple[str, str]
    attribution: tuple[AttributedSentence, ...] = ()


def _statement_preview(side: str, segmented: SegmentedText) -> StatementPreview:
    return StatementPreview(
        side=side,
        language=segmented.language,
        claims=len(segmented.claims),
        meta_lines=tuple(s.text for s in segmented.sentences if s.kind == "meta"),
        repeated_paragraphs=segmented.repeated_paragraphs,
        words=len(segmented.text.split()),
    )


def assignment_from_fields(fields: Mapping[str, str]) -> dict[int, str]:
    """Read the preview's corrections: ``assign-<sentence id>`` = left | right | narration."""
    assignment = {}
    for name, value in fields.items():
        if name.startswith(ASSIGN_PREFIX) and name[len(ASSIGN_PREFIX) :].isdigit():
            if value not in ("left", "right", NARRATION):
                raise ImportError_(f"Unknown side “{value}” in the attribution.")
            assignment[int(name[len(ASSIGN_PREFIX) :])] = value
    return assignment


def statement_inputs(
    *,
    mode: str,
    left_side: str,
    right_side: str,
    left_text: str,
    right_text: str,
    document_text: str,
    assignment: Mapping[int, str] | None = None,
) -> list[StatementInput]:
    """The statements an upload stores, for any of the three ways in."""
    if mode == "pair":
        return [
            StatementInput(side=left_side.strip() or "First statement", text=left_text),
            StatementInput(side=right_side.strip() or "Second statement", text=right_text),
        ]
    if not document_text.strip():
        raise ImportError_("The document is empty.")
    sides = [
        StatementInput(side=left_side.strip(), text=""),
        StatementInput(side=right_side.strip(), text=""),
    ]
    if mode == "combined":
        return statements_from_combined(document_text, sides)
    return statements_from_report(document_text, sides, assignment)


def build_preview(
    *, mode: str, left_side: str, right_side: str, left_text: str, right_text: str, document_text: str
) -> Preview:
    """What saving would store; for a report, each sentence with the side it is attributed to."""
    if mode == "report":
        return report_preview(document_text, left_side=left_side, right_side=right_side)
    statements = statement_inputs(
        mode=mode,
        left_side=left_side,
        right_side=right_side,
        left_text=left_text,
        right_text=right_text,
        document_text=document_text,
    )
    previews = []
    for item in statements:
        if not item.text.strip():
            raise ImportError_(f"The {item.side} statement is empty.")
        previews.append(_statement_preview(item.side, segment_statement(item)))
    return Preview(
        mode=mode, statements=tuple(previews), side_labels=(statements[0].side, statements[1].side)
    )


def report_preview(document_text: str, *, left_side: str, right_side: str) -> Preview:
    """Each claim of a news report with the side it is attributed to, and each side's account."""
    attribution = attribute(document_text)
    labels = (
        left_side.strip() or attribution.side_labels[0],
        right_side.strip() or attribution.side_labels[1],
    )
    by_id = {s.id: s for s in attribution.segmented.sentences}
    rows = tuple(
        AttributedSentence(
            id=d.sentence,
            text=by_id[d.sentence].text,
            side=("left", "right")[d.side] if d.side is not None else NARRATION,
            speaker=d.actor,
        )
        for d in attribution.details
    )
    statements = []
    for label, text in zip(labels, build_side_texts(attribution), strict=True):
        segmented = segment(text) if text.strip() else None
        statements.append(
            _statement_preview(label, segmented)
            if segmented is not None
            else StatementPreview(label, attribution.segmented.language, 0, (), 0, 0)
        )
    return Preview(mode="report", statements=tuple(statements), side_labels=labels, attribution=rows)
