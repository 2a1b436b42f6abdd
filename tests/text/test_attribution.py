"""News reports: claims attributed to the side that speaks or is cited, narration set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.text.actors import find_actors, load_actor_table
from app.text.attribution import Attribution, SideRef, attribute, build_side_texts
from app.text.segment import segment


def side_of(attribution: Attribution, fragment: str) -> int | None:
    matches = [s for s in attribution.segmented.sentences if fragment in s.text and s.kind == "claim"]
    assert len(matches) == 1, fragment
    return attribution.assignment[matches[0].id]


def test_2018_report_splits_into_russian_and_us_accounts(report_2018: str) -> None:
    a = attribute(report_2018)
    assert a.side_labels == ("Russia", "United States")
    assert a.side_groups == ("russia", "united_states")
    russia, us = 0, 1
    assert side_of(a, "크렘린궁에 따르면") == russia  # cited source
    assert side_of(a, "푸틴 대통령은 볼턴 보좌관과의 면담을 시작하며") == russia
    assert side_of(a, "푸틴은 이어") == russia
    assert side_of(a, "이에 볼턴 보좌관도") == us
    assert side_of(a, '그는 "과거에도') == us  # pronoun: inherits Bolton; Trump inside the quote is ignored
    assert side_of(a, "세라 허커비 샌더스") == us
    assert side_of(a, "샌더스는 트위터를 통해") == us
    assert side_of(a, "한편 러시아 외무부는") == russia
    assert side_of(a, "또 대화의 상당 부분은") == russia  # connective: inherits the Russian MFA
    # the reporter's narration, and TASS's analysis, belong to neither side
    assert side_of(a, "타스 통신은 분석했다") is None
    assert side_of(a, "회담은 처음부터 끝까지 비공개로 진행됐다.") is None
    assert side_of(a, "장소로는 오스트리아 빈과") is None
    assert side_of(a, "이 자리엔 러시아 측에서") is None


def test_repeats_and_meta_are_never_attributed(report_2018: str) -> None:
    a = attribute(report_2018)
    attributed = set(a.assignment)
    for s in a.segmented.sentences:
        assert (s.id in attributed) == (s.kind == "claim")


def test_side_texts_hold_each_sides_claims_once(report_2018: str) -> None:
    a = attribute(report_2018)
    left, right = a.statement_texts()
    assert left.count("크렘린궁에 따르면") == 1  # the repeated block contributes nothing
    assert "볼턴 보좌관도" not in left and "볼턴 보좌관도" in right
    assert "비공개로 진행됐다" not in left + right
    # side texts re-segment into exactly the attributed claims
    for side, text in enumerate((left, right)):
        resegmented = [s.text for s in segment(text).claims]
        assert resegmented == [a.segmented.sentences[i].text for i in a.sentence_ids(side)]


def test_build_side_texts_follows_an_explicit_assignment(report_2018: str) -> None:
    a = attribute(report_2018)
    seg = a.segmented
    narration = [i for i, side in a.assignment.items() if side is None]
    ours: dict[int, SideRef] = {narration[0]: "left", narration[1]: 1, narration[2]: "narration"}
    left, right = build_side_texts(seg, ours)
    assert left == seg.sentences[narration[0]].text
    assert right == seg.sentences[narration[1]].text
    # the same correction through the Attribution overrides its own guess
    assert build_side_texts(a, ours) == (left, right)
    with pytest.raises(ValueError):
        build_side_texts(seg, {narration[0]: "middle"})
    with pytest.raises(ValueError):
        build_side_texts(seg)


ENGLISH_REPORT = """Putin and Bolton discuss summit

MOSCOW (Reuters) - Russian President Vladimir Putin met U.S. security adviser John Bolton on Wednesday.
"Russia never sought confrontation," Putin told Bolton at the start of the meeting.
He said relations were in a poor state.
Bolton said both sides wanted to improve ties.
The meeting lasted about 90 minutes.
According to the Kremlin, the two men discussed arms control.
"""


def test_english_report_speakers_citations_and_pronouns() -> None:
    a = attribute(ENGLISH_REPORT)
    assert a.side_labels == ("Russia", "United States")
    assert side_of(a, "Russian President Vladimir Putin met") is None  # narration: no speech
    assert side_of(a, "Russia never sought confrontation") == 0
    assert side_of(a, "He said relations") == 0
    assert side_of(a, "Bolton said both sides") == 1
    assert side_of(a, "The meeting lasted") is None
    assert side_of(a, "According to the Kremlin") == 0


RUSSIAN_REPORT = """В.В. Путин принял в Кремле Дж. Болтона

Встреча прошла в Кремле 27 июня 2018 г.
Путин заявил, что отношения находятся не в лучшем состоянии.
Он также выразил надежду на восстановление диалога.
По словам Болтона, президент США хочет встречи.
Переговоры продолжались около двух часов.
"""


def test_russian_report_speakers_citations_and_pronouns() -> None:
    a = attribute(RUSSIAN_REPORT)
    assert a.side_labels == ("Russia", "United States")
    assert side_of(a, "Встреча прошла") is None
    assert side_of(a, "Путин заявил") == 0
    assert side_of(a, "Он также выразил") == 0
    assert side_of(a, "По словам Болтона") == 1
    assert side_of(a, "Переговоры продолжались") is None


def test_a_report_quoting_one_side_has_a_fallback_second_label() -> None:
    a = attribute("Putin said the talks were useful. The weather was fine.")
    assert a.side_labels == ("Russia", "Second side")
    assert a.sentence_ids(1) == ()


def test_actor_table_is_data_driven(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        '[sides.mars]\nlabel = "Mars"\n[actors.zorg]\ngroup = "mars"\nlabel = "Zorg"\n'
        'names.en = ["Zorg"]\nnames.ko = ["조르그"]\n',
        encoding="utf-8",
    )
    table = load_actor_table(path)
    assert table.side_labels == {"mars": "Mars"}
    assert [m.actor.id for m in find_actors("Zorg spoke. 조르그는 말했다. Zorgon left.", table)] == [
        "zorg",
        "zorg",
    ]


def test_a_leader_named_by_office_speaks_for_its_side() -> None:
    a = attribute(
        "러시아 대통령은 협정 이행의 중요성을 강조했다. 미국 대통령은 제재 가능성을 언급했다. "
        "회담은 두 시간 진행됐다."
    )
    assert a.side_labels == ("Russia", "United States")
    assert [a.assignment[s.id] for s in a.segmented.claims] == [0, 1, None]
