"""A readable table of an alignment for ``parallax align --explain``.

One block per row of the page: the left and right sentences side by side (wrapped), then
the links of that row with score, tier, shared topics, explaining terms and the word diff
of ``changed`` links; one-sided claims are marked. Plain text, no colour, stable output.
"""

from __future__ import annotations

import textwrap

from app.text.types import Alignment, Link, SegmentedText, Sentence

COLUMN_WIDTH = 58
"""Characters per side column: two columns and a gutter fit a 120-character terminal."""

MAX_DIFF_OPS = 8
"""Diff steps shown per link (the rest is summarised): enough for a changed detail."""


def _label(sentence: Sentence, linked: frozenset[int]) -> str:
    if sentence.kind != "claim":
        return f"[{sentence.id} {sentence.kind}]"
    return f"[{sentence.id}{'' if sentence.id in linked else ' one-sided'}]"


def _column(sentences: list[Sentence], linked: frozenset[int]) -> list[str]:
    lines: list[str] = []
    for sentence in sentences:
        wrapped = textwrap.wrap(f"{_label(sentence, linked)} {sentence.text}", COLUMN_WIDTH) or [""]
        lines.extend(wrapped)
    return lines


def _diff_text(link: Link) -> str:
    parts = []
    for op in link.diff:
        if op.op == "equal":
            continue
        if op.op == "replace":
            parts.append(f"'{op.left}' -> '{op.right}'")
        elif op.op == "delete":
            parts.append(f"-'{op.left}'")
        else:
            parts.append(f"+'{op.right}'")
    shown = parts[:MAX_DIFF_OPS]
    more = f" (+{len(parts) - MAX_DIFF_OPS} more)" if len(parts) > MAX_DIFF_OPS else ""
    return "; ".join(shown) + more


def explain_table(left: SegmentedText, right: SegmentedText, alignment: Alignment) -> str:
    """The alignment as text: rows side by side, each followed by its links and why.

    Invariant: every sentence of both sides is printed exactly once (in its row), and every
    link is printed once (under the row of its left sentence).
    """
    left_by_id = {s.id: s for s in left.sentences}
    right_by_id = {s.id: s for s in right.sentences}
    linked_left, linked_right = alignment.linked("left"), alignment.linked("right")
    row_of_left = {sid: r for r, row in enumerate(alignment.rows) for sid in row.left}
    links_by_row: dict[int, list[Link]] = {}
    for link in alignment.links:
        links_by_row.setdefault(row_of_left.get(link.left, -1), []).append(link)

    out = [
        f"method: {alignment.method}",
        f"lexicon: {alignment.lexicon_version}",
        f"links: {len(alignment.links)}; one-sided: "
        f"left {sum(1 for s in left.claims if s.id not in linked_left)}, "
        f"right {sum(1 for s in right.claims if s.id not in linked_right)}",
        "",
        f"{'LEFT (' + left.language + ')':<{COLUMN_WIDTH}} | RIGHT ({right.language})",
        "-" * (2 * COLUMN_WIDTH + 3),
    ]
    for r, row in enumerate(alignment.rows):
        a = _column([left_by_id[i] for i in row.left if i in left_by_id], linked_left)
        b = _column([right_by_id[i] for i in row.right if i in right_by_id], linked_right)
        for k in range(max(len(a), len(b))):
            out.append(f"{(a[k] if k < len(a) else ''):<{COLUMN_WIDTH}} | {b[k] if k < len(b) else ''}")
        for link in links_by_row.get(r, []):
            topics = ", ".join(link.topics) or "-"
            terms = ", ".join(link.terms[:6]) or "-"
            out.append(
                f"  link {link.left} -> {link.right}  score {link.score:.2f}  {link.tier}  "
                f"topics: {topics}  terms: {terms}"
            )
            if link.tier == "changed" and link.diff:
                out.append(f"      diff: {_diff_text(link)}")
        out.append("-" * (2 * COLUMN_WIDTH + 3))
    for link in links_by_row.get(-1, []):
        out.append(f"  link {link.left} -> {link.right}  score {link.score:.2f}  {link.tier}")
    return "\n".join(out)
