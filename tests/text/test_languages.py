"""Language detection and the matching tokens (lemmas) of each language."""

from __future__ import annotations

import pytest

from app.text.languages import detect_language, lemmatize, normalise_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("블라디미르 푸틴 대통령은 바이든 미국 대통령과 긴 대화를 나눴다.", "ko"),
        ("Joseph R. Biden, Jr.는 오늘 러시아의 블라디미르 푸틴 대통령과 화상 통화를 가졌다.", "ko"),
        ("The two leaders agreed to stay in close contact.", "en"),
        ("В.В. Путин провёл телефонный разговор с Президентом США.", "ru"),
        ("Президент України Володимир Зеленський провів розмову.", "uk"),
        ("中华人民共和国外交部发言人表示", "zh"),
        ("ロシア外務省は声明を発表した", "ja"),
        ("Le président de la République a parlé avec le chancelier.", "fr"),
        ("Der Bundeskanzler und der Präsident sprachen über die Lage.", "de"),
        ("Cumhurbaşkanı Erdoğan, İsveç'in NATO üyeliği sürecini değerlendirdi.", "tr"),
        ("President Erdoğan welcomed Türkiye's role; the leaders spoke for an hour.", "en"),  # a name
        ("Hai nhà lãnh đạo trao đổi về tình hình Biển Đông và hợp tác kinh tế.", "vi"),
        ("President Biden spoke with General Secretary Nguyễn Phú Trọng of Vietnam.", "en"),  # a name
        ("President Biden met with General Secretary Nguyễn Phú Trọng of Vietnam in Hà Nội.", "en"),
        ("Kedua pemimpin membahas kerja sama ekonomi dan situasi di Laut China Selatan.", "id"),
        ("Presiden Joko Widodo bertemu Presiden Biden di Gedung Putih.", "id"),
        ("Xqzv brtl kwm", "en"),  # unknown Latin text takes the generic Latin path
        ("", "und"),
        ("   \n\t", "und"),
        ("2021. 12. 7. — 14:30", "und"),
    ],
)
def test_detect_language_by_script_and_frequent_words(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_english_lemmas_are_stems_without_stop_words() -> None:
    tokens = lemmatize("The leaders discussed the agreements and agreed on sanctions.", "en")
    assert tokens == ("leader", "discuss", "agreement", "agre", "sanction")
    assert "the" not in tokens and "and" not in tokens


def test_english_numbers_and_acronyms_are_kept_whole() -> None:
    tokens = lemmatize("The U.S. gave 1.1 billion dollars and 12,400 rifles to NATO partners.", "en")
    assert tokens[:1] == ("us",)
    assert "1.1" in tokens and "12400" in tokens and "nato" in tokens
    assert "billion" in tokens
    # a lower-case "us" is a pronoun (stop word), an upper-case US is the country
    assert "us" not in lemmatize("He told us.", "en")
    assert "us" in lemmatize("He told the US.", "en")


def test_english_compound_names_stay_matchable() -> None:
    a = lemmatize("They discussed New START and the Minsk agreements.", "en")
    b = lemmatize("New START; Minsk agreement", "en")
    assert {"new", "start", "minsk", "agreement"} <= set(a)
    assert set(b) <= set(a)


def test_korean_lemmas_are_content_morphemes() -> None:
    tokens = lemmatize("바이든 대통령은 우크라이나의 주권에 대한 지지를 거듭 강조했다.", "ko")
    assert tokens[:2] == ("바이든", "대통령")
    assert {"우크라이나", "주권", "지지", "강조"} <= set(tokens)
    # particles and endings are gone
    assert not {"은", "의", "에", "를", "었", "다"} & set(tokens)


def test_korean_numbers_drop_their_date_units() -> None:
    tokens = lemmatize("2021년 12월 7일 민스크 협정과 1.1억 달러", "ko")
    assert tokens[:3] == ("2021", "12", "7")
    assert "민스크" in tokens and "협정" in tokens and "1.1" in tokens


def test_korean_noun_plus_ha_verbs_keep_the_noun() -> None:
    a = lemmatize("우려를 표명했다.", "ko")
    b = lemmatize("우려 표명", "ko")
    assert a == b == ("우려", "표명")


def test_russian_lemmas_are_normal_forms() -> None:
    tokens = lemmatize("В.В. Путин провёл переговоры с президентами в 2021 г., т.е. в Кремле.", "ru")
    assert tokens == ("путин", "провести", "переговоры", "президент", "2021", "кремль")


def test_russian_decimal_comma_is_a_number() -> None:
    assert "12.4" in lemmatize("выделено 12,4 млрд долларов", "ru")


def test_other_languages_use_a_snowball_stemmer_or_word_tokens() -> None:
    assert lemmatize("Les présidents ont discuté", "fr") == ("président", "discut")
    assert lemmatize("Президент України провів розмову", "uk") == (
        "президент",
        "україни",
        "провів",
        "розмову",
    )
    assert lemmatize("外交部发言", "zh") == ("外交", "交部", "部发", "发言")
    assert lemmatize("quux blorp", "xx") == ("quux", "blorp")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.1", "1.1"),
        ("12,400", "12400"),
        ("12,4", "12.4"),
        ("007", "7"),
        ("2.50", "2.5"),
        ("1.234.567", "1234567"),
    ],
)
def test_numbers_are_normalised(raw: str, expected: str) -> None:
    assert normalise_number(raw) == expected


def test_korean_with_a_latin_abbreviation_before_a_particle() -> None:
    tokens = lemmatize("Joseph R. Biden, Jr.는 오늘 러시아의 푸틴 대통령과 통화했다.", "ko")
    assert tokens[:4] == ("joseph", "biden", "jr", "오늘")
    assert "늘" not in tokens


def test_batch_lemmatisation_equals_one_by_one() -> None:
    from app.text.languages import lemmatize_many

    texts = ["Joseph R. Biden, Jr.는 오늘 통화했다.", "", "  ", "2021년 12월 7일 민스크 협정", "NATO의 확장"]
    assert lemmatize_many(texts, "ko") == [lemmatize(t, "ko") for t in texts]
    assert lemmatize_many(["The leaders met."], "en") == [lemmatize("The leaders met.", "en")]


def test_russian_lemmas_survive_letters_without_a_unicode_name() -> None:
    from app.text.languages import lemmatize

    # found by the property test: pymorphy3 looks up unicodedata.name() of every letter
    assert lemmatize("ЀЀЈЈЈЈ𗀀", "ru")
