"""Split a news report that quotes both sides into one account per side.

Each claim sentence of the report is attributed to the side of whoever speaks or is
cited in it (Putin, the Kremlin, Ushakov … vs Bolton, Sanders, the White House …, from
``app/text/data/actors.toml``) or left to the reporter's narration. A sentence that
opens with a pronoun or a connective ("그는 …", "이어", "He …", "Он …") and names no
speaker of its own inherits the previous sentence's side. Repeats and meta lines are
never attributed.

``attribute`` guesses; ``build_side_texts`` turns any assignment (the guess, or one a
user corrected) into the two texts to segment and align.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from app.text.actors import PRESS_GROUP, Mention, find_actors, side_label
from app.text.segment import segment
from app.text.types import SegmentedText, Sentence

Reason = Literal["cited", "speaker", "continuation", "narration", "other-side"]
SideRef = int | str | None
"""A side in an assignment: 0/1 (or "left"/"right"), None (or "narration") for neither."""

SIDE_TEXT_SEPARATOR = "\n\n"
FALLBACK_SIDE_LABELS = ("First side", "Second side")

# Korean: how many bare words (titles such as "미 백악관 대변인") may stand between a
# name and its subject particle. (Tuned on the 2018 seed: "세라 허커비 샌더스 미 백악관
# 대변인은" needs 3.)
KO_TITLE_WORDS = 3
# English/Russian: a speaker named after the speech verb ("…, said Putin") is at most
# this many words away from it.
POST_VERB_SPEAKER_WORDS = 6

_QUOTE_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|‘[^’\n]*’|「[^」\n]*」")

_KO_SPEECH_RE = re.compile(
    r"(?:말|밝|강조|전|화답|제안|확인|소개|덧붙|설명|주장|언급|지적|표명|촉구|경고|답|축하|요구|반박|비판"
    r"|평가|분석|발표|약속|다짐|환영|감사|전망|예상|기대|희망|당부|요청|제의|시사|부인|선언|통보|역설|호소|알리)"
    r"(?:했|하며|하고|하면서|한다|합니다|혔|히며|히고|히면서|였|이며|이고|렸|리며)"
)
_KO_CITATION_RE = re.compile(r"\s*(?:에|의)\s*(?:따르면|의하면)")
_EN_SPEECH_RE = re.compile(
    r"\b(?:said|says|say|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|noted|notes|underscored"
    r"|underlined|told|tells|added|adds|expressed|urged|warned|called for|reiterated|welcomed|thanked"
    r"|affirmed|reaffirmed|proposed|suggested|confirmed|announced|declared|insisted|argued|claimed"
    r"|explained|pointed out|highlighted|voiced|praised|condemned|congratulated|assured|pledged|promised"
    r"|made clear|remarked|replied|responded|wrote|tweeted|informed|raised|conveyed)\b",
    re.IGNORECASE,
)
_EN_CITATION_RE = re.compile(r"\b(?:according to|as reported by|in the words of)\s+$", re.IGNORECASE)
_RU_SPEECH_RE = re.compile(
    r"(?<![\w])(?:заяви|сказа|подчеркну|отмети|сообщи|вырази|призва|предложи|завери|указа|добави|напомни"
    r"|поясни|констатирова|высказа|обрати\w* внимание|расска|подтверди|поблагодари|осуди|пообеща)\w*",
    re.IGNORECASE,
)
_RU_CITATION_RE = re.compile(
    r"(?:по словам|по данным|по информации|как сообщ\w*|согласно)\s+$",
    re.IGNORECASE,
)

_KO_SUBJECT_ENDINGS = ("께서는", "께서", "은", "는", "이", "가", "도")
_KO_OTHER_ENDINGS = (
    "와도",
    "과도",
    "에도",
    "에서도",
    "로도",
    "으로도",
    "에게도",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "과",
    "와",
    "로",
    "으로",
    "에게",
    "한테",
    "까지",
    "부터",
    "만",
    "처럼",
    "보다",
)
_CONTINUATION_RE = re.compile(
    r"^(?:그는|그녀는|그들은|그도|이어|또|또한|그러면서|아울러|이와 함께|이에 대해 그는|그러나 그는"
    r"|(?:He|She|They)\b|(?:He|She|They) also\b|(?:Also|Additionally|Furthermore|Moreover)\b"
    r"|(?:Он|Она|Они|Также|Кроме того|При этом|Вместе с тем)\b)"
)


@dataclass(frozen=True, slots=True)
class SentenceAttribution:
    """Why one claim sentence went to a side (or to narration)."""

    sentence: int
    side: int | None
    """Index into ``Attribution.side_labels``; None for the reporter's narration."""
    actor: str | None
    """Id of the actor found speaking or cited (``actors.toml``), if any."""
    reason: Reason


@dataclass(frozen=True, slots=True)
class Attribution:
    """A news report split by side: which claim sentence speaks for which side."""

    segmented: SegmentedText
    side_labels: tuple[str, str]
    """Display labels of the two sides, in order of first appearance ("Russia", "United States")."""
    side_groups: tuple[str | None, str | None]
    """The actor groups behind the labels ("russia", "united_states"); None when not found."""
    assignment: dict[int, int | None] = field(default_factory=dict)
    """Claim sentence id -> side index (0 or 1) or None for narration. Repeats and meta are absent."""
    details: tuple[SentenceAttribution, ...] = ()

    def side_of(self, sentence_id: int) -> int | None:
        """The side index a sentence is attributed to (None: narration, meta or repeat)."""
        return self.assignment.get(sentence_id)

    def sentence_ids(self, side: int | None) -> tuple[int, ...]:
        """Ids of the claim sentences attributed to ``side`` (None: narration), in text order."""
        return tuple(i for i, s in sorted(self.assignment.items()) if s == side)

    def statement_texts(self) -> tuple[str, str]:
        """The text of each side's attributed claims (see ``build_side_texts``)."""
        return build_side_texts(self.segmented, self.assignment)


# --------------------------------------------------------------------------- speaker finding


def _blank_quotes(text: str) -> str:
    """``text`` with quoted passages replaced by spaces (same length, so offsets hold)."""
    return _QUOTE_RE.sub(lambda m: " " * len(m.group(0)), text)


def _ko_is_subject(text: str, mention: Mention) -> bool:
    """Is the Korean mention the subject of its clause (name [titles] + 은/는/이/가/도)?"""
    rest = text[mention.end :]
    first = re.match(r"\S*", rest)
    suffix = first.group(0) if first else ""
    words = (
        [suffix, *rest[len(suffix) :].split()[:KO_TITLE_WORDS]]
        if suffix
        else rest.split()[: KO_TITLE_WORDS + 1]
    )
    for n, word in enumerate(words):
        core = word.rstrip(",.")
        if n == 0 and suffix == "" and not core:
            continue
        if any(core.endswith(e) for e in _KO_OTHER_ENDINGS):
            return False
        if any(core.endswith(e) for e in _KO_SUBJECT_ENDINGS) and len(core) <= 7:
            return True
        if word.endswith(","):
            return False
    return False


def _find_speaker_ko(plain: str, mentions: list[Mention]) -> tuple[Mention | None, bool]:
    for m in mentions:
        if _KO_CITATION_RE.match(plain, m.end) or re.match(
            r"[가-힣]{0,2}(?:에|의)\s*(?:따르면|의하면)", plain[m.end :]
        ):
            return m, True
    verbs = list(_KO_SPEECH_RE.finditer(plain))
    if not verbs:
        return None, False
    last_verb = verbs[-1].start()
    subjects = [m for m in mentions if m.start < last_verb and _ko_is_subject(plain, m)]
    return (subjects[-1] if subjects else None), False


def _find_speaker_latin(
    plain: str, mentions: list[Mention], speech: re.Pattern[str], citation: re.Pattern[str]
) -> tuple[Mention | None, bool]:
    for m in mentions:
        if citation.search(plain[max(0, m.start - 40) : m.start]):
            return m, True
    verb = speech.search(plain)
    if not verb:
        return None, False
    before = [m for m in mentions if m.end <= verb.start()]
    if before:
        return before[0], False
    after = [
        m
        for m in mentions
        if m.start >= verb.end() and len(plain[verb.end() : m.start].split()) <= POST_VERB_SPEAKER_WORDS
    ]
    return (after[0] if after else None), False


def find_speaker(sentence: Sentence) -> tuple[Mention | None, bool, bool]:
    """(speaker or cited actor, whether it is a citation, whether the sentence reports speech).

    Quoted passages are ignored: a name inside a quote is what is said, not who says it.
    """
    plain = _blank_quotes(sentence.text)
    mentions = find_actors(plain)
    quoted = plain != sentence.text
    if sentence.language == "ko":
        speaker, cited = _find_speaker_ko(plain, mentions)
        speech = bool(_KO_SPEECH_RE.search(plain)) or quoted
    elif sentence.language in ("ru", "uk", "be", "bg"):
        speaker, cited = _find_speaker_latin(plain, mentions, _RU_SPEECH_RE, _RU_CITATION_RE)
        speech = bool(_RU_SPEECH_RE.search(plain)) or quoted
    else:
        speaker, cited = _find_speaker_latin(plain, mentions, _EN_SPEECH_RE, _EN_CITATION_RE)
        speech = bool(_EN_SPEECH_RE.search(plain)) or quoted
    return speaker, cited, speech or cited


# --------------------------------------------------------------------------- attribution


def attribute(text: str, *, language: str | None = None) -> Attribution:
    """Attribute each claim sentence of a news report to one of the two sides it quotes.

    Invariants: only sentences of kind ``claim`` are assigned (repeats and meta never);
    each gets side 0, 1 or None (narration); side 0 is the side heard first. A sentence
    is given a side when it reports speech (a speech verb or a quote) by, or cites (에
    따르면, according to, по словам), an actor of that side; press agencies count as
    narration; a pronoun/connective opening with no speaker of its own inherits the
    previous claim's side.
    """
    seg = segment(text, language=language)
    raw: list[tuple[Sentence, str | None, str | None, Reason]] = []  # sentence, group, actor id, reason
    previous_group: str | None = None
    for s in seg.sentences:
        if s.kind != "claim":
            continue
        speaker, cited, speech = find_speaker(s)
        group: str | None = None
        actor: str | None = None
        reason: Reason = "narration"
        if speaker is not None and speech:
            actor = speaker.actor.id
            if speaker.actor.group != PRESS_GROUP:
                group = speaker.actor.group
                reason = "cited" if cited else "speaker"
        elif speaker is None and speech and _CONTINUATION_RE.match(s.text):
            group = previous_group
            reason = "continuation" if group else "narration"
        raw.append((s, group, actor, reason))
        previous_group = group

    counts = Counter(g for _, g, _, _ in raw if g)
    first_seen: dict[str, int] = {}
    for n, (_, g, _, _) in enumerate(raw):
        if g and g not in first_seen:
            first_seen[g] = n
    top = sorted(counts, key=lambda g: (-counts[g], first_seen[g]))[:2]
    top.sort(key=lambda g: first_seen[g])
    groups: list[str | None] = [*top, None, None][:2]
    labels = tuple(side_label(g) if g else FALLBACK_SIDE_LABELS[n] for n, g in enumerate(groups))

    assignment: dict[int, int | None] = {}
    details: list[SentenceAttribution] = []
    for s, g, actor, reason in raw:
        side = groups.index(g) if g is not None and g in groups else None
        if g is not None and side is None:
            reason = "other-side"
        assignment[s.id] = side
        details.append(SentenceAttribution(sentence=s.id, side=side, actor=actor, reason=reason))
    return Attribution(
        segmented=seg,
        side_labels=(labels[0], labels[1]),
        side_groups=(groups[0], groups[1]),
        assignment=assignment,
        details=tuple(details),
    )


def _side_index(value: SideRef) -> int | None:
    if value is None or value == "narration":
        return None
    if value in (0, "left", "0"):
        return 0
    if value in (1, "right", "1"):
        return 1
    raise ValueError(f"unknown side {value!r}: expected 0, 1, 'left', 'right', None or 'narration'")


def build_side_texts(
    source: Attribution | SegmentedText, assignment: Mapping[int, SideRef] | None = None
) -> tuple[str, str]:
    """The two sides' texts: each side's assigned sentences, in text order, joined by a blank line.

    ``assignment`` maps sentence id -> side (0/1, "left"/"right", or None/"narration");
    without it, an ``Attribution``'s own assignment is used. Sentences not in the mapping
    are left out. Each sentence's text is copied exactly, so re-segmenting a side text
    gives back the same sentences. Pure: the same arguments always give the same texts.
    """
    if isinstance(source, Attribution):
        seg = source.segmented
        mapping: Mapping[int, SideRef] = source.assignment if assignment is None else assignment
    else:
        if assignment is None:
            raise ValueError("an assignment is needed to build side texts from a SegmentedText")
        seg = source
        mapping = assignment
    parts: tuple[list[str], list[str]] = ([], [])
    for s in seg.sentences:
        if s.id not in mapping:
            continue
        side = _side_index(mapping[s.id])
        if side is not None:
            parts[side].append(s.text)
    return SIDE_TEXT_SEPARATOR.join(parts[0]), SIDE_TEXT_SEPARATOR.join(parts[1])
