"""Word-level diff and match tier of two linked claims.

A link's tier says how the two claims relate (``types.Tier``):

- ``same``: the same claim in the same words (order, punctuation and articles aside);
- ``changed``: mostly the same words with a detail changed (a number, a name, a hedge, a
  scope word: "energy and infrastructure" vs "energy infrastructure");
- ``reframed``: the same exchange told in other words (or in another language).

The diff is rapidfuzz ``Levenshtein.opcodes`` over token-id sequences (one id per distinct
lower-cased word), so it costs the same for any alphabet and never splits a word.

Invariants: joining the ``left`` parts of the ops (in order, with spaces) gives the left
claim's words, and the ``right`` parts the right claim's words; ``equal`` ops have
``left == right`` up to case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein

from app.text.align_tokens import ARABIC_VOWEL_MARKS, LANGUAGE_SCRIPT, numbers
from app.text.types import DiffOp, Tier

IGNORABLE_WORDS = frozenset({"the", "a", "an", "also", "и", "также", "또", "또한"})
"""Words whose presence never changes a claim's content: ``same`` claims may differ in
these (and in word order and punctuation) only. Any other word, even "and" ("energy and
infrastructure" vs "energy infrastructure") or "may", is a changed detail."""

CHANGED_MIN_SIMILARITY = 0.5
"""Least similarity for ``changed``: half the words kept, in order. Below it the claim is
``reframed`` (unless only a number differs, see ``NUMBER_CHANGED_MIN_SIMILARITY``)."""

NUMBER_CHANGED_MIN_SIMILARITY = 0.3
"""A differing number makes a loosely worded pair ``changed`` from this similarity up."""

_WORD = re.compile(f"[\\w'’.{ARABIC_VOWEL_MARKS}-]*[\\w{ARABIC_VOWEL_MARKS}]|\\S", re.UNICODE)
_PUNCT = re.compile(r"^\W$")


@lru_cache(maxsize=100_000)
def diff_tokens(text: str) -> tuple[str, ...]:
    """Words and numbers of a claim in order, punctuation dropped ("1.1", "U.S." kept whole).
    Cached: a claim is diffed against each of its counterparts."""
    return tuple(t for t in _WORD.findall(text) if not _PUNCT.match(t))


def word_diff(left: str, right: str) -> tuple[DiffOp, ...]:
    """Word diff of two claims, as ``DiffOp`` steps from ``left`` to ``right``.

    >>> [(d.op, d.left, d.right) for d in word_diff("energy and infrastructure", "energy infrastructure")]
    [('equal', 'energy', 'energy'), ('delete', 'and', ''), ('equal', 'infrastructure', 'infrastructure')]
    """
    a, b = diff_tokens(left), diff_tokens(right)
    ids: dict[str, int] = {}
    seq_a = [ids.setdefault(w.lower(), len(ids)) for w in a]
    seq_b = [ids.setdefault(w.lower(), len(ids)) for w in b]
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(seq_a, seq_b):
        ops.append(DiffOp(op=tag, left=" ".join(a[i1:i2]), right=" ".join(b[j1:j2])))  # type: ignore[arg-type]
    return tuple(ops)


def word_similarity(left: str, right: str) -> float:
    """Normalised Indel similarity of the two claims' lower-cased word sequences, in [0, 1]."""
    ids: dict[str, int] = {}
    seq_a = [ids.setdefault(w.lower(), len(ids)) for w in diff_tokens(left)]
    seq_b = [ids.setdefault(w.lower(), len(ids)) for w in diff_tokens(right)]
    return float(Indel.normalized_similarity(seq_a, seq_b))


def _word_bag(text: str) -> list[str]:
    return sorted(w.lower() for w in diff_tokens(text) if w.lower() not in IGNORABLE_WORDS)


@lru_cache(maxsize=65_536)
def classify_tier(
    left: str, right: str, left_language: str = "und", right_language: str = "und"
) -> tuple[Tier, tuple[DiffOp, ...]]:
    """The tier of a link and its word diff (empty across scripts, where words cannot match).

    >>> classify_tier("Talks will be held on January 13.", "Talks will be held on January 12.")[0]
    'changed'
    """
    same_script = LANGUAGE_SCRIPT.get(left_language, left_language) == LANGUAGE_SCRIPT.get(
        right_language, right_language
    )
    left_numbers, right_numbers = numbers(left), numbers(right)
    # a changed number: both claims give one and they disagree (a number only one side
    # gives is added detail, not a changed one)
    numbers_differ = bool(left_numbers and right_numbers) and left_numbers != right_numbers
    if not same_script:
        return ("changed" if numbers_differ else "reframed"), ()
    similarity = word_similarity(left, right)
    diff = word_diff(left, right)
    if _word_bag(left) == _word_bag(right) and not numbers_differ:
        return "same", diff
    if similarity >= CHANGED_MIN_SIMILARITY or (
        numbers_differ and similarity >= NUMBER_CHANGED_MIN_SIMILARITY
    ):
        return "changed", diff
    return "reframed", diff
