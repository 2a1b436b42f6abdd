"""Rules that tell meta lines (headings, datelines, bylines, news-site debris, titles)
from claims, and read a title, date and source out of them.

Language-independent where possible: a meta line is typically short and lacks
sentence-final punctuation or a verb ending, or is a standalone date, or a parenthesised
whole-line translation. A short real claim ends with a full stop ("양자 문제가
논의되었다.", "The two leaders agreed to stay in close contact.") and stays a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.text.actors import issuer_mentions
from app.text.languages import detect_language

# A line without sentence-final punctuation and at most this many words is a heading or
# title. (Tuned on the seeds: the longest Korean title line has 13 words, the longest
# English one 12; the shortest unpunctuated claim line seen in copied readouts has 24.)
META_MAX_WORDS = 22
# A title line before the first claim that names its genre ("Readout of National Security
# Advisor Jake Sullivan's Meeting with Chinese Communist Party Politburo Member, Director
# of …") may run to this many words: official titles list every office of both sides. (The
# longest seen, in the probe readouts, has 29 words; 60 leaves room for two such lists.)
GENRE_TITLE_MAX_WORDS = 60
_GENRE_TITLE_RE = re.compile(
    r"^(?:Readout|Read-out|Joint Statement|Statement (?:by|from|of|on)|Remarks (?:by|of)"
    r"|Press Release|Fact Sheet|Summary of)\b",
    re.IGNORECASE,
)
# A line ending in ":" with at most this many words is a section label ("Background:") or a
# source line ("Regierungssprecher Steffen Hebestreit teilt mit:").
LABEL_MAX_WORDS = 6
# At most this many words besides the date itself still make a dateline
# ("Kremlin, 2021. 12. 7.", "Moscow, the Kremlin, December 7, 2021").
DATELINE_MAX_EXTRA_WORDS = 4
# A byline tag glued after a sentence ("…않았다./연합뉴스") has at most this many characters.
BYLINE_MAX_CHARS = 24

_MONTHS_EN_RU: tuple[tuple[str, ...], ...] = (  # English (with abbreviations) and Russian
    ("january", "jan", "января"),
    ("february", "feb", "февраля"),
    ("march", "mar", "марта"),
    ("april", "apr", "апреля"),
    ("may", "мая"),
    ("june", "jun", "июня"),
    ("july", "jul", "июля"),
    ("august", "aug", "августа"),
    ("september", "sep", "sept", "сентября"),
    ("october", "oct", "октября"),
    ("november", "nov", "ноября"),
    ("december", "dec", "декабря"),
)
_MONTHS_DAY_FIRST: tuple[tuple[str, ...], ...] = (  # German, French, Ukrainian: "19. November 2023"
    ("januar", "jänner", "janvier", "січня"),
    ("februar", "février", "лютого"),
    ("märz", "mars", "березня"),
    ("april", "avril", "квітня"),
    ("mai", "травня"),
    ("juni", "juin", "червня"),
    ("juli", "juillet", "липня"),
    ("august", "août", "серпня"),
    ("september", "septembre", "вересня"),
    ("oktober", "octobre", "жовтня"),
    ("november", "novembre", "листопада"),
    ("dezember", "décembre", "грудня"),
)
_MONTH_NUMBER = {
    name: i + 1
    for table in (_MONTHS_EN_RU, _MONTHS_DAY_FIRST)
    for i, names in enumerate(table)
    for name in names
}


def _alternation(names: Iterable[str]) -> str:
    """A regex group matching any of ``names``, longest first ("sept" before "sep")."""
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


_MONTHS_EN = _alternation(n for names in _MONTHS_EN_RU for n in names if n.isascii()) + r"\.?"
_MONTHS_RU = _alternation(n for names in _MONTHS_EN_RU for n in names if not n.isascii())
_MONTHS_OTHER = _alternation(name for names in _MONTHS_DAY_FIRST for name in names)

_DATE_PATTERNS: list[tuple[re.Pattern[str], tuple[str, str, str]]] = [
    (
        re.compile(
            r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일(?:\s*\(?[월화수목금토일]\)?)?"
        ),
        ("y", "m", "d"),
    ),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), ("y", "m", "d")),
    (
        re.compile(
            r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<d>\d{1,2})\.?(?!\d)"
        ),
        ("y", "m", "d"),
    ),
    (
        re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[./]\s*(?P<m>\d{1,2})\s*[./]\s*(?P<y>(?:19|20)\d{2})(?!\d)"),
        ("y", "m", "d"),
    ),
    (
        re.compile(rf"(?P<m>{_MONTHS_EN})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I),
        ("y", "m", "d"),
    ),
    (re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTHS_EN})\s+(?P<y>\d{{4}})", re.I), ("y", "m", "d")),
    (
        re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTHS_RU})\s+(?P<y>\d{{4}})(?:\s*(?:года|г\.?))?", re.I),
        ("y", "m", "d"),
    ),
    (  # "19. November 2023", "22 janvier 2024", "4 жовтня 2022 року"
        re.compile(rf"(?P<d>\d{{1,2}})\.?\s+(?P<m>{_MONTHS_OTHER})\s+(?P<y>\d{{4}})(?:\s*року)?", re.I),
        ("y", "m", "d"),
    ),
]
MONTH_NAMES = frozenset(_MONTH_NUMBER)
"""Month names (lower case) in the languages the date rules read."""
_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|KST|GMT|UTC|MSK|EST|EDT))?")
_WEEKDAY_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|понедельник|вторник|среда|четверг"
    r"|пятница|суббота|воскресенье|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|понеділок|вівторок|середа|четвер|п'ятниця"
    r"|субота|неділя)\b|[월화수목금토일]요일",
    re.I,
)
_DEBRIS_RE = re.compile(
    r"^(?:입력|수정|승인|기사입력|최종수정|업데이트|등록|송고|게재|발행|Updated|Published|Posted|Last updated"
    r"|Обновлено|Опубликовано|Дата публикации|Source|Photo|Фото|사진|출처)\b[\s:：]*",
    re.I,
)
_TRAILING_BYLINE_RE = re.compile(
    r"(?<=[.!?。\"”’)])\s*(/\s*[^\s/.!?][^/\n]{0,"  # "…않았다./연합뉴스"
    + str(BYLINE_MAX_CHARS - 2)
    + r"})$"
)
# "(Moscow) Reuters —", "(서울=연합뉴스) 홍길동 기자 =", "MOSCOW (Reuters) -"
_LEADING_PRESS_RE = re.compile(
    r"^(?:\([^()\n]{1,40}\)\s*[^()\n—–=\-.!?]{0,40}?\s*[—–=]{1,2}"
    r"|[A-ZА-Я][A-ZА-Я .,]{1,30}\s*\([^()\n]{1,30}\)\s*[—–-]{1,2})\s"
)
# "新华社北京4月2日电　", "中新网北京4月2日电（记者 张三）": a Chinese agency's dateline
_LEADING_CJK_PRESS_RE = re.compile(
    r"^(?P<agency>[\u4e00-\u9fff]{2,5}[社网])[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电"
    r"(?:\s*[（(][^）)\n]{1,20}[）)])?[\s\u3000]*"
)
_KO_VERB_ENDING_RE = re.compile(r"(?:다|요|까|죠|함|음|임|됨|있음|없음|할 것|했음)$")
_WORD_RE = re.compile(r"\S+")
_LIST_ITEM_RE = re.compile(r"^(?:[-–—•·▪●◦*]|\d{1,2}[.)]|\([a-z\d]\))\s+\w", re.IGNORECASE)
_DATELINE_FUNCTION_WORDS = frozenset(["the", "of", "at", "on", "de", "du", "la", "le", "den", "der", "am"])
_CLOSERS = "”’»)]」』〉》\"'"


def byline_cuts(text: str, start: int, end: int) -> list[int]:
    """Extra cut positions inside a paragraph that set a byline apart from the sentence it touches.

    A trailing tag glued after the last sentence ("…않았다./연합뉴스") and a leading press
    prefix ("(Moscow) Reuters — ", "(서울=연합뉴스) 홍길동 기자 = ") become units of their own.
    """
    cuts: list[int] = []
    tail = text[max(start, end - BYLINE_MAX_CHARS - 4) : end]
    m = _TRAILING_BYLINE_RE.search(tail)
    if m:
        cuts.append(end - len(tail) + m.start(1))
    head = text[start : min(end, start + 90)]
    m = _LEADING_PRESS_RE.match(head) or _LEADING_CJK_PRESS_RE.match(head)
    if m and start + m.end() < end:
        cuts.append(start + m.end())
    return cuts


def parse_date(piece: str) -> tuple[str, int, int] | None:
    """The first date in ``piece`` as (ISO date, match start, match end), or None."""
    for pattern, _ in _DATE_PATTERNS:
        m = pattern.search(piece)
        if not m:
            continue
        try:
            year = int(m.group("y"))
            month_raw = m.group("m")
            month = int(month_raw) if month_raw.isdigit() else _MONTH_NUMBER[month_raw.lower().rstrip(".")]
            day = int(m.group("d"))
        except (KeyError, ValueError):
            continue
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}", m.start(), m.end()
    return None


SECTION_HEADING_MAX_WORDS = 5
"""A numbered line of at most this many words without a final stop is a section heading
("1. Japan-U.S. Alliance"); a longer one, or a bulleted one, is an item of the statement."""

_NUMBERED_RE = re.compile(r"^(?:\d{1,2}[.)]|[IVX]{1,4}\.)\s+")
_ANNOUNCEMENT_RE = re.compile(
    r"(?:\bas follows|\bcomme suit|\bwie folgt|следующее|наступне|다음과 같(?:다|습니다)"
    r"|以下のとおり(?:です)?|如下)\s*[.:。：]?\s*$",
    re.IGNORECASE,
)
ANNOUNCEMENT_MAX_WORDS = 12
# spokespeople's lead-ins: "The below is attributable to Spokesperson Matthew Miller:",
# "Press Secretary Karine Jean-Pierre provided the following readout:"
_LEAD_IN_RE = re.compile(
    r"(?:\battributable to\b[^.:]{0,80}|\bthe following(?:\s+\w+){0,2}\s*):\s*$", re.IGNORECASE
)
LEAD_IN_MAX_WORDS = 16
"""Long enough for a lead-in with rank and name ("Pentagon Press Secretary Air Force Brig. Gen.
Pat Ryder provided the following readout:", 14 words); other announcements keep 12."""


def _is_section_number_heading(piece: str) -> bool:
    match = _NUMBERED_RE.match(piece)
    if not match:
        return False
    rest = piece[match.end() :]
    return not _ends_with_terminal(rest) and len(_WORD_RE.findall(rest)) <= SECTION_HEADING_MAX_WORDS


def _is_announcement(piece: str) -> bool:
    """A line that only announces what follows ("The overview of the meeting is as follows.")."""
    words = len(_WORD_RE.findall(piece)) + _cjk_words(piece)
    if _LEAD_IN_RE.search(piece):
        return words <= LEAD_IN_MAX_WORDS
    return bool(_ANNOUNCEMENT_RE.search(piece)) and words <= ANNOUNCEMENT_MAX_WORDS


def is_list_item(line: str, *, dashes: bool = True) -> bool:
    """Does ``line`` open with a list marker ("- ", "• ", "1. ", "2) ", "(a) ")?
    ``dashes=False``: a dash does not count (inside hard-wrapped prose a line may begin with
    the dash of a parenthetical "– 1.1 billion dollars …")."""
    match = _LIST_ITEM_RE.match(line)
    return bool(match) and (dashes or line[0] not in "-–—")


def is_cjk(char: str) -> bool:
    """A Han (incl. extension A) or Kana character."""
    o = ord(char)
    return 0x4E00 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF


def _cjk_words(text: str) -> int:
    """Chinese and Japanese write no spaces: about two Han/Kana characters make a word, so a
    whole sentence there is not taken for one "word" by the word-count rules."""
    return sum(1 for c in text if is_cjk(c)) // 2


def is_dateline(piece: str) -> bool:
    """Is ``piece`` a standalone date, optionally with a place/issuer and a time?"""
    found = parse_date(piece)
    if not found:
        return False
    _, s, e = found
    rest = piece[:s] + " " + piece[e:]
    rest = _TIME_RE.sub(" ", rest)
    rest = _WEEKDAY_RE.sub(" ", rest)
    words = [w for w in re.split(r"[\s,.;:()\[\]—–\-/|，。、；：]+", rest) if any(c.isalnum() for c in w)]
    # "2021年11月16日上午，国家主席习近平同美国总统拜登举行视频会晤。" is a sentence, not a dateline
    if len(words) + _cjk_words(rest) > DATELINE_MAX_EXTRA_WORDS:
        return False
    # a place or issuer is capitalised ("Moscow, the Kremlin"); a lower-case word or a Korean
    # predicate means the date sits inside a sentence ("Встреча прошла в Кремле 27 июня 2018 г.")
    for word in words:
        if word[0].islower() and word.lower() not in _DATELINE_FUNCTION_WORDS:
            return False
        if _KO_VERB_ENDING_RE.search(word):
            return False
    return True


def is_debris(piece: str) -> bool:
    """News-site debris: "입력", "수정 2018.06.27 21:32", "Updated: …"."""
    m = _DEBRIS_RE.match(piece)
    if not m:
        return False
    rest = piece[m.end() :]
    return len(_WORD_RE.findall(rest)) <= 4


def is_byline(piece: str) -> bool:
    """A byline or agency tag unit: "/연합뉴스", "(Moscow) Reuters —", "홍길동 기자"."""
    if piece.startswith("/") and len(piece) <= BYLINE_MAX_CHARS:
        return True
    cjk = _LEADING_CJK_PRESS_RE.match(piece)
    if cjk and cjk.end() == len(piece):
        return True
    return bool(_LEADING_PRESS_RE.match(piece + " ")) and len(piece) <= 90


def byline_source(line: str) -> str | None:
    """The agency a byline names: "/연합뉴스" -> "연합뉴스", "(서울=연합뉴스) 홍길동 기자 =" -> "연합뉴스",
    "新华社北京4月2日电" -> "新华社",
    "(Moscow) Reuters —" -> "Reuters", "MOSCOW (Reuters) -" -> "Reuters"."""
    if line.startswith("/"):
        return line.lstrip("/ ").strip() or None
    cjk = _LEADING_CJK_PRESS_RE.match(line)
    if cjk:
        return cjk.group("agency")
    m = re.match(r"^\(([^()]*)\)\s*([^—–=\-]*)", line)
    if m:
        inside, after = m.group(1).strip(), m.group(2).strip()
        if "=" in inside:
            return inside.split("=")[-1].strip() or None
        return after or inside or None
    m = re.search(r"\(([^()]+)\)", line)
    return m.group(1).strip() if m else None


def _ends_with_terminal(piece: str) -> bool:
    core = piece.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in ".!?。！？…"


def is_meta(piece: str, *, alone: bool, first: bool, doc_language: str) -> bool:
    """Is the unit ``piece`` a heading, dateline, byline, debris line or title (not a claim)?

    ``alone``: the unit is its paragraph's only unit (a line of its own); ``first``: no
    claim has been seen yet in the document. Never true for a sentence that ends with a
    full stop and is more than a dateline/signature ("양자 문제가 논의되었다." is a claim).
    """
    if not any(c.isalnum() for c in piece):
        return True  # a separator or a stray symbol
    if is_debris(piece) or is_byline(piece) or is_dateline(piece) or _is_announcement(piece):
        return True
    if not alone:
        return False
    if _is_section_number_heading(piece):
        return True  # "1. Japan-U.S. Alliance", "2. Regional affairs"
    if is_list_item(piece) or piece.rstrip(_CLOSERS + " ").endswith((";", ",")):
        return False  # a list item ("- Affirmed their commitment …;"): the statement's content
    words = _WORD_RE.findall(piece)
    if piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1:
        # a parenthesised whole line: a translated title, an editor's note
        inner = piece[1:-1]
        if not _ends_with_terminal(inner) or detect_language(inner) != doc_language:
            return True
    if _ends_with_terminal(piece):
        core = piece.rstrip(_CLOSERS + " ")
        if core.endswith(":"):
            return len(words) <= LABEL_MAX_WORDS
        # a signature such as "The Kremlin, Moscow." — a few capitalised words, no verb
        if len(words) + _cjk_words(piece) <= 3 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
            letters = [c for c in piece if c.isalpha()]
            return bool(letters) and not any("\uac00" <= c <= "\ud7a3" for c in letters)
        return False
    core = piece.rstrip(_CLOSERS + " ")
    if core.endswith(":"):
        return len(words) <= LABEL_MAX_WORDS
    if _KO_VERB_ENDING_RE.search(core) and len(words) >= 3:
        return False  # an unpunctuated Korean sentence ("…논의했다")
    if first and _GENRE_TITLE_RE.match(piece):
        return len(words) <= GENRE_TITLE_MAX_WORDS
    return len(words) <= META_MAX_WORDS


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the meta lines of a statement say about it."""

    title: str | None
    date: str | None
    source: str | None


def document_info(leading: Sequence[str], later: Sequence[str]) -> DocumentInfo:
    """Read title, ISO date and source (issuer or agency) from a statement's meta lines.

    ``leading``: the meta lines before the first claim; ``later``: the other meta lines.
    The title is the longest heading-like leading line (not a dateline, byline, debris
    line or parenthesised translation, which is the fallback); the date is the first
    dateline's; the source is a byline agency, else an issuer named by a dateline or a
    short section label.
    """
    title: str | None = None
    date: str | None = None
    source: str | None = None
    fallback_title: str | None = None
    n_leading = len(leading)
    for index, line in enumerate([*leading, *later]):
        if date is None and is_dateline(line):
            found = parse_date(line)
            date = found[0] if found else None
            if source is None:
                issuers = issuer_mentions(line)
                if issuers:
                    source = issuers[0][2]
            continue
        if is_byline(line):
            if source is None or line.startswith("/"):
                source = byline_source(line) or source
            continue
        if is_debris(line):
            continue
        if line.startswith("(") and line.endswith(")"):
            if index < n_leading:
                fallback_title = fallback_title or line[1:-1].strip()
            continue
        if source is None:
            issuers = issuer_mentions(line)
            if len(issuers) == 1 and len(_WORD_RE.findall(line)) <= 4:
                source = issuers[0][2]
        if index < n_leading and (title is None or len(line) > len(title)):
            title = line
    if title is None:
        title = fallback_title
    return DocumentInfo(title=title, date=date, source=source)
