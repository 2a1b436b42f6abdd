"""Align two segmented readouts claim by claim: ``align(left, right, *, params) -> Alignment``.

Method (all sentence x sentence work is matrix algebra, see ``align_features``):

1. Evidence per sentence: content words (stems, Korean lemmas), lexicon topics and entities
   (``topics.tag_texts``), the actor at the head of the sentence; each claim also inherits
   the topics of the claims before it in its paragraph, at a lower weight.
2. Scores for every claim pair, mixing: TF-IDF cosine of content words (IDF within the pair;
   numbers count as words, every form of the leaders' and states' names does not; when the
   two sides are in different languages of one script, cognates are made one word),
   IDF-weighted topic overlap (a topic both readouts dwell on is weak evidence: a full match
   needs a topic about as rare as one exchange; never below three quarters of the word
   similarity, so the words stand in where the topics say less), shared entities (places
   and organisations above all), a bonus for the two opening sentences; then discounted
   when different leaders act in the two sentences while the other side already reports
   the first leader's turn, and when the two sit at opposite ends of their readouts (an
   opening claim, which often summarises, at half the rate; a pair sharing a specific topic
   that no other claim carries, at a quarter; both at an eighth).
3. Links: pairs that are the best of both their row and column (``mutual_threshold``) or
   of one of them (``link_threshold``), plus pairs close to the best of a sentence of the
   shorter, summarising readout (one White House sentence reporting three exchanges links
   to each of them) or, more strictly, of a sentence of the longer one.
4. Each link gets a tier and a word diff (``diff``), the topics and terms that explain it;
   rows for the page come from ``rows``.

Invariants: links join claim sentences only; no (left, right) pair appears twice; links are
sorted by (left, right); the result depends only on the inputs, the params and the lexicon.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from app.text.align_features import (
    BOTH_SUBJECT,
    SentenceEvidence,
    actor_clash,
    bridge_cognates,
    gather_evidence,
    inherit_context,
    key_surfaces,
    merge_prefixes,
    pair_idf,
    tfidf_cosine,
    weighted_overlap,
)
from app.text.diff import classify_tier, word_diff
from app.text.rows import build_rows
from app.text.topics import Lexicon, load_lexicon
from app.text.types import Alignment, Link, SegmentedText

METHOD = "parallax-align/3: tfidf+cognates+topics+entities+actors+drift, mutual-best and near-best links"
"""Names the method a stored run was made with (at most 100 characters, its column's width);
the version after the slash changes whenever the same texts and lexicon may align otherwise,
so the event page offers to realign runs made before."""


@dataclass(frozen=True, slots=True)
class AlignParams:
    """The knobs of the aligner. Defaults were tuned on the dev readouts in tests/data/eval
    (five pairs, en-en and ko-ko) and checked on the cross-language pairs of the tests; one
    set of values serves every language pair."""

    weight_lexical: float = 0.55
    """Weight of the TF-IDF cosine of content words."""
    weight_topic: float = 0.6
    """Weight of the topic overlap coefficient (IDF-weighted, with paragraph context)."""
    weight_topic_mass: float = 0.10
    """Weight of the absolute shared topic mass (squashed): two specific topics beat one."""
    weight_entity: float = 0.10
    """Weight of shared entities (places, organisations, leaders) beyond the two sides' own."""
    opening_bonus: float = 0.35
    """Added to the pair of opening claims when both report the call itself."""
    actor_penalty: float = 0.5
    """Factor taken off when different leaders act and neither sentence names the other's."""
    topic_floor: float = 1.5
    """Least divisor of the topic overlap coefficient, whatever the pair's size (the divisor is
    also at least the IDF weight of a topic only two claims of the pair carry): a broad topic
    alone never makes a full topic match."""
    topic_larger_share: float = 0.15
    """How much the larger side's topic mass counts in the overlap divisor (0: overlap
    coefficient, a summary sentence fully covers each of its topics; 0.5: cosine-like)."""
    position_penalty: float = 0.5
    """Factor taken off per unit of position drift (see ``position_drift``)."""
    opening_drift_share: float = 0.5
    """Share of the position drift that still counts for a pair with an opening claim (which
    often summarises the whole call, so may match anything, but not everything equally)."""
    exclusive_drift_share: float = 0.25
    """Share of the position drift that still counts for a pair sharing a specific topic that
    no other claim of either readout carries (the Olympic truce, once a side): that topic
    names the exchange, wherever each readout chose to report it. Applied on top of
    ``opening_drift_share``. Set on all the eval sets: 0.15-0.35 give the same figures (dev
    unchanged; eval_xling, probes 5, 6, 8, 11, 12 gain; none falls); 0 costs eval_probe6."""
    lexical_stand_in: float = 0.75
    """The topic overlap is at least this share of the lexical similarity, so the words carry a
    pair the lexicon does not explain (a subject it lacks: "resume military-to-military
    communication"; two claims it tags with neighbouring topics) rather than being discounted."""
    within_share: float = 0.5
    """Share of a broader topic's weight that a claim naming only it ("the Middle East")
    shares with a claim naming only a narrower topic within it (Gaza, Iran): see the
    lexicon's ``within``."""
    context_weight: float = 0.5
    """Weight of a topic inherited from the previous claim of the same paragraph."""
    context_decay: float = 0.5
    """Each further claim back in the paragraph passes on this fraction again."""
    mutual_threshold: float = 0.2
    """Least score of a link that is the best of both its row and its column."""
    link_threshold: float = 0.35
    """Least score of a link that is the best of its row or of its column."""
    near_best_ratio: float = 0.6
    """A further link must score at least this fraction of its row's or column's best ..."""
    near_best_ratio_detail: float = 0.75
    """The same ratio for a sentence of the longer readout (which summarises less)."""
    near_best_threshold: float = 0.34
    """... and at least this much."""

    def as_dict(self) -> dict[str, float | int | str]:
        return {key: float(value) for key, value in asdict(self).items()}


DEFAULT_PARAMS = AlignParams()

TOPIC_MASS_SCALE = 2.5
"""Shared topic mass at which the squashed mass term reaches 1 - 1/e (about two specific
topics shared at full weight). Tuned with the weights above on the dev set."""


OPENING_WINDOW = 2
"""The opening claim ("X spoke with Y") is looked for among the first two claims of each
side, so a leaked heading or a dateline sentence before it does not hide it."""

MAX_LINKS_PER_SENTENCE = 6
"""A link must be among the six best of its left sentence and of its right sentence. The
dev readouts' widest summary sentence covers five exchanges; beyond six, links are noise
(and each costs a word diff)."""

ENTITY_KIND_WEIGHT: dict[str, float] = {"person": 0.3, "state": 0.3}
"""Leaders and states are named in nearly every sentence of a readout of their call, so
sharing them is weak evidence next to sharing a place or an organisation (Geneva, OSCE)."""


@dataclass(slots=True)
class PairScores:
    """The score matrices of one pair, kept for ``--explain`` and the tests."""

    lexical: np.ndarray
    topic: np.ndarray
    topic_mass: np.ndarray
    entity: np.ndarray
    opening: np.ndarray
    actor_clash: np.ndarray
    drift: np.ndarray
    total: np.ndarray


def _claims(side: list[SentenceEvidence]) -> list[SentenceEvidence]:
    return [e for e in side if e.sentence.kind == "claim"]


def _topic_weights(
    left: list[dict[str, float]], right: list[dict[str, float]], lexicon: Lexicon
) -> dict[str, float]:
    counts: dict[str, int] = {}
    for topics in (*left, *right):
        for topic, value in topics.items():
            if value >= 1.0:
                counts[topic] = counts.get(topic, 0) + 1
    for topics in (*left, *right):
        for topic in topics:
            counts.setdefault(topic, 1)
    idf = pair_idf(counts, len(left) + len(right))
    weights = {}
    for topic, value in idf.items():
        entry = lexicon.get(topic)
        weights[topic] = value * (entry.weight if entry is not None else 1.0)
    return weights


def _main_language(side: list[SentenceEvidence]) -> str:
    """The language most of a side's claims are in."""
    counts: dict[str, int] = {}
    for evidence in side:
        counts[evidence.language] = counts.get(evidence.language, 0) + 1
    return max(counts, key=lambda lang: counts[lang]) if counts else ""


def _is_opening(evidence: SentenceEvidence, *, strict: bool = False) -> bool:
    """Does the claim report the call itself ("X spoke with Y")? Both leaders named, or (for
    the very first claim) the call named. ``strict``: both leaders must be named, since a
    later "Biden called for de-escalation" also says "call"."""
    named = len(set(evidence.persons))
    return named >= 2 or (not strict and "call" in evidence.topics)


def _opening_pair(left: list[SentenceEvidence], right: list[SentenceEvidence]) -> tuple[int, int] | None:
    """The two claims that report the call itself, if both sides have one.

    Either side's opening is its first claim that names both leaders or the call (the second
    claim only when it names both leaders). In a language the lexicon does not know ("sostuvo
    una llamada con el presidente Biden") neither may qualify on its own; then a first claim
    that names a leader whom the other side's opening also names will do, or a first claim in
    which the lexicon recognises nothing at all (a script it has no terms in). When neither
    side's opening qualifies (a guest the lexicon does not know, welcomed "to the White
    House" or met in "una reunión bilateral"), two first claims that name the same leader
    are the openings: readouts open with the call."""
    first_l = next((i for i, e in enumerate(left[:OPENING_WINDOW]) if _is_opening(e, strict=i > 0)), None)
    first_r = next((j for j, e in enumerate(right[:OPENING_WINDOW]) if _is_opening(e, strict=j > 0)), None)
    if first_l is not None and first_r is not None:
        return first_l, first_r
    if (
        first_l is not None
        and right
        and (set(right[0].persons) & set(left[first_l].persons) or not right[0].matches)
    ):
        return first_l, 0
    if (
        first_r is not None
        and left
        and (set(left[0].persons) & set(right[first_r].persons) or not left[0].matches)
    ):
        return 0, first_r
    if (
        first_l is None
        and first_r is None
        and left
        and right
        and set(left[0].persons) & set(right[0].persons)
    ):
        return 0, 0
    return None


def score_pairs(
    left: list[SentenceEvidence], right: list[SentenceEvidence], params: AlignParams, lexicon: Lexicon
) -> PairScores:
    """All score matrices for the claims of two sides (rows: left claims, columns: right)."""
    lc, rc = _claims(left), _claims(right)
    left_keys, right_keys = [e.keys for e in lc], [e.keys for e in rc]
    if _main_language(lc) != _main_language(rc):
        left_keys, right_keys = bridge_cognates(left_keys, right_keys)
    lexical = tfidf_cosine(*merge_prefixes(left_keys, right_keys))
    specific = lexicon.specific_topics()
    lt = inherit_context(left, params.context_weight, params.context_decay, specific)
    rt = inherit_context(right, params.context_weight, params.context_decay, specific)
    weights = _topic_weights(lt, rt, lexicon)
    # a full topic match needs a topic as rare as one exchange: the divisor is at least the
    # weight of a topic that just two claims of the pair carry (a topic most claims share, the
    # war in a call about it, then never makes a full match on its own)
    one_exchange = pair_idf({"": 2}, len(lt) + len(rt))[""]
    mass, coefficient = weighted_overlap(
        lt,
        rt,
        weights,
        floor=max(params.topic_floor, one_exchange),
        larger_share=params.topic_larger_share,
        within=lexicon.broader(),
        within_share=params.within_share,
    )
    topic_mass = 1.0 - np.exp(-mass / TOPIC_MASS_SCALE)

    # entities both sides name in (nearly) every sentence say nothing; IDF takes care of that
    le = [{x: 1.0 for x in e.entities} for e in lc]
    re_ = [{x: 1.0 for x in e.entities} for e in rc]
    ent_counts: dict[str, int] = {}
    for row in (*le, *re_):
        for x in row:
            ent_counts[x] = ent_counts.get(x, 0) + 1
    ent_idf = pair_idf(ent_counts, len(le) + len(re_))
    for x in ent_idf:
        entry = lexicon.get(x)
        ent_idf[x] *= ENTITY_KIND_WEIGHT.get(entry.kind if entry else "", 1.0)
    ent_mass, _ = weighted_overlap(le, re_, ent_idf)
    entity = 1.0 - np.exp(-ent_mass / TOPIC_MASS_SCALE)

    opening = np.zeros_like(lexical)
    pair = _opening_pair(lc, rc)
    if pair is not None:
        opening[pair] = 1.0

    clash = actor_clash(lc, rc)

    drift = position_drift(len(lc), len(rc), params.opening_drift_share)
    for i, j in exclusive_pairs(lc, rc, specific):
        drift[i, j] *= params.exclusive_drift_share
    # topics are a second road to a match, not a veto: where the words say more than the
    # topics (a claim the lexicon tags with nothing; "the Luzon Economic Corridor ... Subic
    # Bay, Clark, Manila" tagged economy on one side, trade on the other), they stand in
    coefficient = np.maximum(coefficient, params.lexical_stand_in * lexical)
    base = (
        params.weight_lexical * lexical
        + params.weight_topic * coefficient
        + params.weight_topic_mass * topic_mass
        + params.weight_entity * entity
        + params.opening_bonus * opening
    )
    clash = clash * turn_taken(base, lc, rc)
    total = base * (1.0 - params.actor_penalty * clash) * (1.0 - params.position_penalty * drift)
    return PairScores(lexical, coefficient, topic_mass, entity, opening, clash, drift, total)


def turn_taken(base: np.ndarray, left: list[SentenceEvidence], right: list[SentenceEvidence]) -> np.ndarray:
    """1 where the exchange of one claim is already reported, by the same actor, by a better
    match on the other side; else 0.

    Two readouts each report their own leader's words on a subject ("Xi set out China's
    position on Taiwan" / "Biden stressed the one China policy"): that is one exchange, and
    different actors are no reason to split it. But when the other side also reports the
    first actor's turn ("Biden described sanctions" on both sides), a sentence with the
    other leader acting ("in response, Putin stressed ...") is a different turn.
    """
    codes: dict[str, int] = {}

    def code(e: SentenceEvidence) -> int:
        if e.actor is None or e.actor == BOTH_SUBJECT or e.reacts:
            return -1
        return codes.setdefault(e.actor, len(codes))

    actor_l = np.array([code(e) for e in left], dtype=np.int64)
    actor_r = np.array([code(e) for e in right], dtype=np.int64)
    same = (actor_l[:, None] == actor_r[None, :]) & (actor_l[:, None] >= 0)
    masked = np.where(same, base, -np.inf)
    best_same_for_right = masked.max(axis=0, initial=-np.inf)[None, :]
    best_same_for_left = masked.max(axis=1, initial=-np.inf)[:, None]
    return ((best_same_for_right > base) | (best_same_for_left > base)).astype(np.float32)


def position_drift(n_left: int, n_right: int, opening_share: float = 0.5) -> np.ndarray:
    """How far apart two claims sit in their readouts: |relative position left - right|.

    Readouts of one call tend to report its exchanges in the same order, so a pair from
    opposite ends is less likely to be the same exchange. A pair with an opening claim counts
    only ``opening_share`` of its drift: a readout's first sentence often summarises the
    whole call ("spoke today ... to underscore ..."), yet a claim from the end of the other
    readout is still less likely to be what it summarises than one from the start.
    """
    if n_left == 0 or n_right == 0:
        return np.zeros((n_left, n_right), dtype=np.float32)
    left = (np.arange(n_left, dtype=np.float32) + 0.5) / n_left
    right = (np.arange(n_right, dtype=np.float32) + 0.5) / n_right
    drift = np.abs(left[:, None] - right[None, :])
    drift[0, :] *= opening_share
    drift[:, 0] *= opening_share
    return drift


def exclusive_pairs(
    left: list[SentenceEvidence], right: list[SentenceEvidence], specific: frozenset[str]
) -> set[tuple[int, int]]:
    """(row, column) of the claim pairs that share a specific topic which exactly one claim
    of each side carries.

    >>> from types import SimpleNamespace as E
    >>> left = [E(topics={"olympics": 1.0, "trade": 1.0}), E(topics={"trade": 1.0})]
    >>> right = [E(topics={"trade": 1.0}), E(topics={"olympics": 1.0})]
    >>> sorted(exclusive_pairs(left, right, frozenset({"olympics", "trade"})))
    [(0, 1)]
    """
    holders: dict[str, tuple[list[int], list[int]]] = {}
    for side, claims in enumerate((left, right)):
        for index, evidence in enumerate(claims):
            for topic in evidence.topics:
                if topic in specific:
                    holders.setdefault(topic, ([], []))[side].append(index)
    return {(rows[0], cols[0]) for rows, cols in holders.values() if len(rows) == 1 and len(cols) == 1}


def select_links(total: np.ndarray, params: AlignParams) -> list[tuple[int, int]]:
    """Pairs (row, column) to link: mutual best at ``mutual_threshold``, best of the row or
    the column at ``link_threshold``, or (not a best) within ``near_best_ratio`` of the best of a sentence
    of the shorter readout (``near_best_ratio_detail`` for the longer's) at
    ``near_best_threshold``. Sorted, no duplicates."""
    if total.size == 0:
        return []
    row_best = total.max(axis=1, keepdims=True)
    col_best = total.max(axis=0, keepdims=True)
    is_row_best, is_col_best = total >= row_best, total >= col_best
    # the shorter readout summarises: each of its sentences may cover several of the longer's
    # (lenient ratio), while a sentence of the longer one rarely reports several exchanges
    right_summarises = total.shape[1] <= total.shape[0]
    row_ratio = params.near_best_ratio_detail if right_summarises else params.near_best_ratio
    col_ratio = params.near_best_ratio if right_summarises else params.near_best_ratio_detail
    near = (total >= row_ratio * row_best) | (total >= col_ratio * col_best)
    chosen = (
        (is_row_best & is_col_best & (total >= params.mutual_threshold))
        | ((is_row_best | is_col_best) & (total >= params.link_threshold))
        | (near & ~(is_row_best | is_col_best) & (total >= params.near_best_threshold))
    )
    chosen &= _top_k(total, MAX_LINKS_PER_SENTENCE, axis=1) & _top_k(total, MAX_LINKS_PER_SENTENCE, axis=0)
    rows, cols = np.nonzero(chosen)
    return sorted(zip(rows.tolist(), cols.tolist(), strict=True))


def _top_k(total: np.ndarray, k: int, axis: int) -> np.ndarray:
    """True where a score is among the ``k`` best of its row (axis=1) or column (axis=0)."""
    n = total.shape[axis]
    if n <= k:
        return np.ones_like(total, dtype=bool)
    kth = -np.partition(-total, k - 1, axis=axis).take(k - 1, axis=axis)
    return total >= (kth[:, None] if axis == 1 else kth[None, :])


def align(
    left: SegmentedText,
    right: SegmentedText,
    *,
    params: AlignParams | None = None,
    lexicon: Lexicon | None = None,
) -> Alignment:
    """Link the claims of ``left`` and ``right`` that report the same exchange.

    Only ``kind == "claim"`` sentences are linked; a claim without a link is one-sided.
    ``left_topics``/``right_topics`` hold the topics of every sentence (meta lines too).
    ``lexicon``: the built-in one unless given (``load_lexicon(extra=...)`` adds a user's).
    """
    params = params or DEFAULT_PARAMS
    lexicon = lexicon or load_lexicon()
    evidence = gather_evidence([left, right], lexicon)
    lc, rc = _claims(evidence[0]), _claims(evidence[1])
    scores = score_pairs(evidence[0], evidence[1], params, lexicon)
    links = []
    for i, j in select_links(scores.total, params):
        a, b = lc[i], rc[j]
        shared_topics = tuple(t for t in a.topics if t in b.topics)
        terms = _explaining_terms(a, b)
        tier, diff = classify_tier(a.sentence.text, b.sentence.text, a.language, b.language)
        links.append(
            Link(
                left=a.sentence.id,
                right=b.sentence.id,
                score=float(min(1.0, scores.total[i, j])),
                topics=shared_topics,
                terms=terms,
                tier=tier,
                diff=diff,
            )
        )
    alignment_links = tuple(links)
    return Alignment(
        links=alignment_links,
        rows=build_rows(left, right, alignment_links),
        left_topics={e.sentence.id: tuple(e.topics) for e in evidence[0]},
        right_topics={e.sentence.id: tuple(e.topics) for e in evidence[1]},
        method=METHOD,
        params=params.as_dict(),
        lexicon_version=lexicon.version,
    )


def _explaining_terms(a: SentenceEvidence, b: SentenceEvidence) -> tuple[str, ...]:
    """The words that explain a link: surfaces of shared lexicon topics and places or
    organisations on both sides, then shared content words, each once, in the left
    sentence's order; the shared leaders and states only when nothing else is shared."""
    terms: list[str] = []
    right_by_topic = {m.topic: m for m in b.matches}
    names: list[str] = []
    for match in a.matches:
        other = right_by_topic.get(match.topic)
        if other is None:
            continue
        bucket = names if match.kind in ("person", "state") else terms
        for surface in (match.surface, other.surface):
            if surface not in bucket:
                bucket.append(surface)
    shared = set(a.keys) & set(b.keys)
    surfaces = key_surfaces(a.sentence.text, a.language)
    for key in a.keys:
        word = surfaces.get(key, key)
        if key in shared and word not in terms and len(key) > 2:
            terms.append(word)
    if not terms:  # only the leaders or states are shared: say so
        terms = names
    return tuple(terms[:12])


__all__ = ["DEFAULT_PARAMS", "METHOD", "AlignParams", "align", "score_pairs", "select_links", "word_diff"]
