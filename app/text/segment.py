"""Cut a statement's raw text into paragraphs and sentences with exact character offsets.

The raw text is never rewritten: every unit is a ``(start, end)`` slice of it with the
surrounding whitespace left out, so ``text[unit.start:unit.end] == unit.text``. The
sentences of a text partition its non-whitespace characters (each one lies in exactly
one sentence), and so do its paragraphs.

Each sentence is also classified (``claim``, ``meta`` for headings/datelines/bylines,
``repeat`` for a copy of an earlier claim) and given a language and matching lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.text import meta as meta_rules
from app.text.languages import (
    MIN_LETTERS_FOR_DETECTION,
    detect_language,
    language_of_profile,
    leaves_document_language,
    lemmatize_many,
    script_profile,
)
from app.text.repeats import find_repeats
from app.text.types import Kind, Paragraph, SegmentedText, Sentence, StatementSpan

# --------------------------------------------------------------------------- constants

# A line at least this long that stops mid-sentence and is followed by a line starting in
# lower case is a hard-wrapped continuation, not a paragraph of its own. (Tuned on wrapped
# copies of the English eval readouts, wrapped at 60-80 columns.)
WRAP_MIN_CHARS = 30
# A text with at least WRAP_MIN_LINES lines (and a third of all) reaching WRAP_WIDTH_RATIO
# of its widest line (itself at least WRAP_MIN_WIDTH characters) is hard-wrapped: its
# near-full lines that stop mid-sentence continue on the next line. (Tuned on the eval readouts
# re-wrapped at 50-90 columns, where ragged right edges keep most lines above 0.75.)
WRAP_MIN_LINES = 3
WRAP_WIDTH_RATIO = 0.75
WRAP_MIN_WIDTH = 40


def _words(spaced: str) -> list[str]:
    """The words of a whitespace-separated word list."""
    return spaced.split()


# Abbreviations after which a full stop never ends a sentence.
_NEVER_END = frozenset(
    _words(
        """
        mr mrs ms mx dr prof st no nos nr gen col lt sgt capt cmdr adm gov sen rep rev hon pres amb vol
        brig maj cpl pvt spc ens sec asst dep
        art para fig p pp approx dept est ft mt vs v e.g i.e cf al ca
        т.е т.к т.н и.о см ср напр ул им проф акад тов г-н г-жа дж
        np tzw ws bzw vgl z.b u.a d.h ggf mme mlle sra sres sig dott
        """
    )
)
# Abbreviations that may or may not end a sentence: split only before a capitalised word
# that typically starts one ("Oct. 23" against "Defense Minister Adm. Dong Jun. The two
# leaders").
_MAYBE_END = frozenset(
    _words(
        """
        jr sr etc inc ltd co corp plc llc т.д т.п др руб долл
        jan feb mar apr jun jul aug sep sept oct nov dec
        """
    )
)
# Units after a number (years, hours, percent, thousands, millions) end a sentence before
# any capitalised word but an acronym: "в 2021 г. Президент", "w 2024 r. Rozmówcy", "2 godz.
# Prezydent", but "3 proc. PKB".
_UNIT_END = frozenset(_words("г гг млн млрд тыс r godz proc tys mln mld mio mrd"))
_SENTENCE_STARTERS = frozenset(
    _words(
        """
        the he she it they this these those that we i you both in on at but and a an as after during
        while however also its their his her our there president prime minister он она они это в на по
        при но и также однако президент
        """
    )
)

_TERMINAL_RUN_RE = re.compile(
    r"(?:[.!?。！？‼⁉]+|…)"  # the stop itself
    # closing quotes/brackets stay with the sentence; a straight quote closes when a space,
    # punctuation or a Korean quotative particle follows ("…원한다."라고 말했다)
    r"(?:[”’»)\]」』〉》]|[\"'](?=\s|$|[,.;:)\]”’]|(?:이?라)?(?:고|며|면서|는|란|던)(?![가-힣])))*"
)
_KO_QUOTATIVE_RE = re.compile(r"(?:이?라)?(?:고|며|면서|는|란|던)(?![가-힣])")
_PREV_TOKEN_RE = re.compile(r"[\w.\-]+$")
_WORD_RE = re.compile(r"\S+")
_DOTTED_RE = re.compile(r"(?:\w\.)+\w")
_LINE_BREAK_RE = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_CLOSERS = "”’»)]」』〉》\"'"


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


# --------------------------------------------------------------------------- lines, paragraphs


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude surrounding whitespace (str.isspace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Stripped spans of the non-blank lines of ``text``, in order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _LINE_BREAK_RE.finditer(text):
        s, e = _strip_span(text, pos, m.start())
        if s < e:
            spans.append((s, e))
        pos = m.end()
    s, e = _strip_span(text, pos, len(text))
    if s < e:
        spans.append((s, e))
    return spans


def _letters_digits(s: str) -> tuple[int, int]:
    """Letters and digits of ``s``, counted up to 3 and 4 (all a fragment test needs)."""
    letters = digits = 0
    for c in s:
        if c.isalpha():
            letters += 1
            if letters > 2:
                break
        elif c.isdigit():
            digits += 1
            if digits > 3 and letters:
                break
    return letters, digits


def _fragment_direction(s: str) -> int:
    """0 if ``s`` is a unit of its own; -1 to merge it into the previous unit, +1 into the next.

    Symbols only (a bullet, a dash) or a short number ("1.") lead what follows; one or two
    letters and nothing else (a lone "다.") end what precedes. A separator line of one
    repeated symbol ("###", "* * *") is a unit of its own.
    """
    letters, digits = _letters_digits(s)
    if letters == 0 and digits <= 3:
        compact = "".join(s.split())
        if len(compact) >= 3 and len(set(compact)) == 1:
            return 0  # a separator line ("###", "* * *", "---") stands alone
        return 1
    if digits == 0 and (letters == 1 or (letters == 2 and _ends_sentence(s) and _is_hangul(s[0]))):
        return -1
    return 0


def _ends_sentence(s: str) -> bool:
    core = s.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in ".!?。！？…:;"


_WRAP_END_WORDS = frozenset(
    _words(
        """
        the a an of and or with to in on for by at from that as than into about between
        и в во с со на по о об к от для из что или а но при
        """
    )
)
# Words that, opening the next line, mark it as a new sentence rather than a wrapped tail.
_WRAP_BLOCKING_STARTERS = frozenset(
    _words("the he she it they this these those we i both in on at but and also он она они это также")
)
_KO_PARTICLE_END_RE = re.compile(r"[가-힣](?:은|는|이|가|을|를|에|의|와|과|고|며|서|로|으로|에서|에게|및)$")


def _is_continuation(text: str, prev: tuple[int, int], nxt: tuple[int, int], wrapped_block: bool) -> bool:
    """Is line ``nxt`` a hard-wrapped continuation of line ``prev`` (the next line, no blank between)?

    Yes when ``prev`` stops mid-sentence (no sentence-final stop) and is long enough, and
    either the next line starts in lower case, ``prev`` ends with a comma/hyphen, a
    function word ("of", "the", "и") or a Korean particle, or the block's lines are of
    near-equal width (``wrapped_block``) and the next line does not open like a sentence.
    """
    if _has_blank_line(text, prev[1], nxt[0]):
        return False
    line = text[prev[0] : prev[1]]
    following = text[nxt[0] : nxt[1]]
    if _ends_sentence(line) or len(line) < WRAP_MIN_CHARS or meta_rules.byline_cuts(text, *prev):
        return False
    if meta_rules.is_list_item(following, dashes=meta_rules.is_list_item(line)):
        return False  # the next item of a list
    last_word = line.split()[-1].lower()
    first = following[0]
    if line[-1] in ",;-–‐" or last_word in _WRAP_END_WORDS or _KO_PARTICLE_END_RE.search(last_word):
        return True
    if first.isalpha() and first.islower():
        return True
    if not wrapped_block:
        return False
    # a near-full line of a wrapped block continues, unless the next line opens like a new
    # sentence, or the line opens its block and reads like a Title Case heading
    next_word = following.split()[0].strip("\"'“‘«(").lower()
    if next_word in _WRAP_BLOCKING_STARTERS:
        return False
    return not (_opens_block(text, prev[0]) and _looks_like_title_case(line))


def _opens_block(text: str, start: int) -> bool:
    """Does the line starting at ``start`` open the text or follow a blank line?"""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k == 0 or _has_blank_line(text, k, start)


def _looks_like_title_case(line: str) -> bool:
    """A cased line whose every lower-case word is a function word ("Readout of the Call with …")."""
    words = [w.strip(".,;:()\"'“”‘’") for w in line.split()]
    cased = [w for w in words if w and w[0].isalpha() and w[0].lower() != w[0].upper()]
    if not cased or len(cased) * 2 < len(words):
        return False  # mostly an uncased script (Korean, Chinese): no such signal
    return all(w[0].isupper() or w.lower() in _WRAP_END_WORDS for w in cased)


def _has_blank_line(text: str, start: int, end: int) -> bool:
    return len(_LINE_BREAK_RE.findall(text, start, end)) > 1


def _wrapped_lines(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """For each line: does it reach near full width in a text that looks hard-wrapped?

    A text looks wrapped when at least WRAP_MIN_LINES of its lines, and a third of all of
    them, reach WRAP_WIDTH_RATIO of its widest line (itself at least WRAP_MIN_WIDTH
    characters). A text of unwrapped paragraphs has a few very long lines, so its short
    headings never come near its widest line.
    """
    if not lines:
        return []
    widths = [e - s for s, e in lines]
    widest = max(widths)
    near = [w >= WRAP_WIDTH_RATIO * widest for w in widths]
    if widest >= WRAP_MIN_WIDTH and sum(near) >= WRAP_MIN_LINES and sum(near) * 3 >= len(lines):
        return near
    return [False] * len(lines)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: one per line, with wrapped continuations and fragment lines merged."""
    lines = _line_spans(text)
    wrapped = _wrapped_lines(text, lines)
    groups: list[list[tuple[int, int]]] = []
    pending_forward: list[tuple[int, int]] = []
    for n, span in enumerate(lines):
        line = text[span[0] : span[1]]
        direction = _fragment_direction(line)
        if direction == 1:
            pending_forward.append(span)
            continue
        if pending_forward:
            groups.append([*pending_forward, span])
            pending_forward = []
            continue
        if groups and (
            direction == -1 or _is_continuation(text, groups[-1][-1], span, n > 0 and wrapped[n - 1])
        ):
            groups[-1].append(span)
            continue
        groups.append([span])
    if pending_forward:
        if groups:
            groups[-1].extend(pending_forward)
        else:
            groups.append(pending_forward)
    return [(g[0][0], g[-1][1]) for g in groups]


# --------------------------------------------------------------------------- sentences


def _prev_token(text: str, pos: int, floor: int) -> str:
    m = _PREV_TOKEN_RE.search(text, max(floor, pos - 40), pos)
    return m.group(0) if m else ""


def _next_word(text: str, pos: int, end: int) -> str:
    m = _WORD_RE.search(text, pos, end)
    if not m:
        return ""
    return m.group(0).strip("\"'“”‘’«»()[]")


def _is_boundary(text: str, start: int, end: int, run_start: int, run_end: int) -> bool:
    """Does the terminal run ``text[run_start:run_end]`` end a sentence?"""
    run = text[run_start:run_end]
    stop = run.rstrip(_CLOSERS)
    before = text[run_start - 1] if run_start > start else ""
    if run_end >= end:
        return True
    after = text[run_end]
    if any(c in "。！？" for c in stop):
        return True
    if not after.isspace():
        # glued: "…분석했다.볼턴 보좌관은" — a Korean ending directly followed by the next sentence
        if not _is_hangul(before) or stop == "…":
            return False
        if not (after.isalnum() or after in "\"'“‘«([" or meta_rules.is_cjk(after)):
            return False
        quoted = any(c in "\"'”’»" for c in run)
        return not (quoted and _KO_QUOTATIVE_RE.match(text, run_end, end))
    # a space follows: look at the next word
    j = run_end
    while j < end and text[j].isspace():
        j += 1
    if j >= end:
        return True
    nxt = text[j]
    if _is_hangul(before) and any(c in "\"'”’»" for c in run) and _KO_QUOTATIVE_RE.match(text, j, end):
        return False
    if stop in ("…", "...", "..") or stop.startswith(".."):
        return nxt.isupper() or _is_hangul(nxt)
    if "." not in stop:  # ! or ?
        return not (nxt.isalpha() and nxt.islower())
    prev = _prev_token(text, run_start, start)
    prev_core = prev.strip(".-").lower()
    if nxt.isalpha() and nxt.islower():
        return False
    if prev and prev.replace(".", "").isdigit() and nxt.isdigit():
        return False  # "2021. 12. 7."
    if (
        prev.rstrip(".").isdigit()
        and len(prev.rstrip(".")) <= 2
        and _next_word(text, j, end).lower() in (meta_rules.MONTH_NAMES)
    ):
        return False  # a German day: "Sonntag, 19. November 2023", "am 4. Oktober"
    if len(prev_core) == 1 and prev_core.isalpha() and prev.strip(".")[-1:].isupper():
        return False  # initials: "Joseph R. Biden", "В.В. Путин"
    if prev_core in _NEVER_END or prev_core.rstrip(".") in _NEVER_END:
        return False
    dotted_acronym = bool(_DOTTED_RE.fullmatch(prev.rstrip(".")))  # "U.S", "В.В"
    if dotted_acronym and _acronym_modifies_title(text, run_start, start, j, end):
        return False  # "with U.S. President Joe Biden": the acronym qualifies the next word
    head, hyphen, acronym = prev.rstrip(".").rpartition("-")
    if hyphen and head and _DOTTED_RE.fullmatch(acronym) and nxt.isupper():
        return False  # "China-U.S. Defense Policy Coordination Talks": a compound's first half
    if prev_core in _UNIT_END:
        word = _next_word(text, j, end)
        return nxt.isupper() and not (len(word) > 1 and word.isupper())
    if prev_core in _MAYBE_END or dotted_acronym:
        word = _next_word(text, j, end).lower()
        if dotted_acronym and not prev_core.replace(".", "").isalpha():
            return True
        return word in _SENTENCE_STARTERS
    return True


_TITLES_AFTER_ACRONYM = frozenset(
    _words(
        """
        president vice secretary ambassador envoy special deputy national government administration
        congress senator senate delegation embassy department treasury army navy forces military
        defense defence trade
        """
    )
)
_WORDS_BEFORE_MODIFIER = frozenset(_words("with of to by for and between from at on the"))


def _acronym_modifies_title(text: str, run_start: int, floor: int, next_at: int, end: int) -> bool:
    """Is a dotted acronym ("U.S.") a modifier of the title after it ("with U.S. President Joe
    Biden", "of the U.K. Government") rather than a sentence's last word? The title follows it
    and a preposition, conjunction or article precedes it (a sentence rarely ends "with U.S.")."""
    if _next_word(text, next_at, end).lower() not in _TITLES_AFTER_ACRONYM:
        return False
    acronym_start = run_start
    while acronym_start > floor and not text[acronym_start - 1].isspace():
        acronym_start -= 1
    k = acronym_start
    while k > floor and text[k - 1].isspace():
        k -= 1
    before = _prev_token(text, k, floor).strip(".,;:").lower()
    return before in _WORDS_BEFORE_MODIFIER


def _dateline_follows(text: str, units: list[_Unit], n: int) -> bool:
    """Is the unit after ``units[n]`` a dateline of its own (which makes a first line a title)?"""
    if n + 1 >= len(units):
        return False
    nxt = units[n + 1]
    return nxt.paragraph != units[n].paragraph and meta_rules.is_dateline(text[nxt.start : nxt.end])


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped sentence spans inside the paragraph ``text[start:end]`` (covering all of it)."""
    cuts: list[int] = []
    for m in _TERMINAL_RUN_RE.finditer(text, start, end):
        if _is_boundary(text, start, end, m.start(), m.end()):
            cuts.append(m.end())
    cuts.extend(meta_rules.byline_cuts(text, start, end))
    cuts = sorted({c for c in cuts if start < c < end})
    spans: list[tuple[int, int]] = []
    pos = start
    for cut in [*cuts, end]:
        s, e = _strip_span(text, pos, cut)
        if s < e:
            spans.append((s, e))
        pos = cut
    return _merge_fragments(text, spans)


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(spans) <= 1:
        return spans
    out: list[tuple[int, int]] = []
    carry: int | None = None  # start of a fragment waiting to join the next unit
    for s, e in spans:
        direction = _fragment_direction(text[s:e])
        if carry is not None:
            s = carry
            carry = None
        if direction == 1:
            carry = s
            continue
        if direction == -1 and out:
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((carry, spans[-1][1]))
    return out


# --------------------------------------------------------------------------- assembly


@dataclass(slots=True)
class _Unit:
    paragraph: int
    start: int
    end: int
    kind: Kind
    language: str


def _language_of(piece: str, fallback: str) -> tuple[str, int]:
    """(language of ``piece``, how many scripts it uses); ``fallback`` when it is too thin to tell."""
    profile = script_profile(piece)
    if sum(profile.values()) < MIN_LETTERS_FOR_DETECTION:
        return fallback, len(profile)
    found = language_of_profile(piece, profile)
    if found == "und" or not leaves_document_language(piece, found, fallback):
        return fallback, len(profile)
    return found, len(profile)


def segment(text: str, *, language: str | None = None) -> SegmentedText:
    """Cut ``text`` into paragraphs and sentences.

    Invariants (for every input string, including empty, whitespace-only, CRLF, NBSP and
    zero-width characters):

    - ``text[u.start:u.end] == u.text`` for every paragraph and sentence, and no unit
      starts or ends with whitespace;
    - the sentences, in order, partition the non-whitespace characters of ``text``; so do
      the paragraphs, and every sentence lies inside its paragraph;
    - ids are 0, 1, 2 … in text order; ``repeat_of`` points to an earlier id;
    - the raw text is returned unchanged in ``SegmentedText.text``.

    ``language`` is the document language if known; paragraphs and sentences still get
    their own detected language when they hold enough letters to tell.
    """
    doc_language = language or detect_language(text)
    para_spans = _paragraph_spans(text)
    units: list[_Unit] = []
    para_languages: list[str] = []
    for p_index, (ps, pe) in enumerate(para_spans):
        p_lang, p_scripts = _language_of(text[ps:pe], doc_language)
        para_languages.append(p_lang)
        spans = _sentence_spans(text, ps, pe)
        for ss, se in spans:
            # a one-script paragraph's sentences share its language; mixed ones are told apart
            s_lang = p_lang if p_scripts <= 1 or len(spans) == 1 else _language_of(text[ss:se], p_lang)[0]
            units.append(_Unit(p_index, ss, se, "claim", s_lang))

    # meta: headings, datelines, bylines, debris, titles
    paragraph_unit_counts = [0] * len(para_spans)
    for u in units:
        paragraph_unit_counts[u.paragraph] += 1
    first_claimish = True
    for n, u in enumerate(units):
        piece = text[u.start : u.end]
        alone = paragraph_unit_counts[u.paragraph] == 1
        if meta_rules.is_meta(piece, alone=alone, first=first_claimish, doc_language=doc_language):
            u.kind = "meta"
        elif n == 0 and alone and _dateline_follows(text, units, n):
            u.kind = "meta"  # a title line, even with a full stop: "Entretien du Président … ."
        else:
            first_claimish = False

    # repeats: whole paragraphs first, then single sentences
    texts = [text[u.start : u.end] for u in units]
    repeat = find_repeats(
        texts,
        [u.paragraph for u in units],
        [u.kind == "claim" for u in units],
    )
    for i in repeat.sentence_repeat_of:
        units[i].kind = "repeat"

    # lemmas: each distinct (text, language) once, a language's sentences in one batch
    wanted: dict[str, dict[str, None]] = {}
    for i, u in enumerate(units):
        wanted.setdefault(u.language, {})[texts[i]] = None
    lemma_of: dict[tuple[str, str], tuple[str, ...]] = {}
    for lang, pieces in wanted.items():
        batch = list(pieces)
        for piece, lemmas in zip(batch, lemmatize_many(batch, lang), strict=True):
            lemma_of[(piece, lang)] = lemmas
    sentences: list[Sentence] = []
    for i, u in enumerate(units):
        lemmas = lemma_of[(texts[i], u.language)]
        sentences.append(
            Sentence(
                id=i,
                paragraph=u.paragraph,
                start=u.start,
                end=u.end,
                text=texts[i],
                kind=u.kind,
                language=u.language,
                lemmas=lemmas,
                repeat_of=repeat.sentence_repeat_of.get(i),
            )
        )

    kinds_of: list[list[Kind]] = [[] for _ in para_spans]
    for u in units:
        kinds_of[u.paragraph].append(u.kind)
    paragraphs: list[Paragraph] = []
    for p_index, (ps, pe) in enumerate(para_spans):
        kinds = kinds_of[p_index]
        repeat_of = repeat.paragraph_repeat_of.get(p_index)
        if repeat_of is not None:
            p_kind: Kind = "repeat"
        elif kinds and all(k == "meta" for k in kinds):
            p_kind = "meta"
        else:
            p_kind = "claim"
        paragraphs.append(
            Paragraph(
                id=p_index,
                start=ps,
                end=pe,
                text=text[ps:pe],
                kind=p_kind,
                language=para_languages[p_index],
                repeat_of=repeat_of,
            )
        )

    first_claim = next((i for i, u in enumerate(units) if u.kind != "meta"), len(units))
    info = meta_rules.document_info(
        [texts[i] for i in range(first_claim)],
        [texts[i] for i, u in enumerate(units) if u.kind == "meta" and i >= first_claim],
    )
    return SegmentedText(
        text=text,
        language=doc_language,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        title=info.title,
        date=info.date,
        source=info.source,
    )


def split_statements(text: str) -> tuple[StatementSpan, ...]:
    """Cut a combined document into one span per statement (see ``app.text.combined``)."""
    from app.text.combined import split_statements as split

    return split(text)
