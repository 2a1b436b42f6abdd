"""Segmentation: sentence boundaries, fragments, meta lines, repeats and the seeds' structure."""

from __future__ import annotations

import pytest

from app.text.segment import segment
from app.text.types import SegmentedText


def texts(seg: SegmentedText) -> list[str]:
    return [s.text for s in seg.sentences]


def kinds(seg: SegmentedText) -> list[str]:
    return [s.kind for s in seg.sentences]


# --------------------------------------------------------------------------- boundaries

ENGLISH_SAMPLE = (
    "Readout of President Joseph R. Biden, Jr. Call with Prime Minister Rishi Sunak\n\n"
    "THE WHITE HOUSE\n\n"
    "October 25, 2022\n\n"
    "President Joseph R. Biden, Jr. spoke today with Prime Minister Rishi Sunak of No. 10 Downing Street. "
    "The U.S. will provide 1.1 billion dollars in new assistance. Mr. Sunak thanked the President. "
    "The leaders agreed to stay in close contact.\n"
)


def test_english_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    seg = segment(ENGLISH_SAMPLE)
    assert texts(seg)[3:] == [
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Rishi Sunak "
        "of No. 10 Downing Street.",
        "The U.S. will provide 1.1 billion dollars in new assistance.",
        "Mr. Sunak thanked the President.",
        "The leaders agreed to stay in close contact.",
    ]
    assert kinds(seg) == ["meta", "meta", "meta", "claim", "claim", "claim", "claim"]
    assert seg.language == "en"
    assert seg.date == "2022-10-25"
    assert seg.title == "Readout of President Joseph R. Biden, Jr. Call with Prime Minister Rishi Sunak"
    assert seg.source == "White House"


def test_a_dotted_acronym_ends_a_sentence_before_a_sentence_starter() -> None:
    seg = segment("The aid came from the U.S. The leaders welcomed it.")
    assert texts(seg) == ["The aid came from the U.S.", "The leaders welcomed it."]


RUSSIAN_SAMPLE = (
    "Телефонный разговор с Президентом США Джозефом Байденом\n\n"
    "В.В. Путин провёл телефонный разговор с Президентом Соединённых Штатов Америки Дж. Байденом. "
    "Обсуждалось выполнение договорённостей, достигнутых на встрече в Женеве в июне 2021 г. "
    "Российская сторона напомнила о своих предложениях, т.е. о проектах договора и соглашения. "
    "Президенты договорились продолжить контакты.\n\n"
    "Москва, Кремль, 30 декабря 2021 года\n"
)


def test_russian_initials_abbreviations_and_year_marks() -> None:
    seg = segment(RUSSIAN_SAMPLE)
    assert seg.language == "ru"
    assert [s.text for s in seg.claims] == [
        "В.В. Путин провёл телефонный разговор с Президентом Соединённых Штатов Америки Дж. Байденом.",
        "Обсуждалось выполнение договорённостей, достигнутых на встрече в Женеве в июне 2021 г.",
        "Российская сторона напомнила о своих предложениях, т.е. о проектах договора и соглашения.",
        "Президенты договорились продолжить контакты.",
    ]
    assert kinds(seg)[0] == "meta" and kinds(seg)[-1] == "meta"
    assert seg.date == "2021-12-30"
    assert seg.claims[0].lemmas[:3] == ("путин", "провести", "телефонный")


def test_abbreviations_of_other_latin_languages_end_sentences_only_where_they_should() -> None:
    seg = segment(
        "Prezydent zaproponował, aby państwa NATO przeznaczały na obronność co najmniej 3 proc. PKB. "
        "Rozmowa odbyła się w 2024 r. Rozmówcy omówili sytuację. Spotkanie trwało 2 godz. "
        "Prezydent podziękował za wsparcie, np. dostawy sprzętu."
    )
    assert texts(seg) == [
        "Prezydent zaproponował, aby państwa NATO przeznaczały na obronność co najmniej 3 proc. PKB.",
        "Rozmowa odbyła się w 2024 r.",
        "Rozmówcy omówili sytuację.",
        "Spotkanie trwało 2 godz.",
        "Prezydent podziękował za wsparcie, np. dostawy sprzętu.",
    ]
    german = segment("Sie sprachen über Handel, Energie usw. Die beiden vereinbarten weitere Gespräche.")
    assert len(german.claims) == 2


def test_korean_sentences_run_together_without_a_space_are_split() -> None:
    text = "볼턴 보좌관은 군축 문제를 논의했다고 타스 통신은 분석했다.볼턴 보좌관은 푸틴 대통령을 예방했다."
    seg = segment(text)
    assert texts(seg) == [
        "볼턴 보좌관은 군축 문제를 논의했다고 타스 통신은 분석했다.",
        "볼턴 보좌관은 푸틴 대통령을 예방했다.",
    ]
    assert all(s.language == "ko" for s in seg.sentences)


def test_korean_quote_ending_in_a_stop_then_quotative_particle_is_one_sentence() -> None:
    text = '푸틴은 "우리는 대화를 원한다."라고 말했다. 볼턴도 화답했다.'
    assert texts(segment(text)) == ['푸틴은 "우리는 대화를 원한다."라고 말했다.', "볼턴도 화답했다."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = '"They are null and void. The integrity of Ukraine will be restored." Then the call ended.'
    assert texts(segment(text)) == [
        '"They are null and void.',
        'The integrity of Ukraine will be restored."',
        "Then the call ended.",
    ]


def test_fragments_are_merged_into_a_neighbour_never_dropped() -> None:
    # a lone Korean ending on its own line joins the line before it
    seg = segment("회담은 비공개로 진행됐\n다.\n\n양자 문제가 논의되었다.")
    assert texts(seg) == ["회담은 비공개로 진행됐\n다.", "양자 문제가 논의되었다."]
    assert len(seg.paragraphs) == 2
    # a bullet leads the sentence after it, on the same line or the next
    assert texts(segment("• The leaders met. • They agreed.")) == ["• The leaders met.", "• They agreed."]
    assert texts(segment("•\nThe leaders met.")) == ["•\nThe leaders met."]
    assert texts(segment("1. The leaders met.")) == ["1. The leaders met."]


def test_hard_wrapped_lines_form_one_paragraph() -> None:
    text = (
        "The two leaders discussed vaccination efforts in both\n"
        "countries, and the urgency of getting people vaccinated.\n"
        "The Prime Minister thanked the President."
    )
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == [text[:110], "The Prime Minister thanked the President."]
    assert texts(seg)[0].endswith("getting people vaccinated.")
    assert len(seg.sentences) == 2


# --------------------------------------------------------------------------- meta


def test_headings_datelines_bylines_and_debris_are_meta() -> None:
    text = "\n".join(
        [
            "백악관 브리핑룸",
            "BRIEFING ROOM",
            "Kremlin, 2021. 12. 7.",
            "2021년 12월 7일",
            "December 7, 2021",
            "입력",
            "수정 2018.06.27 21:32",
            "(Readout of President Biden’s Video Call with President Vladimir Putin of Russia)",
            "Background:",
        ]
    )
    seg = segment(text)
    assert kinds(seg) == ["meta"] * 9


def test_short_real_claims_are_not_meta() -> None:
    text = (
        "양자 문제가 논의되었다.\n\n"
        "The two leaders agreed to stay in close contact.\n\n"
        "Также обсуждалась Сирия."
    )
    assert kinds(segment(text)) == ["claim", "claim", "claim"]


def test_a_chinese_or_japanese_sentence_that_opens_with_its_date_is_a_claim() -> None:
    # no spaces: the whole sentence once looked like one word after a date, i.e. a dateline
    text = (
        "2021年11月16日上午，国家主席习近平同美国总统拜登举行视频会晤。\n\n"
        "2023年11月16日、岸田総理大臣はバイデン大統領と首脳会談を行いました。\n\n"
        "2021年11月16日 外交部"
    )
    assert kinds(segment(text)) == ["claim", "claim", "meta"]


def test_list_items_are_claims_each_on_its_own() -> None:
    text = (
        "President Biden welcomed Prime Minister Modi. The leaders:\n\n"
        "- Affirmed their commitment to a free and open Indo-Pacific;\n"
        "- Launched the Initiative on Critical and Emerging Technology\n"
        "• Welcomed the jet engine agreement\n"
        "1) India will join the Minerals Security Partnership\n"
        "2) The U.S. will open new consulates in Bengaluru and Ahmedabad"
    )
    claims = [s.text for s in segment(text).claims]
    assert len(claims) == 7
    assert claims[2].startswith("- Affirmed") and claims[6].startswith("2) The U.S.")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("President Xi Jinping held a meeting with U.S. President Joe Biden at the Filoli Estate.", 1),
        ("Talks with the U.K. Government continued. They were useful.", 2),
        ("He thanked the U.S. The President agreed.", 2),
    ],
)
def test_an_acronym_before_a_title_does_not_end_the_sentence(text: str, count: int) -> None:
    assert len(segment(text).sentences) == count


def test_german_and_french_headers_are_meta_and_the_opening_is_the_first_claim() -> None:
    german = (
        "Bundeskanzler Scholz telefoniert mit US-Präsident Biden\n\n"
        "Sonntag, 19. November 2023\n\n"
        "Regierungssprecher Steffen Hebestreit teilt mit:\n\n"
        "Bundeskanzler Olaf Scholz hat heute mit Joe Biden telefoniert. Am 4. Oktober trafen sie sich."
    )
    doc = segment(german)
    assert kinds(doc) == ["meta", "meta", "meta", "claim", "claim"]
    assert doc.date == "2023-11-19"
    french = (
        "Entretien du Président Emmanuel Macron avec le Président des États-Unis, Joe Biden.\n\n"
        "Publié le 22 janvier 2024\n\n"
        "Le Président de la République s'est entretenu ce jour avec le Président Joe Biden."
    )
    assert kinds(segment(french)) == ["meta", "meta", "claim"]


def test_a_hyphenated_acronym_before_a_name_does_not_end_the_sentence() -> None:
    text = "They agreed to resume China-U.S. Defense Policy Coordination Talks. They also discussed AI."
    assert len(segment(text).sentences) == 2


def test_numbered_section_headings_and_announcements_are_meta() -> None:
    text = (
        "Prime Minister Kishida held a summit meeting with President Biden. "
        "The overview of the meeting is as follows.\n\n"
        "1. Japan-U.S. Alliance\n\n"
        "The two leaders concurred to further modernize the Alliance.\n\n"
        "2. Regional affairs\n\n"
        "1) India will join the Minerals Security Partnership"
    )
    assert kinds(segment(text)) == ["claim", "meta", "meta", "claim", "meta", "claim"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "The below is attributable to Spokesperson Matthew Miller:",
        "The following is attributable to Spokesperson Ned Price:",
        "Press Secretary Karine Jean-Pierre provided the following readout:",
        "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout:",
    ],
)
def test_a_spokespersons_lead_in_is_meta(lead_in: str) -> None:
    seg = segment(f"{lead_in}\n\nSecretary Blinken met with Wang Yi today. They discussed Taiwan.")
    assert kinds(seg) == ["meta", "claim", "claim"]


def test_ranks_before_a_name_do_not_end_a_sentence_and_a_month_abbreviation_may() -> None:
    seg = segment(
        "On Oct. 23 Maj. Gen. Pat Ryder said Secretary Austin spoke with Defense Minister Adm. Dong Jun. "
        "The two leaders discussed the South China Sea."
    )
    assert texts(seg) == [
        "On Oct. 23 Maj. Gen. Pat Ryder said Secretary Austin spoke with Defense Minister Adm. Dong Jun.",
        "The two leaders discussed the South China Sea.",
    ]


def test_a_long_readout_title_listing_every_office_is_the_title() -> None:
    title = (
        "Readout of National Security Advisor Jake Sullivan's Meeting with Chinese Communist Party "
        "Politburo Member, Director of the Office of the Central Foreign Affairs Commission, and "
        "Foreign Minister Wang Yi"
    )
    seg = segment(
        f"{title}\n\nSTATEMENTS AND RELEASES\n\nJANUARY 27, 2024\n\n"
        "Jake Sullivan met with Wang Yi in Bangkok. They discussed Taiwan."
    )
    assert kinds(seg) == ["meta", "meta", "meta", "claim", "claim"]
    assert seg.title == title
    # later in a text, a long unpunctuated line opening with the same word stays a claim
    late = segment(f"Jake Sullivan met with Wang Yi in Bangkok.\n\n{title}")
    assert kinds(late) == ["claim", "claim"]


def test_a_long_claim_ending_in_as_follows_stays_a_claim() -> None:
    text = "President Biden and President Xi agreed to resume cooperation on counternarcotics as follows."
    assert kinds(segment(text)) == ["claim"]


def test_a_sentence_that_quotes_after_the_following_stays_a_claim() -> None:
    assert kinds(segment("He said the following: we will not be deterred.")) == ["claim"]


def test_byline_glued_to_the_last_sentence_is_a_meta_unit() -> None:
    seg = segment("미·러 양측은 이에 대해 언급하지 않았다./연합뉴스")
    assert texts(seg) == ["미·러 양측은 이에 대해 언급하지 않았다.", "/연합뉴스"]
    assert kinds(seg) == ["claim", "meta"]
    assert seg.source == "연합뉴스"


def test_press_prefix_is_split_off_as_meta() -> None:
    seg = segment("(Moscow) Reuters — Putin said the talks were useful.")
    assert texts(seg) == ["(Moscow) Reuters —", "Putin said the talks were useful."]
    assert kinds(seg) == ["meta", "claim"]


def test_a_chinese_agency_dateline_is_split_off_as_meta() -> None:
    seg = segment("新华社北京4月2日电　4月2日晚，国家主席习近平应约同美国总统拜登通电话。")
    assert texts(seg) == ["新华社北京4月2日电", "4月2日晚，国家主席习近平应约同美国总统拜登通电话。"]
    assert kinds(seg) == ["meta", "claim"]
    assert seg.source == "新华社"


def test_unpunctuated_korean_sentence_is_a_claim() -> None:
    assert kinds(segment("제목\n\n두 정상은 긴밀히 협력하기로 합의했다")) == ["meta", "claim"]


# --------------------------------------------------------------------------- repeats


def test_repeated_paragraph_is_kept_once_and_raw_text_is_unchanged() -> None:
    a = "The leaders discussed the situation around Ukraine in detail."
    b = "They agreed to continue the dialogue at all levels next year."
    text = f"{a}\n{b}\n{a}\n"
    seg = segment(text)
    assert seg.text == text
    assert kinds(seg) == ["claim", "claim", "repeat"]
    assert seg.sentences[2].repeat_of == 0
    assert seg.paragraphs[2].repeat_of == 0 and seg.paragraphs[2].kind == "repeat"
    assert seg.repeated_paragraphs == 1


def test_near_exact_repeat_is_detected_but_a_different_claim_is_not() -> None:
    a = "The leaders discussed the situation around Ukraine in great detail today."
    near = "The leaders discussed the situation around Ukraine in great detail today ."  # stray space
    other = "The leaders discussed the situation around Belarus in great detail today."
    seg = segment(f"{a}\n\n{near}\n\n{other}")
    assert kinds(seg) == ["claim", "repeat", "claim"]


def test_repeat_with_a_different_line_layout_is_found_sentence_by_sentence() -> None:
    first = "이 자리엔 러시아 측 인사들이 배석했다.푸틴 대통령은 관계 개선을 희망한다고 말했다."
    again = "이 자리엔 러시아 측 인사들이 배석했다.\n푸틴 대통령은 관계 개선을 희망한다고 말했다."
    seg = segment(f"{first}\n볼턴 보좌관은 화답했다.\n{again}")
    assert kinds(seg) == ["claim", "claim", "claim", "repeat", "repeat"]
    assert [s.repeat_of for s in seg.sentences[3:]] == [0, 1]
    assert seg.paragraphs[2].repeat_of == 0 and seg.paragraphs[3].repeat_of == 0


def test_short_identical_lines_are_not_repeats() -> None:
    assert kinds(segment("Thank you.\nThank you.")) == ["claim", "claim"]


# --------------------------------------------------------------------------- seeds


def test_2018_report_is_deduplicated(report_2018: str) -> None:
    seg = segment(report_2018)
    assert seg.language == "ko"
    repeats = [s for s in seg.sentences if s.kind == "repeat"]
    claims = seg.claims
    assert len(repeats) == 20 and len(claims) == 22
    # each repeated paragraph is kept once: every repeat points at an earlier claim with the same text
    for s in repeats:
        assert s.repeat_of is not None and seg.sentences[s.repeat_of].text == s.text
    assert len({s.text for s in claims}) == len(claims)
    assert seg.repeated_paragraphs == 16
    # the title, the site debris and the byline are meta
    assert [s.text for s in seg.sentences if s.kind == "meta"] == [
        '푸틴, 볼턴 접견… "미·러 관계 전면복원 희망"',
        "입력",
        "수정",
        "/연합뉴스",
        "/연합뉴스",
    ]
    assert seg.title == '푸틴, 볼턴 접견… "미·러 관계 전면복원 희망"'
    assert seg.source == "연합뉴스"


def test_2021_combined_document_marks_every_heading_and_dateline_meta(combined_2021: str) -> None:
    seg = segment(combined_2021)
    meta = [s.text for s in seg.sentences if s.kind == "meta"]
    assert meta == [
        "크레믈린, 푸틴~바이든 화상회의 결과 발표, ‘조셉 바이든 미국 대통령과의 회담’ (전문), "
        "백악관 발표문(전문)",
        "Kremlin, 2021. 12. 7.",
        "미국 백악관 성명서 전문",
        "백악관 브리핑룸",
        "바이든 대통령과 블라디미르 푸틴 러시아 대통령의 화상 통화 내용 해독",
        "(Readout of President Biden’s Video Call with President Vladimir Putin of Russia)",
        "2021년 12월 7일",
    ]
    assert len(seg.claims) == 28
    assert seg.date == "2021-12-07"
    assert seg.source == "Kremlin"


def test_white_house_page_debris_and_separators_are_meta() -> None:
    text = (
        "BRIEFING ROOM\n\nReadout of President Biden’s Call with President Zelenskyy of Ukraine\n\n"
        "OCTOBER 04, 2022•STATEMENTS AND RELEASES\n\n"
        "President Joseph R. Biden, Jr. spoke today with President Zelenskyy. He pledged support.\n\n###\n"
    )
    seg = segment(text)
    assert kinds(seg) == ["meta", "meta", "meta", "claim", "claim", "meta"]
    assert texts(seg)[-1] == "###"  # a separator is not glued onto the last claim
    assert seg.title == "Readout of President Biden’s Call with President Zelenskyy of Ukraine"
    assert seg.date == "2022-10-04"


def test_korean_agency_prefix_gives_the_source() -> None:
    seg = segment(
        "(서울=연합뉴스) 김철수 기자 = 푸틴 대통령이 27일 볼턴 보좌관을 접견했다.\n\n"
        "[로이터=연합뉴스 자료사진]"
    )
    assert kinds(seg) == ["meta", "claim", "meta"]
    assert seg.source == "연합뉴스"


def test_russian_statement_heading_names_its_issuer() -> None:
    seg = segment(
        "Заявление МИД России\n\n15 января 2022 г.\n\nМИД России выражает обеспокоенность. "
        "По словам С.В. Лаврова, ответ будет дан в т.ч. в военной сфере.\n\nМосква, 15.01.2022"
    )
    assert kinds(seg) == ["meta", "meta", "claim", "claim", "meta"]
    assert (seg.title, seg.date, seg.source) == ("Заявление МИД России", "2022-01-15", "Russian MFA")


def test_a_short_paragraph_keeps_its_documents_language_on_thin_evidence() -> None:
    text = (
        "President Biden spoke today with President Lula of Brazil about the situation in "
        "Venezuela and the fight against climate change.\n\n"
        "Yang Jiechi met Blinken in Alaska.\n\n"
        "Le président de la République s'est entretenu avec le président des États-Unis sur "
        "la situation en Ukraine et les sanctions.\n\n"
        "The leaders agreed to stay in close touch in the weeks ahead."
    )
    languages = [s.language for s in segment(text).sentences]
    assert languages == ["en", "en", "fr", "en"]  # Dutch "met", "in" alone do not make Dutch
