"""Arabic: one key for a word whatever clitics and spelling it carries, lexicon topics and
entities, and an Arabic readout linked to an English one through the lexicon."""

from __future__ import annotations

import pytest

from app.text.align import align
from app.text.align_tokens import arabic_clitic_stem, arabic_stem, normalize_arabic, tokenize
from app.text.segment import segment
from app.text.topics import load_lexicon, tag_topics


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text, "ar") if not t.stop]


@pytest.mark.parametrize(
    ("forms", "key"),
    [
        (["السودان", "والسودان", "بالسودان", "للسودان", "سودان"], "سود"),
        (["إسرائيل", "اسرائيل", "الإسرائيلية"], "اسراييل"),
        (["اتصالاً", "اتصالا", "الاتصال", "اتصال"], "اتصال"),
    ],
)
def test_the_article_spellings_and_endings_of_a_word_share_one_key(forms: list[str], key: str) -> None:
    assert {arabic_stem(normalize_arabic(form)) for form in forms} == {key}
    assert {k for form in forms for k in keys(form)} == {key}


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        ("المساعدات لغزة", "gaza_conflict", None),  # a bare preposition: "to Gaza"
        ("الوضع بغزة", "gaza_conflict", None),
        ("التضامن مع فلسطين وبفلسطين", "palestine", None),
        ("وصلت المساعدات إلى بكين", "china", "kenya"),  # Beijing, not "in" + Kenya
        ("هنأ الرئيس نظيره", "congratulations", None),  # "congratulated", not "here"
    ],
)
def test_a_word_is_read_with_a_bare_clitic_only_where_it_meets_no_term_as_it_stands(
    text: str, found: str, not_found: str | None
) -> None:
    topics = {
        m.topic for m in tag_topics(text, language="ar", lexicon=load_lexicon(), kinds=("topic", "entity"))
    }
    assert found in topics
    assert not_found is None or not_found not in topics


def test_clitic_key_and_stop_words_with_a_fused_conjunction() -> None:
    assert arabic_clitic_stem(normalize_arabic("بغزة")) == arabic_stem(normalize_arabic("غزة"))
    assert arabic_clitic_stem(normalize_arabic("غزة")) == ""  # too short to hold a clitic
    assert all(t.stop for t in tokenize("وقد أيضاً فإن", "ar"))


def test_numbers_do_not_stick_to_arabic_words() -> None:
    assert keys("كوب28") == keys("كوب 28")
    assert keys("ــــ") == []  # a run of tatweel is no word


def test_short_vowels_inside_a_word_keep_it_whole() -> None:
    assert keys("يُغلق المَعبر") == keys("يغلق المعبر")


def test_eastern_arabic_digits_are_the_same_numbers() -> None:
    assert "2023" in keys("نوفمبر ٢٠٢٣")


def test_function_words_are_stop_words() -> None:
    tokens = tokenize("وأكد أن الاتصال تناول الأوضاع في قطاع غزة", "ar")
    assert {t.surface for t in tokens if t.stop} >= {"أن", "في"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("أكد الرئيس رفض مصر القاطع لتهجير الفلسطينيين من قطاع غزة", "gaza_conflict"),
        ("ضرورة إدخال المساعدات الإنسانية إلى القطاع", "humanitarian"),
        ("إقامة الدولة الفلسطينية المستقلة على حدود الرابع من يونيو 1967", "palestinian_statehood"),
        ("فرض عقوبات جديدة على روسيا", "sanctions"),
    ],
)
def test_arabic_terms_tag_their_topics(text: str, topic: str) -> None:
    assert topic in {m.topic for m in tag_topics(text, language="ar", lexicon=load_lexicon())}


def test_a_threats_condition_is_not_a_call_to_de_escalate() -> None:
    def found(text: str) -> set[str]:
        return {m.topic for m in tag_topics(text, language="ar", lexicon=load_lexicon())}

    assert "de_escalation" in found("التلويح بعقوبات وسط التصعيد")
    assert "de_escalation" not in found("التلويح بعقوبات في حال التصعيد")


def test_an_arabic_readout_links_to_an_english_one_through_the_lexicon() -> None:
    left = segment(
        "تلقى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس الأمريكي جو بايدن.\n\n"
        "وأكد الرئيس رفض مصر القاطع لأي محاولات لتهجير الفلسطينيين من قطاع غزة.\n\n"
        "كما تناول الاتصال تطورات الأوضاع في السودان."
    )
    right = segment(
        "President Biden spoke today with President El-Sisi of Egypt.\n\n"
        "The leaders discussed the war in Sudan and the need for a ceasefire.\n\n"
        "They agreed that Palestinians in Gaza must not be displaced to Egypt."
    )
    assert left.language == "ar"
    pairs = {(link.left, link.right) for link in align(left, right).links}
    l0, l1, l2 = (s.id for s in left.claims)
    r0, r1, r2 = (s.id for s in right.claims)
    assert (l0, r0) in pairs
    assert (l1, r2) in pairs
    assert (l2, r1) in pairs  # Sudan
    assert (l1, r1) not in pairs
