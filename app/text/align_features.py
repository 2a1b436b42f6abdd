"""Per-sentence evidence and the sentence x sentence score matrices of the aligner.

Everything heavy is a matrix operation over all claim pairs at once: TF-IDF cosine of the
content words (NumPy, vocabulary restricted to the words both sides use), IDF-weighted
topic and entity overlap (NumPy), so aligning 1,000 x 1,000 sentences costs a few matrix
products, never a Python loop over sentence pairs.

Invariants: matrices are ``(n_left_claims, n_right_claims)`` float arrays in ``[0, 1]``
(the actor matrix in ``{0, 1}``); row ``i`` is the i-th claim of the left side in text order.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from app.text.align_tokens import READOUT_WORDS, content_keys, guess_language, peel_josa, tokenize
from app.text.topics import Lexicon, TopicMatch, tag_texts
from app.text.types import SegmentedText, Sentence

BOTH_SUBJECT = "both"
"""Actor of a sentence whose subject is both leaders ("The two leaders agreed ...")."""

_BOTH_HEAD = re.compile(
    r"^\W*(?:in this context,?\s+|also,?\s+|in addition,?\s+)?(?:the\s+)?(?:two\s+|both\s+)?"
    r"(?:leaders|presidents|sides|parties|heads of state|prime ministers|they\b|both\b|we\b)"
    r"|^\W*(?:[^\s]+\s+){0,3}?(?:정상들|대통령들|양측|양국 정상|두 정상|두 대통령|그들|양 정상)"
    r"|^\W*(?:[^\s]+\s+){0,3}?(?:стороны|лидеры|президенты|главы государств|они\b|обе стороны)"
    r"|^\W*(?:[^\s]+\s+){0,3}?(?:сторони|лідери|президенти|вони\b)",
    re.IGNORECASE,
)
_REACTION = re.compile(
    r"\b(?:thank|appreciat|welcom|noted|commend|prais|grateful|acknowledg|congratulat)"
    r"|(?:благодар|приветств|отметил|высоко оцен|подяк|дякув|відзначи|високо оцін|привіта)"
    r"|(?:감사|환영|사의|높이 평가|感谢|欢迎|赞赏|謝意|歓迎|高く評価)"
    r"|\b(?:remerci|salu[ée]|félicit|dankte|begrüß|würdigt)",
    re.IGNORECASE,
)
"""A reaction at the head of a sentence ("Zelenskyy thanked ...", "Путин отметил ..."):
such a sentence reports the counterpart's act, so a different actor is no clash."""

REACTION_HEAD_CHARS = 90
"""How far into a sentence a reaction verb still governs it."""

_PRONOUN_HEAD = re.compile(r"^\W*(?:he|she|он|она|він|вона|그는|그녀는)\b", re.IGNORECASE)

NAMED_KINDS = frozenset({"person", "state"})
"""Entities whose words leave the lexical comparison: the leaders and states of the call are
named all through both readouts and are already counted (weakly) as shared entities."""

ACTOR_HEAD_CHARS = 60
"""A leader named within the first this-many characters of a sentence is taken as its actor
(readouts put the subject first: "President Biden urged ...", "푸틴 대통령은 ...")."""


@dataclass(slots=True)
class SentenceEvidence:
    """What one sentence offers for matching (claims and meta alike)."""

    sentence: Sentence
    language: str
    keys: list[str]
    matches: tuple[TopicMatch, ...]
    topics: dict[str, float] = field(default_factory=dict)
    """Topic id -> weight: 1 for the sentence's own topics, less for those it inherits."""
    entities: frozenset[str] = frozenset()
    persons: tuple[str, ...] = ()
    actor: str | None = None
    reacts: bool = False
    """The sentence reports a reaction (thanks, welcome, praise) to the other side's act."""


def sentence_language(sentence: Sentence, document: SegmentedText) -> str:
    """The sentence's language as segmentation gave it, else the document's, else its script's."""
    for language in (sentence.language, document.language):
        if language and language != "und":
            return language
    return guess_language(sentence.text)


def gather_evidence(sides: Sequence[SegmentedText], lexicon: Lexicon) -> list[list[SentenceEvidence]]:
    """Tokens, topics, entities and actor of every sentence of every side (one tagging pass)."""
    flat: list[tuple[int, Sentence, str]] = []
    for side_index, document in enumerate(sides):
        for sentence in document.sentences:
            flat.append((side_index, sentence, sentence_language(sentence, document)))
    matches = tag_texts([s.text for _, s, _ in flat], [lang for _, _, lang in flat], lexicon=lexicon)
    out: list[list[SentenceEvidence]] = [[] for _ in sides]
    for (side_index, sentence, language), found in zip(flat, matches, strict=True):
        keys = list(matching_keys(sentence.text, language, sentence.lemmas, found, lexicon))
        persons = tuple(m.topic for m in found if m.kind == "person")
        out[side_index].append(
            SentenceEvidence(
                sentence=sentence,
                language=language,
                keys=keys,
                matches=found,
                topics={m.topic: 1.0 for m in found if m.kind == "topic"},
                entities=frozenset(m.topic for m in found if m.kind != "topic"),
                persons=persons,
            )
        )
    for side in out:
        assign_actors(side, lexicon)
    return out


@lru_cache(maxsize=100_000)
def key_surfaces(text: str, language: str) -> dict[str, str]:
    """Content key -> the first word of the sentence that gave it, to show people words
    rather than stems ("climate", not "climat"). Do not mutate: cached."""
    surfaces: dict[str, str] = {}
    for token in tokenize(text, language):
        key = peel_josa(token.key) if token.script == "hangul" else token.key
        surfaces.setdefault(key, peel_josa(token.surface) if token.script == "hangul" else token.surface)
    return surfaces


@lru_cache(maxsize=100_000)
def matching_keys(
    text: str,
    language: str,
    lemmas: tuple[str, ...],
    found: tuple[TopicMatch, ...],
    lexicon: Lexicon | None = None,
) -> tuple[str, ...]:
    """The content keys a sentence is compared by (TF-IDF): stems of its content words
    (Korean: segmentation's lemmas), less the readout boilerplate and the names of leaders
    and states. Cached, as sentences repeat across alignments."""
    keys = content_keys(tokenize(text, language))
    if language == "ko" and lemmas:
        keys = [lemma.lower() for lemma in lemmas if lemma.lower() not in READOUT_WORDS["ko"]]
    named = _named_keys(found, language, lexicon)
    return tuple(key for key in keys if key not in named)


def _named_keys(found: Sequence[TopicMatch], language: str, lexicon: Lexicon | None = None) -> frozenset[str]:
    """Content keys of the words that name a leader or a state in this sentence: the words
    that matched, and every term of those entities in the sentence's language and English (a
    match keeps one surface, "Ukrainian", while the sentence may also say "Ukraine")."""
    named_matches = [m for m in found if m.kind in NAMED_KINDS]
    if not named_matches:
        return frozenset()
    named = set(_words_keys(" ".join(m.surface for m in named_matches), language))
    if lexicon is not None:
        for m in named_matches:
            named |= _entity_keys(lexicon, m.topic, language)
    return frozenset(named)


def _words_keys(words: str, language: str) -> frozenset[str]:
    keys = set(content_keys(tokenize(words, language)))
    if language == "ko":
        keys |= {peel_josa(w) for w in words.split()}
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _entity_keys(lexicon: Lexicon, entity: str, language: str) -> frozenset[str]:
    """Content keys of all of an entity's terms in ``language`` and English (cached: the same
    leaders and states recur in every sentence)."""
    entry = lexicon.get(entity)
    if entry is None:
        return frozenset()
    terms = [t for term_language in {language, "en"} for t in entry.terms.get(term_language, ())]
    return _words_keys(" ".join(terms), language)


def assign_actors(side: Sequence[SentenceEvidence], lexicon: Lexicon) -> None:
    """Set each sentence's actor: the leader named at its head, ``both`` for a joint subject,
    the previous sentence's actor for a leading pronoun, else None (unknown)."""
    previous: str | None = None
    for evidence in side:
        text = evidence.sentence.text
        actor: str | None = None
        if _BOTH_HEAD.search(text):
            actor = BOTH_SUBJECT
        elif _PRONOUN_HEAD.search(text):
            actor = previous
        else:
            head = text[:ACTOR_HEAD_CHARS]
            earliest = len(head)
            for match in evidence.matches:
                if match.kind != "person":
                    continue
                # where the name stands: the whole surface, or its last word ("Xi" of
                # "President Xi": a leading title may belong to another leader's name)
                at = head.find(match.surface)
                if at < 0:
                    at = head.find(match.surface.split(" ")[-1])
                if 0 <= at < earliest:  # the leader named first is the subject
                    actor, earliest = match.topic, at
        evidence.actor = actor
        evidence.reacts = bool(_REACTION.search(text[:REACTION_HEAD_CHARS]))
        if actor is not None:
            previous = actor


def actor_clash(left: Sequence[SentenceEvidence], right: Sequence[SentenceEvidence]) -> np.ndarray:
    """1 where two claims have different leaders acting, neither names the other's actor and
    neither reports a reaction; else 0. ("Biden warned of sanctions" vs "Putin warned
    against shifting responsibility" clash; "Zelenskyy thanked for the package" vs "Biden
    announced a package" does not.) Computed with incidence matrices, no pair loop."""
    people = sorted(
        {p for e in (*left, *right) for p in (*e.persons, e.actor or "") if p and p != BOTH_SUBJECT}
    )
    index = {p: k for k, p in enumerate(people)}

    def incidence(side: Sequence[SentenceEvidence]) -> tuple[np.ndarray, np.ndarray]:
        acting = np.zeros((len(side), max(1, len(people))), dtype=np.float32)
        named = np.zeros_like(acting)
        for r, e in enumerate(side):
            if e.actor in index and not e.reacts:
                acting[r, index[e.actor]] = 1.0
            for p in e.persons:
                named[r, index[p]] = 1.0
        return acting, named

    acting_l, named_l = incidence(left)
    acting_r, named_r = incidence(right)
    both_act = acting_l.sum(axis=1)[:, None] * acting_r.sum(axis=1)[None, :]
    same_actor = acting_l @ acting_r.T
    cross_named = acting_l @ named_r.T + named_l @ acting_r.T
    return ((both_act > 0) & (same_actor == 0) & (cross_named == 0)).astype(np.float32)


def inherit_context(
    side: Sequence[SentenceEvidence], weight: float, decay: float, specific: frozenset[str] = frozenset()
) -> list[dict[str, float]]:
    """Topic weights with paragraph context: each claim keeps its own topics at 1 and takes
    the topics of the claims before it in the same paragraph at ``weight * decay**(d-1)``
    (d = how many topic-bearing claims back), so "negotiations resumed in Vienna" after "the JCPOA was
    considered" carries the JCPOA. A claim without any topic of its own inherits at full
    ``weight`` from the previous claim even across a paragraph break (a quoted line).

    Only a claim without a ``specific`` topic of its own inherits: one that names its subject
    ("the presidents discussed cyber security") needs no help from its neighbours, and in a
    one-paragraph readout inheriting would smear every topic over every sentence."""
    result: list[dict[str, float]] = []
    claims = [e for e in side if e.sentence.kind == "claim"]
    for index, evidence in enumerate(claims):
        topics = dict(evidence.topics)
        result.append(topics)
        if any(topic in specific for topic in evidence.topics):
            continue
        share = weight
        back = 1
        while index - back >= 0:
            earlier = claims[index - back]
            if earlier.sentence.paragraph != evidence.sentence.paragraph:
                break
            for topic in earlier.topics:
                topics[topic] = max(topics.get(topic, 0.0), share)
            if earlier.topics:  # a sentence without topics passes its neighbour's on undiminished
                share *= decay
            back += 1
        if not evidence.topics and index > 0:
            for topic in claims[index - 1].topics:
                topics[topic] = max(topics.get(topic, 0.0), weight)
    return result


def pair_idf(counts: dict[str, int], total: int) -> dict[str, float]:
    """Smoothed inverse document frequency within the pair: rare on both sides -> high."""
    return {key: math.log((total + 1) / (df + 1)) + 1.0 for key, df in counts.items()}


MERGE_PREFIX_MIN = 5
"""A content key of at least this many characters that begins another key of the pair stands
for both ("recogn" for "recognit", "annex" for "annexat"): Snowball leaves some
derivations apart that mean the same thing in a readout. Shorter keys are too ambiguous."""


def merge_prefixes(
    left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]
) -> tuple[list[list[str]], list[list[str]]]:
    """Both sides' keys with each key replaced by the shortest key of the pair that is a prefix
    of it (of at least ``MERGE_PREFIX_MIN`` characters). One sort of the vocabulary."""
    vocabulary = sorted({k for keys in (*left, *right) for k in keys})
    canonical: dict[str, str] = {}
    root = ""
    for key in vocabulary:  # sorted: a prefix comes right before the keys it begins
        if root and key.startswith(root):
            canonical[key] = root
        else:
            root = key if len(key) >= MERGE_PREFIX_MIN and key.isalpha() else ""
            canonical[key] = key
    return [[canonical[k] for k in keys] for keys in left], [[canonical[k] for k in keys] for keys in right]


COGNATE_CUTOFF = 80.0
"""Least rapidfuzz ratio between two stems of different languages taken as one word
("sancion"/"sanction" 93, "negoci"/"negoti" 83, "fentanil"/"fentanyl" 88)."""

COGNATE_CROSS_SCRIPT_CUTOFF = 88.0
"""The same ratio for a Cyrillic stem against a Latin one, compared through a transliteration:
spelt alike by accident far more often ("сторон"/"strong" 83, "территор"/"terror" 86), while
loanwords and names keep nearly every letter ("диалог"/"dialogu" 92, "бахмут"/"bakhmut" 100)."""

COGNATE_MIN_LENGTH = 5
"""Shorter stems are not bridged: at four letters and below unrelated words look alike."""

COGNATE_SAME_PREFIX = 2
"""Cognates keep their first letters ("cooper-", "négoci-"); endings are what languages change."""


COGNATE_PREFIX_SHARE = 0.8
"""Or: the two stems share a start of at least ``COGNATE_MIN_LENGTH`` letters and this share
of the shorter one (Spanish "migracion" against English "migrat")."""


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_CYRILLIC_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіґ", "abvgdeziiklmnoprstufyeig", strict=True)),
        "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ь": "", "ю": "iu", "я": "ia", "ї": "i", "є": "ie",
    }
)  # fmt: skip


def _is_cyrillic(key: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in key)


def _fold(key: str) -> str:
    """A stem without diacritics, Cyrillic spelt in Latin letters ("négoci" -> "negoci",
    "аккую" -> "akkuiu", "президент" -> "prezident"), so cognates and names meet across
    scripts as well as across languages."""
    decomposed = unicodedata.normalize("NFKD", key.translate(_CYRILLIC_TO_LATIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def bridge_cognates(
    left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]
) -> tuple[list[list[str]], list[list[str]]]:
    """Both sides' keys with the right side's words renamed to the left's cognates, for two
    readouts in different languages (a French PMO text against an English White House one:
    "sanctions"/"sanction", "coopération"/"cooperation"; a Russian one: "диалог"/"dialogu").

    Stems from two languages' stemmers rarely agree exactly, so without this the lexical
    channel of such a pair is blind. A right key that the left side already uses, or that is
    shorter than ``COGNATE_MIN_LENGTH``, stays as it is; the others take the most similar left
    key (diacritics folded, same first letters, ratio at least ``COGNATE_CUTOFF``, or a long
    shared start, see ``COGNATE_PREFIX_SHARE``). One ``cdist`` over the two vocabularies."""
    left_vocab = sorted({k for keys in left for k in keys if len(k) >= COGNATE_MIN_LENGTH and k.isalpha()})
    left_set = set(left_vocab)
    right_vocab = sorted(
        {k for keys in right for k in keys if len(k) >= COGNATE_MIN_LENGTH and k.isalpha()} - left_set
    )
    if not left_vocab or not right_vocab:
        return [list(k) for k in left], [list(k) for k in right]
    folded_left = [_fold(k) for k in left_vocab]
    left_cyrillic = [_is_cyrillic(k) for k in left_vocab]
    folded_right = [_fold(k) for k in right_vocab]
    scores = process.cdist(
        folded_right, folded_left, scorer=fuzz.ratio, score_cutoff=COGNATE_CUTOFF, dtype=np.uint8, workers=1
    )
    rename: dict[str, str] = {}
    by_start: dict[str, list[int]] = {}
    for c, folded in enumerate(folded_left):
        by_start.setdefault(folded[:COGNATE_MIN_LENGTH], []).append(c)
    for row, key in enumerate(right_vocab):
        folded = folded_right[row]
        cyrillic = _is_cyrillic(key)
        hits = [
            c
            for c in np.flatnonzero(scores[row])
            if folded_left[c][:COGNATE_SAME_PREFIX] == folded[:COGNATE_SAME_PREFIX]
            and (cyrillic == left_cyrillic[c] or scores[row, c] >= COGNATE_CROSS_SCRIPT_CUTOFF)
        ]
        if not hits:  # a shared start that covers most of the shorter stem: "migracion"/"migrat"
            hits = [
                c
                for c in by_start.get(folded[:COGNATE_MIN_LENGTH], ())
                if _common_prefix(folded, folded_left[c])
                >= COGNATE_PREFIX_SHARE * min(len(folded), len(folded_left[c]))
            ]
        if hits:
            rename[key] = left_vocab[
                max(hits, key=lambda c: (scores[row, c], _common_prefix(folded, folded_left[c]), -c))
            ]
    return [list(k) for k in left], [[rename.get(k, k) for k in keys] for keys in right]


def tfidf_cosine(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> np.ndarray:
    """Cosine of sublinear TF-IDF vectors (IDF over both sides' sentences), as one product.

    Only the words both sides use can contribute to a dot product, so the dense matrices
    hold just those columns; the norms use every word.
    """
    total = len(left) + len(right)
    df: dict[str, int] = {}
    for keys in (*left, *right):
        for key in set(keys):
            df[key] = df.get(key, 0) + 1
    idf = pair_idf(df, total)
    shared = sorted(set().union(*map(set, left)) & set().union(*map(set, right))) if left and right else []
    column = {key: i for i, key in enumerate(shared)}

    def matrix(rows: Sequence[Sequence[str]]) -> np.ndarray:
        dense = np.zeros((len(rows), max(1, len(shared))), dtype=np.float32)
        norms = np.zeros(len(rows), dtype=np.float32)
        for r, keys in enumerate(rows):
            counts: dict[str, int] = {}
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
            squares = 0.0
            for key, count in counts.items():
                value = (1.0 + math.log(count)) * idf[key]
                squares += value * value
                c = column.get(key)
                if c is not None:
                    dense[r, c] = value
            norms[r] = math.sqrt(squares) or 1.0
        return dense / norms[:, None]

    return np.clip(matrix(left) @ matrix(right).T, 0.0, 1.0)


def weighted_overlap(
    left: Sequence[dict[str, float]],
    right: Sequence[dict[str, float]],
    weights: dict[str, float],
    floor: float = 0.0,
    larger_share: float = 0.0,
    within: dict[str, str] | None = None,
    within_share: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """(shared mass, overlap coefficient) of weighted label sets for every pair.

    shared mass = sum over shared labels of ``weight * min(a, b)``; the overlap coefficient
    divides it by the smaller side's mass with every label at full presence, so a one-topic
    sentence fully covered by a three-topic summary sentence scores 1 (a summary links to
    each of its topics) while a topic only inherited from context counts at its weight. The
    ``larger_share`` moves the divisor from the smaller mass (0) towards the geometric mean
    of both (0.5), which favours sentences that say only what they share. The divisor is at
    least ``floor``, so sharing only a broad topic ("relations") is not a full
    match.

    ``within`` maps a label to the broader one it belongs to (Gaza -> the Middle East): a
    claim that names only the broader label ("they exchanged views on the Middle East")
    shares ``within_share`` of its weight with a claim that names a narrower one and not the
    broader itself. The divisors stay as they are: the broader label is not added to the
    narrower claim, so it cannot dilute that claim's own matches.
    """
    labels = sorted(set().union(*left, *right)) if (left or right) else []
    index = {label: i for i, label in enumerate(labels)}
    w = np.array([weights.get(label, 1.0) for label in labels], dtype=np.float32)

    def matrix(rows: Sequence[dict[str, float]]) -> np.ndarray:
        dense = np.zeros((len(rows), max(1, len(labels))), dtype=np.float32)
        for r, row in enumerate(rows):
            for label, value in row.items():
                dense[r, index[label]] = value
        return dense

    a, b = matrix(left), matrix(right)
    if not labels:
        zero = np.zeros((len(left), len(right)), dtype=np.float32)
        return zero, zero
    # sum_t w_t * min(a_t, b_t): labels are few (tens), so a broadcast over them is cheap
    shared = np.zeros((len(left), len(right)), dtype=np.float32)
    for t in range(len(labels)):
        if w[t] == 0:
            continue
        col_a, col_b = a[:, t], b[:, t]
        if not col_a.any() or not col_b.any():
            continue
        shared += w[t] * np.minimum(col_a[:, None], col_b[None, :])
    if within and within_share > 0:
        children: dict[int, list[int]] = {}
        for narrow, broad in within.items():
            if narrow in index and broad in index:
                children.setdefault(index[broad], []).append(index[narrow])
        for broad, narrow in children.items():
            weight = within_share * w[broad]
            # one side names the broader label, the other only narrower ones (counted once)
            a_broad, b_broad = a[:, broad], b[:, broad]
            a_narrow = np.where(a_broad > 0, 0.0, a[:, narrow].max(axis=1))
            b_narrow = np.where(b_broad > 0, 0.0, b[:, narrow].max(axis=1))
            shared += weight * np.minimum(a_broad[:, None], b_narrow[None, :])
            shared += weight * np.minimum(a_narrow[:, None], b_broad[None, :])
    mass_a = ((a > 0) * w).sum(axis=1)
    mass_b = ((b > 0) * w).sum(axis=1)
    low = np.minimum(mass_a[:, None], mass_b[None, :])
    high = np.maximum(mass_a[:, None], mass_b[None, :])
    smaller = np.maximum(low ** (1.0 - larger_share) * high**larger_share, floor)
    coefficient = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
    return shared, np.clip(coefficient, 0.0, 1.0)
