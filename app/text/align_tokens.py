"""Token normalisation shared by topic tagging and alignment.

One normaliser for both the lexicon's terms and the sentences, so that a term and the
words that say it end up as the same keys: lower case, acronym dots dropped, tokens split
where the script changes ("NATO의" -> "NATO", "의"), Snowball stems for Latin and Cyrillic
words, stop words dropped, Korean particles peeled off for matching.

Invariants: every function here is pure and deterministic; keys never contain spaces
(multi-word keys are joined with one space by the callers); the stemmers are built lazily.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import groupby
from typing import Any, Literal, NamedTuple

Script = Literal["latin", "cyrillic", "arabic", "hangul", "han", "kana", "digit", "other"]

ACRONYM_MARK = "^"
"""Prefix of the key of an all-capitals token ("UN", "US", "WHO"), so that the acronym never
matches the common word it spells ("un" in French, "us", "who")."""

STEMMER_NAMES: dict[str, str] = {
    "en": "english",
    "ru": "russian",
    "uk": "russian",  # Snowball has no Ukrainian; the Russian stemmer strips most shared endings
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "pl": "polish",
    "tr": "turkish",
    "nl": "dutch",
    "id": "indonesian",
}

SCRIPT_DEFAULT_LANGUAGE: dict[str, str] = {
    "latin": "en",
    "cyrillic": "ru",
    "hangul": "ko",
    "han": "zh",
    "kana": "ja",
    "arabic": "ar",
}

LANGUAGE_SCRIPT: dict[str, Script] = {
    "en": "latin",
    "fr": "latin",
    "de": "latin",
    "es": "latin",
    "it": "latin",
    "pt": "latin",
    "pl": "latin",
    "tr": "latin",
    "nl": "latin",
    "vi": "latin",
    "id": "latin",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "ko": "hangul",
    "zh": "han",
    "ja": "kana",
    "ar": "arabic",
}

ALPHABETIC_SCRIPTS: frozenset[Script] = frozenset(("latin", "cyrillic", "arabic"))
"""Scripts whose words are cut by spaces and matched by stem, as n-grams of words."""

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "from",
            "as",
            "into",
            "about",
            "over",
            "after",
            "before",
            "that",
            "this",
            "these",
            "those",
            "it",
            "its",
            "it's",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "will",
            "would",
            "shall",
            "should",
            "can",
            "could",
            "may",
            "might",
            "must",
            "not",
            "no",
            "nor",
            "so",
            "than",
            "then",
            "there",
            "their",
            "they",
            "them",
            "he",
            "him",
            "his",
            "she",
            "her",
            "we",
            "our",
            "us",
            "you",
            "your",
            "i",
            "me",
            "my",
            "who",
            "whom",
            "which",
            "what",
            "when",
            "where",
            "while",
            "also",
            "both",
            "each",
            "other",
            "such",
            "only",
            "own",
            "same",
            "very",
            "just",
            "any",
            "all",
            "some",
            "more",
            "most",
            "again",
            "further",
            "once",
            "here",
            "out",
            "up",
            "down",
            "off",
            "per",
            "via",
            "s",
            "t",
            "today",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "во",
            "на",
            "с",
            "со",
            "по",
            "к",
            "ко",
            "о",
            "об",
            "от",
            "до",
            "из",
            "за",
            "для",
            "при",
            "без",
            "над",
            "под",
            "про",
            "у",
            "а",
            "но",
            "или",
            "же",
            "ли",
            "не",
            "ни",
            "что",
            "чтобы",
            "как",
            "так",
            "также",
            "это",
            "этот",
            "эта",
            "эти",
            "этих",
            "том",
            "тем",
            "той",
            "то",
            "его",
            "ее",
            "её",
            "их",
            "он",
            "она",
            "они",
            "оно",
            "мы",
            "вы",
            "я",
            "был",
            "была",
            "были",
            "было",
            "быть",
            "будет",
            "будут",
            "есть",
            "который",
            "которая",
            "которые",
            "которых",
            "также",
            "уже",
            "еще",
            "ещё",
            "все",
            "всех",
            "всё",
            "весь",
            "его",
            "ему",
            "ими",
            "между",
            "через",
            "после",
            "перед",
        ]
    ),
    "uk": frozenset(
        [
            "і",
            "й",
            "та",
            "в",
            "у",
            "на",
            "з",
            "із",
            "зі",
            "по",
            "до",
            "від",
            "о",
            "об",
            "про",
            "при",
            "без",
            "над",
            "під",
            "за",
            "для",
            "а",
            "але",
            "або",
            "чи",
            "не",
            "ні",
            "що",
            "щоб",
            "як",
            "так",
            "також",
            "це",
            "цей",
            "ця",
            "ці",
            "цих",
            "той",
            "та",
            "те",
            "його",
            "її",
            "їх",
            "він",
            "вона",
            "вони",
            "ми",
            "ви",
            "я",
            "був",
            "була",
            "були",
            "було",
            "бути",
            "буде",
            "будуть",
            "який",
            "яка",
            "які",
            "яких",
            "вже",
            "ще",
            "всі",
            "все",
            "між",
            "через",
            "після",
            "перед",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "l",
            "un",
            "une",
            "des",
            "de",
            "du",
            "d",
            "et",
            "ou",
            "mais",
            "à",
            "au",
            "aux",
            "en",
            "dans",
            "sur",
            "par",
            "pour",
            "avec",
            "sans",
            "sous",
            "que",
            "qu",
            "qui",
            "quoi",
            "dont",
            "où",
            "ce",
            "cet",
            "cette",
            "ces",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "il",
            "elle",
            "ils",
            "elles",
            "nous",
            "vous",
            "je",
            "on",
            "ne",
            "pas",
            "plus",
            "a",
            "ont",
            "été",
            "est",
            "sont",
            "être",
            "avoir",
            "s",
            "se",
            "sa",
            "également",
            "aussi",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "und",
            "oder",
            "aber",
            "in",
            "im",
            "an",
            "am",
            "auf",
            "aus",
            "bei",
            "mit",
            "nach",
            "von",
            "vom",
            "zu",
            "zum",
            "zur",
            "für",
            "über",
            "unter",
            "vor",
            "durch",
            "gegen",
            "ohne",
            "um",
            "dass",
            "daß",
            "ist",
            "sind",
            "war",
            "waren",
            "sein",
            "hat",
            "haben",
            "hatte",
            "wird",
            "werden",
            "wurde",
            "sich",
            "er",
            "sie",
            "es",
            "wir",
            "ihr",
            "ich",
            "nicht",
            "auch",
            "noch",
            "so",
            "wie",
            "als",
            "sowie",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "unos",
            "unas",
            "y",
            "o",
            "pero",
            "de",
            "del",
            "al",
            "a",
            "en",
            "con",
            "por",
            "para",
            "sin",
            "sobre",
            "entre",
            "hasta",
            "desde",
            "que",
            "se",
            "su",
            "sus",
            "lo",
            "le",
            "les",
            "es",
            "son",
            "fue",
            "fueron",
            "ha",
            "han",
            "había",
            "ser",
            "estar",
            "está",
            "están",
            "este",
            "esta",
            "estos",
            "estas",
            "ese",
            "esa",
            "como",
            "más",
            "también",
            "muy",
            "ya",
            "no",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "i",
            "gli",
            "le",
            "un",
            "uno",
            "una",
            "e",
            "o",
            "ma",
            "di",
            "del",
            "della",
            "dei",
            "delle",
            "al",
            "alla",
            "ai",
            "a",
            "in",
            "nel",
            "nella",
            "con",
            "per",
            "su",
            "tra",
            "fra",
            "da",
            "dal",
            "dalla",
            "che",
            "si",
            "suo",
            "sua",
            "suoi",
            "sue",
            "è",
            "sono",
            "era",
            "stato",
            "stata",
            "ha",
            "hanno",
            "essere",
            "questo",
            "questa",
            "questi",
            "queste",
            "come",
            "più",
            "anche",
            "molto",
            "già",
            "non",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "um",
            "uma",
            "uns",
            "umas",
            "e",
            "ou",
            "mas",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "ao",
            "à",
            "aos",
            "em",
            "no",
            "na",
            "nos",
            "nas",
            "com",
            "por",
            "para",
            "pelo",
            "pela",
            "sem",
            "sobre",
            "entre",
            "até",
            "desde",
            "que",
            "se",
            "seu",
            "sua",
            "seus",
            "suas",
            "é",
            "são",
            "foi",
            "foram",
            "tem",
            "têm",
            "ser",
            "estar",
            "está",
            "estão",
            "este",
            "esta",
            "estes",
            "estas",
            "esse",
            "essa",
            "como",
            "mais",
            "também",
            "muito",
            "já",
            "não",
        ]
    ),
    "pl": frozenset(
        [
            "i",
            "oraz",
            "lub",
            "albo",
            "ale",
            "a",
            "w",
            "we",
            "na",
            "z",
            "ze",
            "do",
            "od",
            "o",
            "u",
            "za",
            "przez",
            "przy",
            "po",
            "dla",
            "pod",
            "nad",
            "przed",
            "między",
            "że",
            "się",
            "jest",
            "są",
            "był",
            "była",
            "było",
            "byli",
            "być",
            "to",
            "ten",
            "ta",
            "te",
            "tego",
            "tej",
            "tym",
            "jak",
            "także",
            "również",
            "też",
            "już",
            "nie",
            "aby",
            "by",
            "czy",
            "jako",
            "co",
            "ku",
            "tych",
            "tę",
            "tą",
            "jego",
            "jej",
            "ich",
            "który",
            "która",
            "które",
            "którego",
            "której",
            "któremu",
            "którym",
            "którą",
            "których",
            "którzy",
            "swój",
            "swoja",
            "swoje",
            "swojego",
            "swojej",
            "swoim",
            "swoją",
            "swoich",
            "swoimi",
        ]
    ),
    "ar": frozenset(
        [
            # function words (with their usual clitics), written as ``normalize_arabic`` leaves them
            "اثناء",
            "اذ",
            "اذا",
            "ازاء",
            "اشار",
            "اشارت",
            "اصبح",
            "اضاف",
            "اطار",
            "اعرب",
            "اعربت",
            "افاد",
            "افادت",
            "اكد",
            "اكدت",
            "الا",
            "التي",
            "الذي",
            "الذين",
            "السيد",
            "اللتين",
            "اللذين",
            "اللواتي",
            "الي",
            "اليه",
            "اليها",
            "ام",
            "امام",
            "ان",
            "انا",
            "انت",
            "انتم",
            "انه",
            "انها",
            "انهم",
            "او",
            "اوضح",
            "اوليك",
            "اي",
            "ايضا",
            "بان",
            "بدون",
            "بشان",
            "بعد",
            "بعض",
            "بل",
            "بما",
            "به",
            "بها",
            "بين",
            "بينما",
            "تجاه",
            "تكون",
            "تلك",
            "تم",
            "ثم",
            "جانبه",
            "جميع",
            "حتي",
            "حول",
            "حيث",
            "خلال",
            "دون",
            "ذاته",
            "ذكر",
            "ذلك",
            "سوف",
            "سوي",
            "سيادته",
            "شان",
            "شدد",
            "صرح",
            "صعيد",
            "ضد",
            "ضمن",
            "ظل",
            "عبر",
            "علي",
            "عليه",
            "عليها",
            "عما",
            "عن",
            "عند",
            "عنه",
            "عنها",
            "غير",
            "فقط",
            "في",
            "فيما",
            "فيه",
            "فيها",
            "قال",
            "قالت",
            "قبل",
            "قد",
            "كافه",
            "كان",
            "كانت",
            "كانوا",
            "كذلك",
            "كل",
            "كم",
            "كما",
            "كي",
            "لا",
            "لان",
            "لدي",
            "لفت",
            "لقد",
            "لكن",
            "لكي",
            "لم",
            "لن",
            "له",
            "لها",
            "لهم",
            "لو",
            "ليس",
            "ما",
            "ماذا",
            "مشددا",
            "مشيرا",
            "مع",
            "معه",
            "مما",
            "من",
            "منذ",
            "منه",
            "منها",
            "موكدا",
            "نحن",
            "نحو",
            "نفسه",
            "نفسها",
            "نوه",
            "ه",
            "ها",
            "هذا",
            "هذه",
            "هل",
            "هم",
            "هما",
            "هن",
            "هنا",
            "هناك",
            "هو",
            "هولاء",
            "هي",
            "و",
            "واشار",
            "واضاف",
            "واعرب",
            "واكد",
            "والتي",
            "والذي",
            "والي",
            "وان",
            "وانه",
            "واوضح",
            "وتم",
            "وذكر",
            "وذلك",
            "وشدد",
            "وعلي",
            "وعن",
            "وفق",
            "وفقا",
            "وفي",
            "وقال",
            "وقد",
            "وكان",
            "وكذلك",
            "وكما",
            "ولا",
            "ولكن",
            "ولم",
            "ومع",
            "ومن",
            "وهذا",
            "وهو",
            "وهي",
            "يتم",
            "يكون",
            "يكونون",
        ]
    ),
    # Latin-script languages without lexicon terms: their commonest function words
    "vi": frozenset(
        [
            "và",
            "của",
            "các",
            "với",
            "được",
            "những",
            "trong",
            "cho",
            "là",
            "có",
            "không",
            "này",
            "đã",
            "về",
            "một",
            "để",
            "từ",
        ]
    ),
    "id": frozenset(
        [
            "dan",
            "yang",
            "di",
            "dengan",
            "untuk",
            "dari",
            "ini",
            "itu",
            "pada",
            "dalam",
            "tidak",
            "akan",
            "juga",
            "ke",
            "oleh",
        ]
    ),
}

READOUT_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "president",
            "presidents",
            "prime",
            "minister",
            "leader",
            "leaders",
            "head",
            "state",
            "side",
            "sides",
            "two",
            "country",
            "countries",
            "discuss",
            "discussed",
            "discussion",
            "agree",
            "agreed",
            "note",
            "noted",
            "emphasize",
            "emphasized",
            "emphasise",
            "emphasised",
            "stress",
            "stressed",
            "express",
            "expressed",
            "reaffirm",
            "reaffirmed",
            "underscore",
            "underscored",
            "highlight",
            "highlighted",
            "reiterate",
            "reiterated",
            "said",
            "say",
            "says",
            "also",
            "today",
            "conversation",
            "call",
            "spoke",
            "speak",
            "importance",
            "important",
            "need",
            "united",
            "states",
            "america",
            "joseph",
            "joe",
            "jr",
            "r",
            "vladimir",
            "mr",
        ]
    ),
    "ru": frozenset(
        [
            "президент",
            "президенты",
            "премьер",
            "министр",
            "лидер",
            "лидеры",
            "глава",
            "сторона",
            "стороны",
            "страна",
            "страны",
            "обсудить",
            "обсудили",
            "обсуждение",
            "договорились",
            "отметил",
            "отметили",
            "подчеркнул",
            "подчеркнули",
            "выразил",
            "выразили",
            "заявил",
            "также",
            "сегодня",
            "разговор",
            "важность",
            "необходимость",
            "владимир",
        ]
    ),
    "ko": frozenset(
        [
            "대통령",
            "총리",
            "정상",
            "지도자",
            "측",
            "양측",
            "양국",
            "논의",
            "합의",
            "언급",
            "강조",
            "표명",
            "밝히",
            "말하",
            "또",
            "또한",
            "오늘",
            "통화",
            "중요",
            "중요성",
            "필요",
            "하",
            "되",
            "있",
            "없",
            "것",
            "수",
            "등",
            "및",
            "대하",
            "관하",
            "위하",
            "통하",
        ]
    ),
}
"""Words every readout uses about itself (who spoke, who noted, who agreed): dropped from
the lexical comparison, like stop words, so that sentences meet on what they are about."""

JOSA: tuple[str, ...] = tuple(
    sorted(
        [
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "의",
            "에",
            "에서",
            "에게",
            "에게서",
            "께서",
            "으로",
            "로",
            "와",
            "과",
            "도",
            "만",
            "까지",
            "부터",
            "보다",
            "처럼",
            "으로서",
            "로서",
            "으로써",
            "로써",
            "에서의",
            "에의",
            "와의",
            "과의",
            "에는",
            "에도",
            "에서는",
            "으로는",
            "로는",
            "이나",
            "나",
            "이며",
            "며",
            "이고",
            "고",
            "이란",
            "란",
            "라는",
            "이라는",
            "이라고",
            "라고",
            "들",
            "들은",
            "들이",
            "들의",
            "들과",
            "들에게",
            "적",
            "적인",
        ],
        key=len,
        reverse=True,
    )
)
"""Korean particles and a few noun suffixes, longest first: peeled off a token to get its stem."""

ARABIC_VOWEL_MARKS = "\u064b-\u065f\u0670"
"""Arabic short vowels, tanween, shadda and sukun (a regex class body): part of a word, never
a break between two."""
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
"""Arabic-Indic and Persian digits as ASCII ones, so "٢٠٢٣" and "2023" are one number."""
_ACRONYM_DOTS = re.compile(r"\b(?:[A-Z]\.){2,}")
_WORD = re.compile(f"[\\w{ARABIC_VOWEL_MARKS}]+")
_JOSA_SET = frozenset(JOSA)
_JOSA_SIZES = tuple(sorted({len(j) for j in JOSA}, reverse=True))
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def script_of(char: str) -> Script:
    """The writing system of one character (digits apart, since they join any script)."""
    code = ord(char)
    if char.isdigit():
        return "digit"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0400 <= code <= 0x04FF or 0x0500 <= code <= 0x052F:
        return "cyrillic"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
        return "arabic"
    if char.isalpha():
        return "latin"
    return "other"


class Token(NamedTuple):
    """One word of a text: its surface form, script and matching key (a named tuple: texts
    have many words, and tuples are the cheapest immutable records to build)."""

    surface: str
    script: Script
    key: str
    """Lower-cased Snowball stem (Latin, Cyrillic), light stem (Arabic, ``arabic_stem``), the
    bare form (Hangul, Han, Kana, digits)."""
    acronym: bool = False
    stop: bool = False
    clitic_key: str = ""
    """Arabic: the key of the word read as a bare clitic plus a word (``arabic_clitic_stem``)."""


def prepare(text: str) -> str:
    """NFKC, typographic apostrophes made plain, acronym dots removed ("U.S." -> "US")."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").translate(_EASTERN_DIGITS)
    return _ACRONYM_DOTS.sub(lambda m: m.group(0).replace(".", ""), text)


def guess_language(text: str) -> str:
    """The language a text's script implies, for when segmentation could not say.

    >>> guess_language("우크라이나 문제"), guess_language("Переговоры"), guess_language("Talks")
    ('ko', 'ru', 'en')
    """
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script not in ("digit", "other"):
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "en"
    if counts.get("kana"):
        return "ja"
    script = max(counts, key=lambda s: counts[s])
    if script == "cyrillic" and re.search("[іїєґІЇЄҐ]", text):
        return "uk"
    return SCRIPT_DEFAULT_LANGUAGE.get(script, "en")


# short vowels, tanween, shadda, sukun, Quranic marks and tatweel: written in few statements
_ARABIC_MARKS = re.compile(f"[\u0610-\u061a{ARABIC_VOWEL_MARKS}\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"}
)
# the article alone or fused with "and", "so", "with/in", "as", "for" (longest first)
_ARABIC_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
# one common ending (dual, plurals, nisba, pronoun suffixes, -ia of country names, the
# accusative alif), in the order they are tried
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يا", "يه", "ه", "ي", "ا")
_ARABIC_PROCLITICS = "وفبلك"


def normalize_arabic(word: str) -> str:
    """Arabic spelled one way: short vowels, tanween and tatweel dropped, the hamza seats of
    alif folded (a final one kept apart: "هنأ", congratulated, is not "هنا", here), alif
    maqsura, ta marbuta, the hamza on waw/ya and the Persian ya and kaf folded.

    >>> normalize_arabic("إسرائيل") == normalize_arabic("اسرائيل"), normalize_arabic("اتصالاً")
    (True, 'اتصالا')
    """
    word = _ARABIC_MARKS.sub("", word)
    if word.endswith("أ"):
        word = word[:-1] + "ء"
    return word.translate(_ARABIC_LETTERS)


def arabic_stem(word: str) -> str:
    """A light stem of a normalised Arabic word: the article (with a conjunction or a
    preposition fused to it) and one common ending taken off, each only where enough of the
    word is left ("السودان", "والسودان", "بالسودان", "للسودان" -> "سود").

    Snowball's Arabic stemmer leaves the clitics on short words ("غزة" but "بغز", "لغز"),
    and readouts attach them to every name, so the rule here is simpler and the same for the
    lexicon's terms and the text: both sides of a match are cut alike. A bare clitic ("بغزة")
    is not cut here, since as many words begin with those letters ("بكين", Beijing; "لبنان");
    ``arabic_clitic_stem`` gives the other reading.

    >>> [arabic_stem(normalize_arabic(w)) for w in ("والسودان", "الأمريكية", "أمريكا", "بكين")]
    ['سود', 'امريك', 'امريك', 'بك']
    """
    for article in _ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def arabic_clitic_stem(word: str) -> str:
    """The stem of a normalised Arabic word read as a bare conjunction or preposition plus a
    word ("بغزة" -> "غز", "وفلسطين" -> "فلسطين"); "" where it cannot be read so. The matcher
    tries it only where the word as a whole meets no term ("بكين" stays Beijing)."""
    if len(word) < 4 or word[0] not in _ARABIC_PROCLITICS:
        return ""
    stem = arabic_stem(word[1:])
    return stem if len(stem) >= 2 else ""


@cache
def _stemmer(name: str) -> Any:
    """A Snowball stemmer, built on first use (PyStemmer is imported then, not at import)."""
    import Stemmer

    return Stemmer.Stemmer(name)


def stem_language(script: Script, language: str) -> str | None:
    """Which Snowball stemmer to use for a word of ``script`` in a text in ``language``."""
    if script not in ("latin", "cyrillic"):
        return None  # Arabic words get ``arabic_stem``
    if LANGUAGE_SCRIPT.get(language) == script and language in STEMMER_NAMES:
        return STEMMER_NAMES[language]
    return "english" if script == "latin" else "russian"


@lru_cache(maxsize=200_000)
def _word_key(word: str, script: Script, language: str) -> tuple[str, bool, str]:
    """(matching key, stop word?, clitic key: Arabic only, see ``arabic_clitic_stem``)."""
    lower = word.lower()
    stops = STOPWORDS.get(
        language if LANGUAGE_SCRIPT.get(language) == script else SCRIPT_DEFAULT_LANGUAGE.get(script, ""),
        frozenset(),
    )
    if script == "arabic":
        plain = normalize_arabic(lower)
        # a function word with "and"/"so" fused to it is one too ("وقد", "فإن")
        stop = plain in stops or (plain[:1] in "وف" and plain[1:] in stops)
        return arabic_stem(plain), stop, arabic_clitic_stem(plain)
    stemmer = stem_language(script, language)
    key = _stemmer(stemmer).stemWord(lower) if stemmer else lower
    return key, lower in stops, ""


_DIGITS_APART: frozenset[Script] = frozenset(("hangul", "han", "kana", "arabic"))
"""Scripts a number next to stays a word of its own (see ``split_scripts``)."""


def split_scripts(word: str) -> list[tuple[str, Script]]:
    """Cut a ``\\w+`` run where its script changes; digits stay with the Latin or Cyrillic
    letters they touch ("G7", "COVID19"), but not with Hangul, Han or Kana, where they are a
    number followed by a counter ("1998年", "1998년": the year both sides write), nor with
    Arabic ("كوب28" is COP and 28)."""
    pieces: list[tuple[str, Script]] = []
    for script, chars in groupby(word, key=script_of):
        piece = "".join(chars)
        glued = pieces and (script == "digit" or pieces[-1][1] == "digit")
        if glued and script not in _DIGITS_APART and pieces[-1][1] not in _DIGITS_APART:
            prev, prev_script = pieces[-1]
            pieces[-1] = (prev + piece, prev_script if prev_script != "digit" else script)
        else:
            pieces.append((piece, script))
    return pieces


@lru_cache(maxsize=100_000)
def tokenize(text: str, language: str) -> tuple[Token, ...]:
    """The words of ``text`` with their matching keys, in order (stop words kept, flagged).

    Cached: readouts are realigned against other statements and their sentences repeat.

    >>> [t.key for t in tokenize("NATO의 동쪽", "ko")]
    ['nato', '의', '동쪽']
    >>> [t.key for t in tokenize("negotiations resumed", "en")]
    ['negoti', 'resum']
    """
    tokens: list[Token] = []
    for match in _WORD.finditer(prepare(text)):
        word = match.group(0)
        pieces: list[tuple[str, Script]]
        if word.isascii():  # fast paths for the common one-script words
            pieces = [(word, "digit" if word.isdigit() else "latin")]
        elif _HANGUL_WORD.fullmatch(word):
            pieces = [(word, "hangul")]
        elif _CYRILLIC_WORD.fullmatch(word):
            pieces = [(word, "cyrillic")]
        else:
            pieces = split_scripts(word)
        for piece, script in pieces:
            if script == "other" or piece.strip("_") == "":
                continue
            key, stop, clitic = _word_key(piece, script, language)
            if not key:
                continue  # a run of tatweel
            if script == "arabic":
                tokens.append(Token(piece, script, key, False, stop, clitic))
                continue
            acronym = len(piece) >= 2 and piece.isupper() and script in ("latin", "cyrillic")
            if stop and acronym and not _shouting(text):
                stop = False  # "WHO", "US": an organisation or a state, not the pronoun
            tokens.append(Token(piece, script, key, acronym, stop))
    return tuple(tokens)


@lru_cache(maxsize=10_000)
def _shouting(text: str) -> bool:
    """Is ``text`` written in capitals ("READOUT OF THE CALL WITH ..."), so that capitals do not
    mark acronyms?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def peel_josa(word: str) -> str:
    """A Korean word without its trailing particle, keeping at least two syllables.

    >>> peel_josa("우크라이나를"), peel_josa("협상이"), peel_josa("대화")
    ('우크라이나', '협상', '대화')
    """
    for size in _JOSA_SIZES:
        if len(word) - size >= 2 and word[-size:] in _JOSA_SET:
            return word[:-size]
    return word


def numbers(text: str) -> frozenset[str]:
    """The numbers a text writes, normalised ("1,000" and "1000" agree; "9–10" gives 9 and 10)."""
    found = set()
    for raw in _NUMBER.findall(text.translate(_EASTERN_DIGITS)):
        value = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else raw.replace(",", ".")
        found.add(value.lstrip("0") or "0")
    return frozenset(found)


def content_keys(tokens: Sequence[Token]) -> list[str]:
    """Keys that carry meaning for lexical similarity: no stop words, Korean particles peeled,
    Han/Kana runs cut into character bigrams (no word boundaries to rely on there)."""
    keys: list[str] = []
    previous: Token | None = None
    for token in tokens:
        after_number, previous = previous is not None and previous.script == "digit", token
        if token.stop or token.surface.lower() in _READOUT_ANY:
            continue
        if token.script == "hangul":
            if not (after_number and len(token.key) == 1):  # a counter: "1998년", "3국"
                keys.append(peel_josa(token.key))
        elif token.script in ("han", "kana"):
            run = token.key
            if after_number and len(run) == 1:
                continue  # a counter ("4月2日": 月 and 日 say only that there is a date)
            keys.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
        elif token.script == "digit" or len(token.key) > 1 or token.acronym:
            keys.append(token.key)
    return keys


_READOUT_ANY = frozenset().union(*READOUT_WORDS.values())


def join_keys(keys: Iterable[str]) -> str:
    return " ".join(keys)
