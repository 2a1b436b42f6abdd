"""Find the statements inside one document that holds several, one after the other.

A typical combined document (the 2021 seed) is the Kremlin readout, closed by its
dateline "Kremlin, 2021. 12. 7.", then a block of headings ("미국 백악관 성명서 전문",
"백악관 브리핑룸", a title, a date) and the White House readout. The cut goes between
the closing lines of one statement and the headings of the next; each part's side label
is read from the issuers its own headings and datelines name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from app.text.actors import issuer_mentions
from app.text.meta import is_byline, is_dateline
from app.text.segment import segment
from app.text.types import Paragraph, SegmentedText, StatementSpan

# Evidence needed to cut at a block of headings between two runs of claims. Naming an
# issuer is worth 2, a statement word ("성명", "readout", "заявление"), a dateline, a
# separator line or a wide blank gap 1 each. (Tuned on the 2021 seed, whose block scores 5; a lone section
# heading inside one readout scores 0 or 1.)
ISSUER_EVIDENCE = 2
MIN_SPLIT_EVIDENCE = 2
# A gap of at least this many line breaks (two blank lines) before a heading block is a
# deliberate separation between documents.
WIDE_GAP_NEWLINES = 3

_STATEMENT_WORD_RE = re.compile(
    r"전문|성명|발표문|보도문|브리핑|readout|statement|remarks|press release|briefing|communiqu"
    r"|заявлени|сообщени|стенограмм|пресс-релиз|коммюнике|声明|通报|談話",
    re.IGNORECASE,
)


def _runs(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of maximal runs of meta paragraphs."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(paragraphs):
        if paragraphs[i].kind == "meta":
            j = i
            while j < len(paragraphs) and paragraphs[j].kind == "meta":
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _evidence(text: str, paragraphs: Sequence[Paragraph], run: tuple[int, int]) -> int:
    i, j = run
    block = "\n".join(p.text for p in paragraphs[i:j])
    score = 0
    if issuer_mentions(block):
        score += ISSUER_EVIDENCE
    if _STATEMENT_WORD_RE.search(block):
        score += 1
    if any(is_dateline(p.text) for p in paragraphs[i:j]):
        score += 1
    if any(not any(c.isalnum() for c in p.text) for p in paragraphs[i:j]):
        score += 1  # a separator line ("---", "* * *")
    gap_start = paragraphs[i - 1].end if i > 0 else 0
    gaps = [text.count("\n", gap_start, paragraphs[i].start)]
    gaps += [text.count("\n", paragraphs[k - 1].end, paragraphs[k].start) for k in range(i + 1, j)]
    if max(gaps) >= WIDE_GAP_NEWLINES:
        score += 1
    return score


def _cut_index(text: str, paragraphs: Sequence[Paragraph], run: tuple[int, int]) -> int:
    """The paragraph index where the next statement starts, inside ``run``.

    Closing lines of the previous statement (its dateline, byline or signature) stay with
    it; if the widest blank gap in the run comes later, the cut follows that gap.
    """
    i, j = run
    k = i
    while k < j and (is_dateline(paragraphs[k].text) or is_byline(paragraphs[k].text)):
        k += 1
    if k >= j:
        return j
    # prefer a wide blank gap that comes after the closing lines
    best, best_gap = k, -1
    for m in range(k, j):
        gap = text.count("\n", paragraphs[m - 1].end, paragraphs[m].start) if m > 0 else 0
        if gap > best_gap:
            best, best_gap = m, gap
    return best if best_gap >= WIDE_GAP_NEWLINES else k


def _issuers(paragraphs: Sequence[Paragraph]) -> list[str]:
    labels: list[str] = []
    for p in paragraphs:
        if p.kind == "meta":
            labels.extend(label for _, _, label in issuer_mentions(p.text))
    return labels


def _guess_sides(parts: list[list[Paragraph]], shared_title: Paragraph | None) -> list[str | None]:
    sides: list[str | None] = []
    for part in parts:
        own = [p for p in part if p is not shared_title]
        counts = Counter(_issuers(own))
        if counts:
            order = {label: n for n, label in enumerate(_issuers(own))}
            sides.append(max(counts, key=lambda label: (counts[label], -order[label])))
        else:
            sides.append(None)
    if shared_title is not None:
        title_issuers = list(dict.fromkeys(label for _, _, label in issuer_mentions(shared_title.text)))
        unused = [label for label in title_issuers if label not in sides]
        for n, side in enumerate(sides):
            if side is None and unused:
                # the title names the issuers in the order the statements come
                candidates = [label for label in title_issuers if label not in sides]
                sides[n] = candidates[0] if candidates else None
    return sides


def split_statements(text: str, segmented: SegmentedText | None = None) -> tuple[StatementSpan, ...]:
    """Cut a document holding one or more statements into one span per statement.

    Invariants: spans are in text order, do not overlap, each is stripped of surrounding
    whitespace, and together they cover every non-whitespace character of ``text``; a
    document holding one statement gives one span; an empty document gives none. A
    shared title at the very top stays with the first statement (as its meta line).
    ``side`` is the issuer named by the part's own headings/datelines ("Kremlin", "White
    House"), else the issuer the shared title names in that position, else None.
    """
    seg = segmented or segment(text)
    paragraphs = seg.paragraphs
    if not paragraphs:
        return ()
    claim_positions = [n for n, p in enumerate(paragraphs) if p.kind != "meta"]
    cuts: list[int] = []
    if claim_positions:
        first_claim, last_claim = claim_positions[0], claim_positions[-1]
        for run in _runs(paragraphs):
            if run[0] <= first_claim or run[1] > last_claim:
                continue  # leading headings or trailing lines of the whole document
            if _evidence(text, paragraphs, run) >= MIN_SPLIT_EVIDENCE:
                cuts.append(_cut_index(text, paragraphs, run))
    bounds = [0, *cuts, len(paragraphs)]
    parts = [list(paragraphs[a:b]) for a, b in pairwise(bounds) if a < b]

    shared_title: Paragraph | None = None
    first = paragraphs[0]
    if first.kind == "meta" and len({label for _, _, label in issuer_mentions(first.text)}) >= 2:
        shared_title = first
    sides = _guess_sides(parts, shared_title)

    spans: list[StatementSpan] = []
    for part, side in zip(parts, sides, strict=True):
        heading = next(
            (p.text for p in part if p.kind == "meta" and not is_dateline(p.text) and p is not shared_title),
            None,
        )
        if heading is None and shared_title is not None and part[0] is shared_title:
            heading = shared_title.text
        spans.append(StatementSpan(start=part[0].start, end=part[-1].end, side=side, heading=heading))
    return tuple(spans)
