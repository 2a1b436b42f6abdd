"""Language detection and lemmatisation: the normalised tokens every matcher works on.

``detect_language`` guesses an ISO 639-1 code from the script and a handful of very
frequent words; ``lemmatize`` turns a piece of text into the content tokens used for
matching (lemmas or stems, stop words dropped, numbers normalised).

Heavy analysers (Kiwi, pymorphy3, Snowball stemmers) are created lazily, once, on first
use — importing this module is cheap and never touches a model file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from app.text.lang.stopwords import STOP_WORDS

if TYPE_CHECKING:  # pragma: no cover - typing only
    from kiwipiepy import Kiwi

UNDETERMINED = "und"

# A Hangul syllable carries two or three letters' worth of text, a Han character about
# two: weigh them so that a Korean sentence with an English name in it stays Korean.
# (Tuned on the Korean seed: "Joseph R. Biden, Jr.는 오늘 …" must come out "ko".)
HANGUL_WEIGHT = 2.5
HAN_WEIGHT = 2.0
KANA_WEIGHT = 2.0

# Fewer letters than this and a sentence's own script counts are too thin to trust;
# ``segment`` then falls back on the paragraph's or the document's language.
MIN_LETTERS_FOR_DETECTION = 12

_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_BELARUSIAN_LETTERS = frozenset("ўЎ")


def _words(spaced: str) -> list[str]:
    """The words of a whitespace-separated word list."""
    return spaced.split()


_CYRILLIC_HINT_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset(_words("и в не на что с по как это он она был была были его для от к из у же так мы")),
    "uk": frozenset(_words("і в не на що з по як це він вона був була його для від до із у та ми")),
    "bg": frozenset(_words("и в не на че с по как това той тя беше за от към из")),
}
_LATIN_HINT_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(_words("the and of to in is that for on with was as by at from this are be it has have")),
    "fr": frozenset(_words("le la les et de des du un une est que pour dans sur avec au aux par ce qui")),
    "de": frozenset(_words("der die das und ist nicht mit den dem des ein eine zu im auf für von sich")),
    "es": frozenset(_words("el la los las y de del que en un una es por con para se al su")),
    "it": frozenset(_words("il lo la gli le e di del che in un una è per con non si al della")),
    "pt": frozenset(_words("o a os as e de do da que em um uma é para com não se ao dos das")),
    "nl": frozenset(_words("de het een en van is dat op te in met voor niet zijn aan")),
    "pl": frozenset(_words("i w nie na się z że do to jest o jak po od przez")),
    "tr": frozenset(_words("ve bir bu ile için olarak da de daha çok gibi olan ayrıca ise ilgili")),
    "id": frozenset(_words("dan yang di dengan untuk dari ini itu pada dalam tidak akan juga kedua bertemu")),
}
# Vietnamese is told by its letters first; these words then decide against English text
# that only names Vietnamese people and places ("Nguyễn Phú Trọng in Hà Nội").
_VIETNAMESE_HINT_WORDS = frozenset(
    _words("và của các với được những trong cho là có không này đã về một hai")
)

_TURKISH_LETTERS = frozenset("ıİğĞşŞ")
# ơ, ư, đ and the letters with a tone mark stacked on a vowel (Latin Extended Additional)
_VIETNAMESE_LETTER_RE = re.compile("[ơƠưƯđĐ\u1ea0-\u1ef9]")

# ISO 639-1 -> PyStemmer (Snowball) algorithm name.
_SNOWBALL: dict[str, str] = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "fi": "finnish",
    "hu": "hungarian",
    "ro": "romanian",
    "tr": "turkish",
    "pl": "polish",
    "cs": "czech",
    "el": "greek",
    "ar": "arabic",
    "ca": "catalan",
    "lt": "lithuanian",
    "ga": "irish",
    "id": "indonesian",
    "sr": "serbian",
    "et": "estonian",
    "eu": "basque",
    "hy": "armenian",
    "hi": "hindi",
    "ne": "nepali",
    "fa": "persian",
    "ta": "tamil",
}

_WORD_RE = re.compile(r"\w+", re.UNICODE)


_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_KANA = "\u3040-\u30ff\u31f0-\u31ff"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"
_LETTER = r"(?=[^\W\d_])"
# Letters per script bucket, counted by the regex engine (a Python loop over characters
# was most of the segmentation time).
_SCRIPT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hangul", re.compile(f"[{_HANGUL}]")),
    ("kana", re.compile(f"[{_KANA}]")),
    ("han", re.compile(f"[{_HAN}]")),
    ("cyrillic", re.compile(_LETTER + "[\u0400-\u052f]")),
    ("latin", re.compile(_LETTER + "[\u0000-\u024f\u1e00-\u1eff]")),
    ("greek", re.compile(_LETTER + "[\u0370-\u03ff]")),
    ("hebrew", re.compile(_LETTER + "[\u0590-\u05ff]")),
    ("arabic", re.compile(_LETTER + "[\u0600-\u06ff]")),
    (
        "other",
        re.compile(
            _LETTER
            + f"[^\u0000-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u052f\u0590-\u06ff{_HANGUL}{_KANA}{_HAN}]"
        ),
    ),
)
_CJK_RE = re.compile(f"[{_KANA}{_HAN}]")
_CJK_OR_HANGUL_RE = re.compile(f"[{_KANA}{_HAN}{_HANGUL}]")
_CYRILLIC_RE = re.compile("[\u0400-\u052f]")


def script_profile(text: str) -> Counter[str]:
    """Count the letters of ``text`` per script bucket (hangul, han, kana, latin, cyrillic …)."""
    counts: Counter[str] = Counter()
    for name, pattern in _SCRIPT_RES:
        n = len(pattern.findall(text))
        if n:
            counts[name] = n
    return counts


def _hint_hits(words: list[str], hints: frozenset[str]) -> int:
    """How many of ``words`` (lower-cased) are frequent words of a language."""
    return sum(1 for w in words if w in hints)


def _best_by_hint_words(text: str, table: dict[str, frozenset[str]], default: str) -> str:
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if not words:
        return default
    best, best_hits = default, 0
    for code, hints in table.items():
        hits = _hint_hits(words, hints)
        if hits > best_hits:
            best, best_hits = code, hits
    return best


_LETTER_DECIDED = frozenset(("tr", "uk", "be", "vi"))
"""Languages told apart by their letters, which are evidence enough on their own."""
SWITCH_LEAD = 2
"""How many more frequent words of its own a passage needs before it leaves the language of
the document it sits in for another of the same script."""


def leaves_document_language(text: str, found: str, document: str) -> bool:
    """Is ``found`` (detected for a passage of a ``document``-language text) trustworthy?

    A short paragraph of an English readout ("Yang Jiechi met Blinken in Alaska.") holds
    Dutch "met" and "in" but only one English frequent word: on so little, the document's
    language is the better guess. A passage switches between two languages of one script, told
    apart by frequent words, only when it has ``SWITCH_LEAD`` more of the new one's.
    """
    if found == document or found in _LETTER_DECIDED:
        return True
    for table in (_LATIN_HINT_WORDS, _CYRILLIC_HINT_WORDS):
        if found in table and document in table:
            words = [w.lower() for w in _WORD_RE.findall(text)]
            return _hint_hits(words, table[found]) - _hint_hits(words, table[document]) >= SWITCH_LEAD
    return True


DETECTABLE_LANGUAGES = frozenset(_words("ko ja zh ru uk be bg en fr de es it pt nl pl tr vi id el he ar und"))
"""Every code ``detect_language`` may return."""


def detect_language(text: str) -> str:
    """Guess the ISO 639-1 code of ``text``.

    Invariants: never raises; returns ``"und"`` when the text holds no letters; the
    result is one of ``DETECTABLE_LANGUAGES``. Latin text without any known frequent word is
    reported as ``"en"`` (the generic Latin path)."""
    return language_of_profile(text, script_profile(text))


def language_of_profile(text: str, counts: Counter[str]) -> str:
    """``detect_language`` for a text whose ``script_profile`` is already known."""
    if not counts:
        return UNDETERMINED
    weighted = {
        "hangul": counts["hangul"] * HANGUL_WEIGHT,
        "han": counts["han"] * HAN_WEIGHT,
        "kana": counts["kana"] * KANA_WEIGHT,
        "latin": float(counts["latin"]),
        "cyrillic": float(counts["cyrillic"]),
        "greek": float(counts["greek"]),
        "hebrew": float(counts["hebrew"]),
        "arabic": float(counts["arabic"]),
        "other": float(counts["other"]),
    }
    # Han characters count towards Japanese when kana are present, else Chinese.
    if counts["kana"]:
        weighted["kana"] += weighted["han"]
        weighted["han"] = 0.0
    top = max(weighted, key=lambda k: weighted[k])
    if top == "hangul":
        return "ko"
    if top == "kana":
        return "ja"
    if top == "han":
        return "zh"
    if top == "cyrillic":
        if any(ch in _UKRAINIAN_LETTERS for ch in text):
            return "uk"
        if any(ch in _BELARUSIAN_LETTERS for ch in text):
            return "be"
        return _best_by_hint_words(text, _CYRILLIC_HINT_WORDS, "ru")
    if top == "latin":
        turkish = sum(1 for ch in text if ch in _TURKISH_LETTERS)
        if turkish >= 2 and turkish >= 0.01 * counts["latin"]:
            return "tr"  # dotless ı, ğ, ş throughout (not just in a name like "Erdoğan")
        vietnamese = len(_VIETNAMESE_LETTER_RE.findall(text))
        if vietnamese >= 3 and vietnamese >= 0.03 * counts["latin"]:
            # "Hai nhà lãnh đạo …": Vietnamese function words outnumber English ones
            english_or_vietnamese = {"en": _LATIN_HINT_WORDS["en"], "vi": _VIETNAMESE_HINT_WORDS}
            if _best_by_hint_words(text, english_or_vietnamese, "en") == "vi":
                return "vi"
        return _best_by_hint_words(text, _LATIN_HINT_WORDS, "en")
    if top == "greek":
        return "el"
    if top == "hebrew":
        return "he"
    if top == "arabic":
        return "ar"
    return UNDETERMINED


# --------------------------------------------------------------------------- numbers

_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def normalise_number(token: str) -> str:
    """Canonical form of a number token: thousands separators dropped, decimal comma -> dot.

    ``"12,400"`` -> ``"12400"``, ``"12,4"`` -> ``"12.4"``, ``"1.1"`` -> ``"1.1"``, ``"007"`` -> ``"7"``.
    """
    t = token.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    t = t.replace(",", "") if _THOUSANDS_RE.match(t) else t.replace(",", ".")
    if t.count(".") > 1:  # 1.234.567 style thousands
        t = t.replace(".", "")
    if "." in t:
        whole, _, frac = t.partition(".")
        whole = whole.lstrip("0") or "0"
        frac = frac.rstrip("0")
        return f"{whole}.{frac}" if frac else whole
    return t.lstrip("0") or "0"


# --------------------------------------------------------------------------- analysers


@cache
def kiwi() -> Kiwi:
    """The shared Kiwi analyser (loaded on first use, about 1.5 s)."""
    from kiwipiepy import Kiwi

    return Kiwi()


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def _stemmer(algorithm: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer(algorithm)


@lru_cache(maxsize=200_000)
def _ru_normal_form(word: str) -> str:
    try:
        return str(_morph().parse(word)[0].normal_form)
    except ValueError:  # pymorphy3 asks unicodedata.name(), which has none for some letters
        return word


# --------------------------------------------------------------------------- tokenisers

# Letters with inner apostrophes/hyphens kept together; numbers with inner . or , kept.
_LATIN_TOKEN_RE = re.compile(
    r"(?P<acro>(?:[A-Z]\.){2,})"  # U.S., U.K., U.N.
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)",
    re.UNICODE,
)

_KO_KEEP_TAGS = frozenset({"NNG", "NNP", "NR", "SL", "SH", "XR", "VV", "VA"})
_KO_DATE_UNITS = frozenset({"년", "월", "일", "시", "분", "차"})
_KO_STOP = STOP_WORDS["ko"]


# A Latin abbreviation's full stop glued to a Korean particle ("Jr.는") derails Kiwi
# ("늘" + "오늘" from "Jr.는 오늘"); without the stop it reads "Jr" + "는".
_KO_GLUED_ABBREVIATION_RE = re.compile(r"(?<=[A-Za-z])\.(?=[가-힣])")


def _prepare_korean(text: str) -> str:
    return _KO_GLUED_ABBREVIATION_RE.sub("", text)


def _lemmatize_korean(text: str) -> tuple[str, ...]:
    return _korean_lemmas(kiwi().tokenize(_prepare_korean(text)))


def _korean_lemmas(tokens: Iterable[Any]) -> tuple[str, ...]:
    """Content morphemes of a Kiwi token list (see ``lemmatize``)."""
    out: list[str] = []
    for tok in tokens:
        tag = str(tok.tag)
        form = str(tok.form)
        if tag == "SN":
            out.append(normalise_number(form))
            continue
        if tag == "NNB":
            # bound nouns: keep units of measure ("달러"), drop date units and fillers ("것", "수")
            if form not in _KO_DATE_UNITS and form not in _KO_STOP and len(form) > 1:
                out.append(form)
            continue
        if tag.startswith("VV") or tag.startswith("VA"):
            tag = tag[:2]
        if tag not in _KO_KEEP_TAGS:
            continue
        if tag == "SL":
            word = "".join(c for c in form if c.isalnum()).lower()
            if len(word) >= 2:
                out.append(word)
            continue
        if form in _KO_STOP:
            continue
        out.append(form)
    return tuple(out)


def _latin_like_tokens(text: str) -> list[tuple[str, bool]]:
    """(token, protected) pairs: protected tokens are acronyms and numbers, never stemmed or stopped."""
    out: list[tuple[str, bool]] = []
    for m in _LATIN_TOKEN_RE.finditer(text):
        if m.group("acro"):
            out.append((m.group("acro").replace(".", "").lower(), True))
        elif m.group("num"):
            out.append((normalise_number(m.group("num")), True))
        else:
            word = m.group("word")
            if len(word) >= 2 and word.isupper() and word.isalpha():
                out.append((word.lower(), True))  # NATO, OSCE, US
            else:
                out.append((word.lower().replace("’", "'"), False))
    return out


def _split_cjk(word: str) -> list[str]:
    """Han/kana runs become overlapping character bigrams (no word segmenter for zh/ja)."""
    if len(word) <= 2:
        return [word]
    return [word[i : i + 2] for i in range(len(word) - 1)]


def _lemmatize_generic(text: str, language: str) -> tuple[str, ...]:
    stop = STOP_WORDS.get(language, frozenset())
    algorithm = _SNOWBALL.get(language)
    stem = _stemmer(algorithm).stemWord if algorithm else None
    out: list[str] = []
    for token, protected in _latin_like_tokens(text):
        if protected:
            out.append(token)
            continue
        is_cjk = _CJK_RE.search(token) is not None
        if (token in stop or (len(token) < 2 and not token.isdigit())) and not is_cjk:
            continue
        if _CJK_OR_HANGUL_RE.search(token):
            out.extend(_split_cjk(token))
            continue
        base = token.replace("'s", "").replace("'", "")
        if not base:
            continue
        out.append(stem(base) if stem else base)
    return tuple(out)


def _lemmatize_russian(text: str) -> tuple[str, ...]:
    stop = STOP_WORDS["ru"]
    out: list[str] = []
    for token, protected in _latin_like_tokens(text):
        if protected:
            out.append(token)
            continue
        if len(token) < 2 or token in stop:
            continue
        if _CYRILLIC_RE.search(token):
            lemma = _ru_normal_form(token.replace("ё", "е"))
            if lemma in stop:
                continue
            out.append(lemma)
        else:
            out.append(token)
    return tuple(out)


def lemmatize(text: str, language: str) -> tuple[str, ...]:
    """Normalised content tokens of ``text`` for matching, in text order.

    Invariants: never raises for any input string; every token is non-empty, lower-case
    where the script has case, and contains no whitespace. Numbers come out canonical
    (``"1.1"``, ``"12400"``, ``"2021"`` from ``"2021년"``); acronyms (``NATO``, ``U.S.``) are
    kept whole and unstemmed. Korean uses Kiwi content morphemes, Russian pymorphy3 normal
    forms, English and other Snowball languages stems; any other language gets lower-case
    word tokens (Han/kana runs as character bigrams).
    """
    if not text or text.isspace():
        return ()
    text = unicodedata.normalize("NFC", text)
    if language == "ko":
        return _lemmatize_korean(text)
    if language == "ru":
        return _lemmatize_russian(text)
    return _lemmatize_generic(text, language)


def lemmatize_many(texts: Sequence[str], language: str) -> list[tuple[str, ...]]:
    """``[lemmatize(t, language) for t in texts]``, faster for Korean.

    Kiwi analyses a batch on all its worker threads (one per core), about twice as fast
    as one call per sentence on two cores; the result is the same as ``lemmatize``.
    """
    if language != "ko" or len(texts) < 2:
        return [lemmatize(t, language) for t in texts]
    normalised = [unicodedata.normalize("NFC", t) for t in texts]
    todo = [n for n, t in enumerate(normalised) if t and not t.isspace()]
    out: list[tuple[str, ...]] = [() for _ in texts]
    for n, tokens in zip(todo, kiwi().tokenize([_prepare_korean(normalised[n]) for n in todo]), strict=True):
        out[n] = _korean_lemmas(tokens)
    return out
