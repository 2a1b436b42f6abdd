"""The topic lexicon (app/text/lexicon/*.toml) and fuzzy topic tagging.

The lexicon is data: topics (what a sentence is about: sanctions, NATO enlargement, grain)
and entities (leaders, states, organisations, places a sentence names), each with labels and
terms per language. ``load_lexicon()`` reads it once (cached); ``tag_topics(text)`` finds the
topics and entities a text mentions; ``tag_texts`` does the same for many texts at once, which
is what the aligner uses.

How a term matches (the same normaliser for terms and texts, see ``align_tokens``):

- Latin and Cyrillic: Snowball stems of the words that are not stop words, joined as n-grams,
  so "sanctions"/"санкций"/"санкциями" all meet their term; then rapidfuzz ``ratio`` over the
  n-grams left unmatched (``process.cdist`` of all of them against the term keys at once) at
  a per-script threshold, for transliterations and stems the stemmer leaves apart
  ("Zelenskyy"/"Zelensky", "Киев"/"Киеве").
- Hangul: the term must start where a word starts ("우크라이나를" meets "우크라이나"); a term
  of one or two syllables must be the whole word or the word less a particle ("이란은", never
  "이란" inside "것이란").
- Han and Kana: the term as a substring (no spaces to rely on).

Invariants: tagging is pure; the same text always gives the same matches in the same order
(lexicon order); every match names a lexicon term of an allowed language.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from app.text.align_tokens import (
    ACRONYM_MARK,
    ALPHABETIC_SCRIPTS,
    JOSA,
    LANGUAGE_SCRIPT,
    SCRIPT_DEFAULT_LANGUAGE,
    Script,
    Token,
    guess_language,
    prepare,
    tokenize,
)

LEXICON_DIR = Path(__file__).with_name("lexicon")

FUZZY_CUTOFF: dict[str, float] = {"latin": 90.0, "cyrillic": 87.0, "arabic": 90.0}
"""Least rapidfuzz ratio for a fuzzy term match, per script. Tuned on the dev readouts and the
tables in tests/text/test_topics.py: at 90 "Zelenskyy"/"Zelensky" and "Kyiv"/"Kyivs" match
while "Iran"/"Iraq" (75) and "South Korea"/"North Korea" (82) do not; Cyrillic endings
survive stemming more often ("Киеве" -> "киев", "Донбассе" -> "донбасс"), so 87 there. Arabic
keys are light stems with their clitics off (``arabic_stem``), so the Latin cut-off serves: it
joins "واسرائيل" to "اسرائيل" (93) and keeps "غزه" from "بغزه" (86), which the clitic
reading of a word handles instead (the Arabic table of tests/text/test_arabic.py)."""

FUZZY_MIN_KEY = 5
"""Term keys shorter than this match exactly only ("UN", "G7", "Iran" must be spelled right)."""

FUZZY_SAME_PREFIX = 2
"""A fuzzy match must begin with the same characters as the term: endings and
transliterations vary at the end of a word, so "constructive" never meets "reconstruction"."""

MAX_FUZZY_NGRAM = 2
"""Only one- and two-word n-grams are matched fuzzily (longer terms are exact-match only)."""

SHORT_HANGUL = 2
"""A Hangul term of at most this many syllables must be a whole word or a word less a particle."""

RELATED_LANGUAGES: dict[str, tuple[str, ...]] = {
    "ru": ("ru", "uk", "en"),
    "uk": ("uk", "ru", "en"),
    "zh": ("zh", "ja", "en"),
    "ja": ("ja", "zh", "en"),
}
"""Term languages tried for a text in a given language (besides its own and English, whose
names and acronyms appear in every language's readouts)."""

_FUZZY_CACHE: dict[tuple[str, str, str], tuple[int, ...]] = {}
"""(lexicon version, script, n-gram) -> fuzzy hits: the words of readouts repeat a lot."""
_FUZZY_CACHE_LIMIT = 400_000

_TAG_CACHE: dict[tuple[str, str, str], tuple[TopicMatch, ...]] = {}
"""(lexicon version, text, language) -> matches: a statement is realigned against others."""
_TAG_CACHE_LIMIT = 100_000


@dataclass(frozen=True, slots=True)
class Topic:
    """One lexicon entry: a topic (``kind == "topic"``) or an entity (person, state, org, place)."""

    id: str
    kind: str
    labels: dict[str, str]
    terms: dict[str, tuple[str, ...]]
    weight: float = 1.0
    state: str | None = None
    """For a person: the state they lead (``"us"`` for Biden), used to tell the actors apart."""
    within: str | None = None
    """For a topic: the broader topic it belongs to (Gaza -> the Middle East)."""

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id


@dataclass(frozen=True, slots=True)
class TopicMatch:
    """A lexicon entry found in a text: which entry, through which term, on which words."""

    topic: str
    term: str
    surface: str
    score: float
    kind: str = "topic"


@dataclass(frozen=True, slots=True)
class _Entry:
    topic_index: int
    term: str
    language: str
    key: str
    size: int
    named: bool = False
    """An entity's term, or a topic term written as a name ("Storm Shadow", "G20", "AUKUS"):
    other Latin-script languages write it the same way."""


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The loaded lexicon with its term indexes; ``version`` names its exact content."""

    topics: tuple[Topic, ...]
    version: str
    entries: tuple[_Entry, ...] = field(repr=False)
    exact: dict[str, tuple[int, ...]] = field(repr=False)
    """Latin/Cyrillic n-gram key -> entry indexes."""
    fuzzy_keys: dict[str, tuple[list[str], list[int]]] = field(repr=False)
    """Script -> (keys, entry indexes) of the Latin/Cyrillic terms that may match fuzzily."""
    hangul: dict[str, tuple[int, ...]] = field(repr=False)
    """First two characters of the first word of a Hangul term key -> entry indexes (a one-syllable
    first word, "윤 대통령", is looked up by that syllable)."""
    cjk: tuple[int, ...] = field(repr=False)
    """Entry indexes of Han/Kana terms (substring match)."""
    max_ngram: int = 4
    multiword_starts: Mapping[str, int] = field(default_factory=dict)
    """First word key of each multi-word Latin/Cyrillic term -> the most words of a term that
    begins with it (longer n-grams start only there, and only that long)."""
    fuzzy_by_prefix: dict[tuple[str, str], tuple[list[str], list[int]]] = field(
        default_factory=dict, repr=False
    )
    """(script, first characters) -> (keys, entry indexes) of the terms that may match fuzzily."""
    languages: frozenset[str] = frozenset()
    """The languages the lexicon has terms in."""
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]] = field(default_factory=dict, repr=False)
    """First word key -> (every word key, entry index) of the Latin/Cyrillic masks that hold a
    function word ("called for"): matched word for word, function words included."""

    def get(self, topic_id: str) -> Topic | None:
        return self._by_id().get(topic_id)

    def _by_id(self) -> dict[str, Topic]:
        return _index_by_id(self)

    def topic_ids(self) -> tuple[str, ...]:
        """Ids of the subjects (not the entities), in lexicon order."""
        return tuple(t.id for t in self.topics if t.kind == "topic")

    def broader(self) -> dict[str, str]:
        """Topic id -> the id of the broader topic it lies ``within`` (built once per lexicon)."""
        return _broader(self)

    def specific_topics(self) -> frozenset[str]:
        """Ids of the subjects at full weight (not broad frames such as "relations")."""
        return _specific_topics(self)


@cache
def _index_by_id(lexicon: Lexicon) -> dict[str, Topic]:
    return {t.id: t for t in lexicon.topics}


@cache
def _broader(lexicon: Lexicon) -> dict[str, str]:
    return {t.id: t.within for t in lexicon.topics if t.within}


@cache
def _specific_topics(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(t.id for t in lexicon.topics if t.kind == "topic" and t.weight >= 1.0)


_KEYED_SCRIPTS: frozenset[Script] = ALPHABETIC_SCRIPTS | {"digit"}
"""Scripts whose words are matched as keyed n-grams (a number joins the words around it)."""


def _latin_key(tokens: Sequence[Token]) -> tuple[str, int]:
    keys = [token_key(t) for t in tokens if not t.stop and t.script in _KEYED_SCRIPTS]
    return " ".join(keys), len(keys)


def _gram_script(script: Script) -> Script:
    """The fuzzy index an n-gram is looked up in: its first word's script (a number: Latin)."""
    return script if script in ALPHABETIC_SCRIPTS else "latin"


def token_key(token: Token) -> str:
    """The key a Latin/Cyrillic/Arabic/digit token is matched by (short acronyms marked)."""
    if token.acronym and len(token.surface) <= 3:
        return ACRONYM_MARK + token.key
    return token.key


def _hangul_key(term: str, language: str) -> str:
    return " ".join(t.surface.lower() for t in tokenize(term, language))


def _script_of_term(term: str) -> str:
    from app.text.align_tokens import script_of

    scripts = {script_of(c) for c in term}
    if "hangul" in scripts:
        return "hangul"
    if scripts & {"han", "kana"}:
        return "cjk"
    if "arabic" in scripts:
        return "arabic"
    return "cyrillic" if "cyrillic" in scripts else "latin"


class LexiconError(ValueError):
    """A lexicon file that cannot be read (bad TOML, an entry without id or terms)."""


def _read_files(directory: Path) -> tuple[list[Topic], str]:
    topics: list[Topic] = []
    digest = hashlib.sha256()
    versions = []
    for path in sorted(directory.glob("*.toml")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            data = tomllib.loads(raw.decode("utf-8"))
            versions.append(str(data.get("meta", {}).get("version", "0")))
            for kind_key in ("topic", "entity", "mask"):
                topics.extend(_entry(item, kind_key) for item in data.get(kind_key, []))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"lexicon file {path}: {exc}") from exc
    version = f"{max(versions, default='0')}+{digest.hexdigest()[:12]}"
    return topics, version


def build_lexicon(topics: Sequence[Topic], version: str) -> Lexicon:
    """Index a list of topics for matching (used by ``load_lexicon`` and by callers that add
    topics of their own)."""
    entries: list[_Entry] = []
    exact: dict[str, list[int]] = {}
    fuzzy: dict[str, tuple[list[str], list[int]]] = {script: ([], []) for script in ALPHABETIC_SCRIPTS}
    hangul: dict[str, list[int]] = {}
    cjk: list[int] = []
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    max_ngram = 1
    for topic_index, topic in enumerate(topics):
        for language, terms in topic.terms.items():
            for term in terms:
                script = _script_of_term(term)
                if script == "hangul":
                    key = _hangul_key(term, language)
                    if len(key) < 2:
                        continue
                    entries.append(_Entry(topic_index, term, language, key, key.count(" ") + 1))
                    hangul.setdefault(key.split(" ", 1)[0][:2], []).append(len(entries) - 1)
                elif script == "cjk":
                    key = prepare(term).lower()
                    if len(key) < 2:
                        continue
                    entries.append(_Entry(topic_index, term, language, key, 1))
                    cjk.append(len(entries) - 1)
                else:
                    words = tokenize(term, language)
                    if topic.kind == "mask" and len(words) > 1 and any(t.stop for t in words):
                        entries.append(_Entry(topic_index, term, language, term, len(words)))
                        sequence = tuple(t.key for t in words)
                        phrases.setdefault(sequence[0], []).append((sequence, len(entries) - 1))
                        continue
                    key, size = _latin_key(words)
                    if not key:
                        continue
                    named = topic.kind not in ("topic", "mask") or all(
                        word[:1].isupper() or word[:1].isdigit() for word in term.split()
                    )
                    entries.append(_Entry(topic_index, term, language, key, size, named))
                    exact.setdefault(key, []).append(len(entries) - 1)
                    max_ngram = max(max_ngram, size)
                    if size <= MAX_FUZZY_NGRAM and len(key) >= FUZZY_MIN_KEY:
                        fuzzy[script][0].append(key)
                        fuzzy[script][1].append(len(entries) - 1)
    return Lexicon(
        topics=tuple(topics),
        version=version,
        entries=tuple(entries),
        exact={k: tuple(v) for k, v in exact.items()},
        fuzzy_keys=fuzzy,
        hangul={k: tuple(v) for k, v in hangul.items()},
        cjk=tuple(cjk),
        max_ngram=min(max_ngram, 6),
        multiword_starts=_multiword_starts(entries),
        fuzzy_by_prefix=_group_by_prefix(fuzzy, entries),
        languages=frozenset(e.language for e in entries),
        phrases={first: tuple(found) for first, found in phrases.items()},
    )


def _multiword_starts(entries: Sequence[_Entry]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for entry in entries:
        if entry.size > 1 and " " in entry.key:
            first = entry.key.split(" ", 1)[0]
            starts[first] = max(starts.get(first, 1), entry.size)
    return starts


def _group_by_prefix(
    fuzzy: dict[str, tuple[list[str], list[int]]], entries: Sequence[_Entry]
) -> dict[tuple[str, str], tuple[list[str], list[int]]]:
    groups: dict[tuple[str, str], tuple[list[str], list[int]]] = {}
    for script, (keys, indexes) in fuzzy.items():
        for key, e in zip(keys, indexes, strict=True):
            group = groups.setdefault((script, key[:FUZZY_SAME_PREFIX]), ([], []))
            group[0].append(key)
            group[1].append(e)
    return groups


def _entry(item: dict[str, Any], kind_key: str) -> Topic:
    terms = {lang: tuple(str(t) for t in values) for lang, values in item["terms"].items()}
    if not any(terms.values()):
        raise ValueError(f"entry {item['id']!r} has no terms")
    return Topic(
        id=str(item["id"]),
        kind=kind_key if kind_key in ("topic", "mask") else str(item.get("kind", "entity")),
        labels={k: str(v) for k, v in item.get("label", {}).items()},
        terms=terms,
        weight=float(item.get("weight", 1.0)),
        state=item.get("state"),
        within=item.get("within"),
    )


@cache
def load_lexicon(directory: Path = LEXICON_DIR, extra: Path | None = None) -> Lexicon:
    """Read and index every ``*.toml`` of the lexicon folder (once per folder: cached).

    ``extra``: a folder of the user's own ``*.toml`` files in the same format: an entry with a
    new id is added, one with a built-in id replaces it (to fix its terms or weight).

    ``version`` is the highest ``[meta] version`` of the files plus a hash of their bytes (and
    of the user's files, after "+user."), so an alignment run records exactly which lexicon
    explained it. Raises ``LexiconError`` for a file that cannot be read.
    """
    topics, version = _read_files(directory)
    if extra is not None:
        if not extra.is_dir():
            raise LexiconError(f"lexicon folder {extra} does not exist")
        own, own_version = _read_files(extra)
        position = {t.id: i for i, t in enumerate(topics)}
        for topic in own:
            if topic.id in position:
                topics[position[topic.id]] = topic
            else:
                position[topic.id] = len(topics)
                topics.append(topic)
        version = f"{version}+user.{own_version.rsplit('+', 1)[-1]}"
    ids = {t.id for t in topics}
    for topic in topics:
        if topic.within is not None and topic.within not in ids:
            raise LexiconError(f"topic {topic.id!r} is within {topic.within!r}, which no entry has as its id")
    return build_lexicon(topics, version)


def _allowed(language: str) -> frozenset[str] | None:
    if language in RELATED_LANGUAGES:
        return frozenset(RELATED_LANGUAGES[language])
    if language in LANGUAGE_SCRIPT:
        return frozenset((language, "en"))
    return None  # unknown language: every term may match


def fallback_language(language: str, lexicon: Lexicon) -> str:
    """For a text in a language the lexicon has no terms in, the language of its script whose
    terms it is matched against (English for Latin, Russian for Cyrillic); else the language.

    Such a text is tagged twice, keyed by its own stemmer and by the fallback's, and the
    matches are merged: its own stemmer meets cognates by their stems ("cooperación" ->
    "cooper"), the fallback's leaves names as the terms have them ("Biden", where the
    Spanish stemmer gives "bid")."""
    if language in lexicon.languages or language not in LANGUAGE_SCRIPT:
        return language
    return SCRIPT_DEFAULT_LANGUAGE.get(LANGUAGE_SCRIPT[language], language)


def _merge_matches(
    first: tuple[TopicMatch, ...], second: tuple[TopicMatch, ...], lexicon: Lexicon
) -> tuple[TopicMatch, ...]:
    """Both match lists as one, one match per entry (the first list's where both have it), in
    lexicon order."""
    order = {t.id: i for i, t in enumerate(lexicon.topics)}
    merged = {m.topic: m for m in second}
    merged.update({m.topic: m for m in first})
    return tuple(sorted(merged.values(), key=lambda m: order.get(m.topic, len(order))))


def _latin_ngrams(
    tokens: Sequence[Token], max_n: int, starts: Mapping[str, int] | None = None, *, clitic: bool = False
) -> list[tuple[str, int, int, int]]:
    """(key, size, first token, last token + 1) for each n-gram of content Latin, Cyrillic or
    Arabic words.

    A token of another script or a sentence-internal break ends a run; stop words are skipped
    (so "support of Ukraine" meets "support Ukraine"). With ``starts``, n-grams of two words
    or more begin only at a word that begins some multi-word term, and are no longer than the
    longest such term (the rest cannot match). ``clitic``: only the n-grams that begin with an
    Arabic word read as a bare clitic plus a word ("بغزة" as "غزة"), keyed so."""
    grams: list[tuple[str, int, int, int]] = []
    run: list[tuple[str, int, str]] = []

    def flush() -> None:
        for i, (own, at, bare) in enumerate(run):
            key = bare if clitic else own
            if not key:
                continue
            grams.append((key, 1, at, at + 1))
            top = max_n if starts is None else min(max_n, starts.get(key, 1))
            for n, (word, last, _) in enumerate(run[i + 1 : i + top], start=2):
                key = f"{key} {word}"
                grams.append((key, n, at, last + 1))
        run.clear()

    for index, token in enumerate(tokens):
        if token.script not in _KEYED_SCRIPTS:
            flush()
        elif not token.stop:
            run.append((token_key(token), index, token.clitic_key))
    flush()
    return grams


def _fuzzy_lookup(lexicon: Lexicon, script: str, queries: list[str]) -> dict[str, tuple[int, ...]]:
    """Entry indexes for each query n-gram by rapidfuzz ratio: one cdist per group of queries
    sharing their first characters, against the terms that start the same way."""
    found: dict[str, tuple[int, ...]] = {}
    missing = []
    for q in queries:
        cached = _FUZZY_CACHE.get((lexicon.version, script, q))
        if cached is None:
            missing.append(q)
        else:
            found[q] = cached
    if len(_FUZZY_CACHE) > _FUZZY_CACHE_LIMIT:
        _FUZZY_CACHE.clear()
    by_prefix: dict[str, list[str]] = {}
    for q in missing:
        by_prefix.setdefault(q[:FUZZY_SAME_PREFIX], []).append(q)
    cutoff = FUZZY_CUTOFF[script]
    for prefix, group in by_prefix.items():
        keys, indexes = lexicon.fuzzy_by_prefix.get((script, prefix), ([], []))
        hits_by_query: list[tuple[int, ...]] = [() for _ in group]
        if keys:
            scores = process.cdist(
                group, keys, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8, workers=1
            )
            for row, q in enumerate(group):
                size = q.count(" ") + 1
                hits_by_query[row] = tuple(
                    indexes[c]
                    for c in np.flatnonzero(scores[row])
                    if lexicon.entries[indexes[c]].size == size
                    and (size == 1 or _words_agree(q, lexicon.entries[indexes[c]].key, cutoff))
                )
        for q, hits in zip(group, hits_by_query, strict=True):
            _FUZZY_CACHE[(lexicon.version, script, q)] = hits
            found[q] = hits
    return found


def _words_agree(query: str, key: str, cutoff: float) -> bool:
    """Does every word of a multi-word n-gram match the term's word in its place? A short word
    must be equal (or begin the other), a longer one within ``cutoff``: "President Yoon" is not
    "President Moon", though the two-word strings are 93% alike."""
    for a, b in zip(query.split(" "), key.split(" "), strict=False):
        if a == b or a.startswith(b) or b.startswith(a):
            continue  # an ending the stemmer left: "миле"/"милей"
        if min(len(a), len(b)) < FUZZY_MIN_KEY or fuzz.ratio(a, b) < cutoff:
            return False
    return True


def _hangul_matches(lexicon: Lexicon, tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
    """(entry, first token, last token + 1) for Hangul-script terms starting at a word start."""
    hits: list[tuple[int, int, int]] = []
    lowered = [t.surface.lower() for t in tokens]
    for p in range(len(tokens)):
        head = lowered[p][:2]
        candidates = lexicon.hangul.get(head)
        if not candidates:
            continue
        for e in candidates:
            entry = lexicon.entries[e]
            window = " ".join(lowered[p : p + entry.size])
            if not window.startswith(entry.key):
                continue
            last_word = entry.key.rsplit(" ", 1)[-1]
            rest = window[len(entry.key) :]
            if len(last_word) <= SHORT_HANGUL and rest and rest not in JOSA:
                continue
            hits.append((e, p, p + entry.size))
    return hits


def _select(
    lexicon: Lexicon,
    found: list[tuple[int, str, int, int, float]],
    allowed: frozenset[str] | None,
    tokens: Sequence[Token],
    text: str,
) -> tuple[TopicMatch, ...]:
    """One match per lexicon entry (the best-scored, then longest term), in lexicon order.

    A topic match lying strictly inside a longer match is dropped: "cooperation" inside
    "Organization for Security and Cooperation in Europe" is not a topic of its own, nor
    "무기" inside "공격적 타격 무기". Entities are kept (the name inside a longer name still
    names them). Mask entries (``[[mask]]`` in the lexicon: idioms such as "held hostage to",
    "international humanitarian law") only hide the topic words inside them and are not
    returned. A one-word mask hides the word itself when the text has exactly its form:
    "related" and "relatively" share the stem of "relations", but are no relations."""
    found = [f for f in found if allowed is None or lexicon.entries[f[0]].language in allowed]
    spans = {(unit, start, end) for _, unit, start, end, _ in found}
    words_masked = {
        start
        for e, unit, start, end, _ in found
        if unit == "token"
        and end - start == 1
        and lexicon.topics[lexicon.entries[e].topic_index].kind == "mask"
        and tokens[start].surface.lower() == lexicon.entries[e].term.lower()
    }
    best: dict[int, tuple[tuple[float, int], TopicMatch]] = {}
    for e, unit, start, end, score in found:
        entry = lexicon.entries[e]
        topic = lexicon.topics[entry.topic_index]
        if topic.kind == "mask" or (
            topic.kind == "topic"
            and (
                (unit == "token" and end - start == 1 and start in words_masked)
                or any(u == unit and s <= start and end <= t and (t - s) > (end - start) for u, s, t in spans)
            )
        ):
            continue
        surface = (
            " ".join(t.surface for t in tokens[start:end])
            if unit == "token"
            else text_slice(text, start, end)
        )
        rank = (score, len(entry.key))
        current = best.get(entry.topic_index)
        if current is None or rank > current[0]:
            best[entry.topic_index] = (rank, TopicMatch(topic.id, entry.term, surface, score, topic.kind))
    return tuple(best[i][1] for i in sorted(best))


def text_slice(text: str, start: int, end: int) -> str:
    return prepare(text).lower()[start:end]


def tag_texts(
    texts: Sequence[str],
    languages: Sequence[str | None] | None = None,
    *,
    lexicon: Lexicon | None = None,
) -> list[tuple[TopicMatch, ...]]:
    """Topic and entity matches for each text (one tuple per text, lexicon order, one match
    per lexicon entry: the longest term that matched).

    Fuzzy matching runs once for all texts (one ``cdist`` per script over the unique
    n-grams that no term matched exactly), so tagging a thousand sentences costs about as
    much as the distinct words they use.
    """
    lexicon = lexicon or load_lexicon()
    langs = [
        lang or guess_language(text)
        for text, lang in zip(texts, languages or [None] * len(texts), strict=True)
    ]
    results: list[tuple[TopicMatch, ...] | None] = [
        _TAG_CACHE.get((lexicon.version, text, lang)) for text, lang in zip(texts, langs, strict=True)
    ]
    missing = [i for i, r in enumerate(results) if r is None]
    if missing:
        fresh = _tag_uncached([texts[i] for i in missing], [langs[i] for i in missing], lexicon)
        # texts in a language without terms: tagged again, keyed by their script's fallback
        by_fallback: dict[str, list[int]] = {}
        for k, i in enumerate(missing):
            fallback = fallback_language(langs[i], lexicon)
            if fallback != langs[i]:
                by_fallback.setdefault(fallback, []).append(k)
        for stem_as, group in sorted(by_fallback.items()):
            again = _tag_uncached(
                [texts[missing[k]] for k in group], [langs[missing[k]] for k in group], lexicon, stem_as
            )
            for k, extra in zip(group, again, strict=True):
                fresh[k] = _merge_matches(fresh[k], extra, lexicon)
        if len(_TAG_CACHE) > _TAG_CACHE_LIMIT:
            _TAG_CACHE.clear()
        for i, matches in zip(missing, fresh, strict=True):
            results[i] = matches
            _TAG_CACHE[(lexicon.version, texts[i], langs[i])] = matches
    return [r if r is not None else () for r in results]


def _gram_matches(
    grams: Sequence[tuple[str, int, int, int]],
    tokens: Sequence[Token],
    lexicon: Lexicon,
    fuzzy: Mapping[str, Mapping[str, tuple[int, ...]]],
    fuzzy_languages: set[str] | None,
) -> list[tuple[int, str, int, int, float]]:
    """(entry, unit, start, end, score) of the terms that the n-grams meet, exactly or fuzzily."""
    found: list[tuple[int, str, int, int, float]] = []
    for key, _size, first, end in grams:
        for e in lexicon.exact.get(key, ()):
            found.append((e, "token", first, end, 100.0))
        for e in fuzzy.get(_gram_script(tokens[first].script), {}).get(key, ()):
            if fuzzy_languages is not None and lexicon.entries[e].language not in fuzzy_languages:
                continue  # another language's term near a word of this one: a false friend
            found.append((e, "token", first, end, float(fuzz.ratio(key, lexicon.entries[e].key))))
    return found


def _tag_uncached(
    texts: Sequence[str], langs: Sequence[str], lexicon: Lexicon, stem_as: str | None = None
) -> list[tuple[TopicMatch, ...]]:
    tokenized = [tokenize(text, stem_as or lang) for text, lang in zip(texts, langs, strict=True)]
    grams = [_latin_ngrams(tokens, lexicon.max_ngram, lexicon.multiword_starts) for tokens in tokenized]
    clitic_grams = [
        _latin_ngrams(tokens, lexicon.max_ngram, lexicon.multiword_starts, clitic=True)
        if any(t.clitic_key for t in tokens)
        else []
        for tokens in tokenized
    ]

    pending: dict[str, set[str]] = {script: set() for script in ALPHABETIC_SCRIPTS}
    for tokens, text_grams, text_clitic_grams in zip(tokenized, grams, clitic_grams, strict=True):
        for key, size, first, _ in (*text_grams, *text_clitic_grams):
            if key in lexicon.exact or size > MAX_FUZZY_NGRAM or len(key) < FUZZY_MIN_KEY:
                continue
            pending[_gram_script(tokens[first].script)].add(key)
    fuzzy = {script: _fuzzy_lookup(lexicon, script, sorted(q)) for script, q in pending.items() if q}

    results: list[tuple[TopicMatch, ...]] = []
    for text, lang, tokens, text_grams, text_clitic_grams in zip(
        texts, langs, tokenized, grams, clitic_grams, strict=True
    ):
        allowed = _allowed(lang)
        # a language with terms of its own matches other languages' terms exactly only
        # (Portuguese "exortou" is not "exports"); one without terms matches them fuzzily
        fuzzy_languages = {lang} if lang in lexicon.languages else None
        found = _gram_matches(text_grams, tokens, lexicon, fuzzy, fuzzy_languages)
        if text_clitic_grams:
            # an Arabic word read as a bare clitic plus a word, only where the word as it
            # stands meets no term: "بغزة" is Gaza, "بكين" stays Beijing
            taken = {first for _, _, first, _, _ in found}
            free = [gram for gram in text_clitic_grams if gram[2] not in taken]
            found += _gram_matches(free, tokens, lexicon, fuzzy, fuzzy_languages)
        for e, first, end in _phrase_matches(lexicon, tokens):
            found.append((e, "token", first, end, 100.0))
        for e, first, end in _hangul_matches(lexicon, tokens):
            found.append((e, "token", first, end, 100.0))
        if lexicon.cjk and any(t.script in ("han", "kana") for t in tokens):
            lowered = prepare(text).lower()
            for e in lexicon.cjk:
                at = lowered.find(lexicon.entries[e].key)
                if at >= 0:
                    found.append((e, "char", at, at + len(lexicon.entries[e].key), 100.0))
        if fuzzy_languages is not None and lang != "en" and LANGUAGE_SCRIPT.get(lang) == "latin":
            # its own topic terms stand for it: English stems collide with its words
            # (Italian "stabilire" -> "stabil", "stability"); English names still count
            found = [
                f for f in found if lexicon.entries[f[0]].language != "en" or lexicon.entries[f[0]].named
            ]
        results.append(_select(lexicon, found, allowed, tokens, text))
    return results


def _phrase_matches(lexicon: Lexicon, tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
    """(entry, first token, last token + 1) of each phrase mask found word for word."""
    if not lexicon.phrases:
        return
    for first, token in enumerate(tokens):
        for sequence, e in lexicon.phrases.get(token.key, ()):
            end = first + len(sequence)
            if end > len(tokens):
                continue
            if all(t.key == k for t, k in zip(tokens[first:end], sequence, strict=True)):
                yield e, first, end


def tag_topics(
    text: str,
    *,
    language: str | None = None,
    lexicon: Lexicon | None = None,
    kinds: Iterable[str] = ("topic",),
) -> tuple[TopicMatch, ...]:
    """The lexicon topics (by default; entities with ``kinds``) that ``text`` mentions.

    >>> [m.topic for m in tag_topics("Biden warned of severe sanctions over Ukraine")]
    ['ukraine', 'sanctions']
    >>> [m.topic for m in tag_topics("정보 보안에 대한 의견을 교환", language="ko")]
    ['cyber']
    """
    wanted = frozenset(kinds)
    matches = tag_texts([text], [language], lexicon=lexicon)[0]
    return tuple(m for m in matches if m.kind in wanted or ("entity" in wanted and m.kind != "topic"))
