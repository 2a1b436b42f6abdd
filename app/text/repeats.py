"""Find paragraphs and sentences that repeat earlier ones (exactly or nearly).

News pages often carry a body twice (the 2018 Yonhap seed does). Copies are kept in
the text but marked, so they are shown once and matched once. Comparison is on a
normalised form (NFKC, case-folded, punctuation and whitespace collapsed) with
``rapidfuzz.fuzz.ratio``; only candidates of similar length are compared.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

# Near-duplicate threshold on fuzz.ratio of normalised texts (0-100). 95 lets a copy
# differ by a typo, a changed quote mark or a dropped space per ~40 characters, and no
# two distinct claims of the eval readouts come within it (their closest pair scores 71).
REPEAT_MIN_RATIO = 95.0
# Units shorter than this (normalised characters) repeat only when identical; shorter
# than EXACT_MIN_CHARS, never (two "Thank you." lines are not a copied block).
FUZZY_MIN_CHARS = 30
EXACT_MIN_CHARS = 10
# fuzz.ratio >= 95 implies the shorter text is at least 90.5 % of the longer one.
_LENGTH_WINDOW = 0.9

_NON_WORD_RE = re.compile(r"[\W_]+", re.UNICODE)


def normalise_for_repeat(text: str) -> str:
    """The comparison form: NFKC, case-folded, runs of non-word characters -> one space."""
    return _NON_WORD_RE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


@dataclass
class _Index:
    """Earlier units by exact text and by length, for near-duplicate lookup."""

    exact: dict[str, int] = field(default_factory=dict)
    lengths: list[tuple[int, int]] = field(default_factory=list)
    norm: dict[int, str] = field(default_factory=dict)

    def find(self, key: str) -> int | None:
        if len(key) < EXACT_MIN_CHARS:
            return None
        hit = self.exact.get(key)
        if hit is not None or len(key) < FUZZY_MIN_CHARS:
            return hit
        lo = bisect.bisect_left(self.lengths, (int(len(key) * _LENGTH_WINDOW), -1))
        hi = bisect.bisect_right(self.lengths, (int(len(key) / _LENGTH_WINDOW) + 1, 1 << 62))
        best, best_score = None, REPEAT_MIN_RATIO
        for _, idx in self.lengths[lo:hi]:
            score = fuzz.ratio(key, self.norm[idx], score_cutoff=best_score)
            if score >= best_score and (best is None or score > best_score or idx < best):
                best, best_score = idx, score
        return best

    def add(self, key: str, idx: int) -> None:
        if len(key) < EXACT_MIN_CHARS:
            return
        self.exact.setdefault(key, idx)
        self.norm[idx] = key
        bisect.insort(self.lengths, (len(key), idx))


def _closest(key: str, candidates: Sequence[int], norm: Sequence[str]) -> int:
    """The candidate whose normalised text is closest to ``key`` (the earliest on ties)."""
    best, best_score = candidates[0], -1.0
    for t in candidates:
        score = float(fuzz.ratio(key, norm[t]))
        if score > best_score:
            best, best_score = t, score
    return best


@dataclass(frozen=True, slots=True)
class Repeats:
    """Which units repeat which: indexes into the lists given to ``find_repeats``."""

    sentence_repeat_of: dict[int, int]
    paragraph_repeat_of: dict[int, int]


def find_repeats(texts: Sequence[str], paragraphs: Sequence[int], is_claim: Sequence[bool]) -> Repeats:
    """Mark repeated claim sentences and paragraphs.

    ``texts[i]`` is sentence i, ``paragraphs[i]`` its paragraph index (non-decreasing),
    ``is_claim[i]`` whether it is a claim. Returns sentence -> earlier claim sentence it
    repeats, and paragraph -> earlier paragraph it repeats. Invariants: every target is
    strictly earlier than its source and is itself not a repeat; only claims are marked.

    A whole paragraph that (nearly) equals an earlier one repeats it, and its claims each
    repeat the closest claim of that paragraph. Then any remaining claim that (nearly)
    equals an earlier claim is a repeat too, which catches copies whose line layout differs
    from the first occurrence; a paragraph whose claims are all repeats of one earlier
    paragraph's sentences repeats that paragraph.
    """
    n = len(texts)
    norm = [normalise_for_repeat(t) for t in texts]
    by_paragraph: dict[int, list[int]] = {}
    for i in range(n):
        by_paragraph.setdefault(paragraphs[i], []).append(i)

    sentence_repeat_of: dict[int, int] = {}
    paragraph_repeat_of: dict[int, int] = {}
    para_index = _Index()
    for p, members in by_paragraph.items():
        claims = [i for i in members if is_claim[i]]
        if not claims:
            continue
        key = " ".join(norm[i] for i in members)
        earlier = para_index.find(key)
        if earlier is not None:
            paragraph_repeat_of[p] = earlier
            targets = [i for i in by_paragraph[earlier] if is_claim[i]]
            for i in claims:
                if targets:
                    sentence_repeat_of[i] = _closest(norm[i], targets, norm)
        else:
            para_index.add(key, p)

    sent_index = _Index()
    for i in range(n):
        if not is_claim[i] or i in sentence_repeat_of:
            continue
        earlier = sent_index.find(norm[i])
        if earlier is not None:
            sentence_repeat_of[i] = earlier
        else:
            sent_index.add(norm[i], i)

    for p, members in by_paragraph.items():
        if p in paragraph_repeat_of:
            continue
        claims = [i for i in members if is_claim[i]]
        if claims and all(i in sentence_repeat_of for i in claims):
            sources = {paragraphs[sentence_repeat_of[i]] for i in claims}
            if len(sources) == 1:
                paragraph_repeat_of[p] = sources.pop()
    for mapping in (sentence_repeat_of, paragraph_repeat_of):
        for source, target in list(mapping.items()):
            while target in mapping:  # point at the first occurrence, never at a copy
                target = mapping[target]
            mapping[source] = target
    return Repeats(sentence_repeat_of=sentence_repeat_of, paragraph_repeat_of=paragraph_repeat_of)
