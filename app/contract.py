"""The one JSON shape of an alignment, shared by the CLI, the API and exports.

It follows the contract in the evaluation README: two sides with their sentences
(offsets into the text as read, kind, unique, topics) and the links between them.
"""

from __future__ import annotations

from typing import Any, Literal

from app.text.types import Alignment, SegmentedText

Side = Literal["left", "right"]


def contract_kind(kind: str) -> str:
    """Repeated sentences are not claims of their own: the contract knows only claim/meta."""
    return "claim" if kind == "claim" else "meta"


def side_document(side: Side, segmented: SegmentedText, alignment: Alignment) -> dict[str, Any]:
    linked = alignment.linked(side)
    topics = alignment.left_topics if side == "left" else alignment.right_topics
    sentences = []
    for s in segmented.sentences:
        kind = contract_kind(s.kind)
        entry: dict[str, Any] = {
            "id": s.id,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "kind": kind,
            "unique": kind == "claim" and s.id not in linked,
            "topics": list(topics.get(s.id, ())),
        }
        if s.repeat_of is not None:
            entry["repeat_of"] = s.repeat_of
        sentences.append(entry)
    return {"language": segmented.language, "sentences": sentences}


def alignment_document(left: SegmentedText, right: SegmentedText, alignment: Alignment) -> dict[str, Any]:
    """Build the contract object for one aligned pair."""
    return {
        "left": side_document("left", left, alignment),
        "right": side_document("right", right, alignment),
        "links": [
            {
                "left": link.left,
                "right": link.right,
                "score": round(link.score, 4),
                "topics": list(link.topics),
                "terms": list(link.terms),
                "tier": link.tier,
                "diff": [{"op": d.op, "left": d.left, "right": d.right} for d in link.diff],
            }
            for link in alignment.links
        ],
        "rows": [{"left": list(row.left), "right": list(row.right)} for row in alignment.rows],
        "method": alignment.method,
        "params": alignment.params,
        "lexicon_version": alignment.lexicon_version,
    }
