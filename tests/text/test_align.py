"""align(): links join claims only, unique is consistent, cross-language pairs link through
the lexicon, and the vectorised scores equal slow obvious loops."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.contract import alignment_document
from app.text.align import AlignParams, align
from app.text.align_features import bridge_cognates, merge_prefixes, tfidf_cosine, weighted_overlap
from app.text.align_tokens import content_keys, tokenize
from app.text.segment import segment
from app.text.types import Paragraph, SegmentedText, Sentence

KREMLIN_RU = "\n\n".join(
    [
        "Владимир Путин провёл телефонный разговор с Президентом США Джозефом Байденом.",
        (
            "Владимир Путин подчеркнул, что переговоры должны привести к юридически обязывающим "
            "гарантиям, исключающим дальнейшее расширение НАТО на восток."
        ),
        (
            "Было подтверждено, что переговоры пройдут в Женеве 9–10 января, а затем в рамках Совета "
            "Россия – НАТО в Брюсселе 12 января."
        ),
        "Президенты обсудили ситуацию вокруг Ирана и Совместный всеобъемлющий план действий.",
        (
            "Джозеф Байден вновь упомянул возможность введения масштабных санкций в случае эскалации "
            "ситуации вокруг Украины."
        ),
    ]
)

WHITE_HOUSE_EN = "\n\n".join(
    [
        "President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia.",
        (
            "President Biden made clear that the United States and its allies will respond decisively, "
            "including with severe sanctions, if Russia further invades Ukraine."
        ),
        (
            "President Biden expressed support for diplomacy, starting in Geneva on January 10, at NATO"
            " through the NATO-Russia Council on January 12, and at the OSCE."
        ),
        "The leaders also discussed the JCPOA and Iran's nuclear program.",
        "President Biden raised the case of Americans wrongfully detained in Russia.",
    ]
)

KREMLIN_KO = "\n\n".join(
    [
        "블라디미르 푸틴 대통령은 조셉 바이든 미국 대통령과 전화 통화를 했다.",
        "정상들은 대표자들에게 전략적 안정성 문제에 대해 협의를 하도록 지시하기로 합의했다.",
        (
            "정보 보안에 대한 의견을 교환할 때 양측은 "
            "사이버 범죄와의 전쟁에서 협력을 계속할 준비가 되어 있다고 밝혔다."
        ),
        "러시아 측은 외교 공관의 기능에 대한 모든 제한을 무효화할 것을 제안했다.",
    ]
)

WHITE_HOUSE_EN_2 = "\n\n".join(
    [
        "President Biden spoke today with President Vladimir Putin of Russia.",
        "The two presidents tasked their teams to follow up on strategic stability.",
        "The presidents discussed a separate dialogue on ransomware and cyber crime.",
        "President Biden welcomed the upcoming G20 summit.",
    ]
)


def linked_ids(left: SegmentedText, right: SegmentedText) -> set[tuple[int, int]]:
    """(left sentence id, right sentence id) of every link the aligner makes."""
    return {(link.left, link.right) for link in align(left, right).links}


def claim_ids(document: SegmentedText) -> list[int]:
    return [s.id for s in document.claims]


def test_russian_kremlin_and_english_white_house_link_through_the_lexicon() -> None:
    left, right = segment(KREMLIN_RU), segment(WHITE_HOUSE_EN)
    result = align(left, right)
    pairs = {(link.left, link.right) for link in result.links}
    claims_l, claims_r = claim_ids(left), claim_ids(right)
    assert (claims_l[0], claims_r[0]) in pairs  # the openings
    assert (claims_l[2], claims_r[2]) in pairs  # Geneva, NATO-Russia Council
    assert (claims_l[3], claims_r[3]) in pairs  # Iran / JCPOA
    assert (claims_l[4], claims_r[1]) in pairs  # sanctions
    assert not any(b == claims_r[4] for _, b in pairs)  # detained Americans: White House only
    sanctions = next(link for link in result.links if (link.left, link.right) == (claims_l[4], claims_r[1]))
    assert "sanctions" in sanctions.topics
    assert sanctions.terms


def test_korean_kremlin_and_english_white_house_link_through_the_lexicon() -> None:
    left, right = segment(KREMLIN_KO), segment(WHITE_HOUSE_EN_2)
    pairs = linked_ids(left, right)
    cl, cr = claim_ids(left), claim_ids(right)
    assert (cl[0], cr[0]) in pairs
    assert (cl[1], cr[1]) in pairs  # representatives / teams, strategic stability
    assert (cl[2], cr[2]) in pairs  # information security / ransomware
    assert not any(a == cl[3] for a, _ in pairs)  # diplomatic missions: Kremlin only
    assert not any(b == cr[3] for _, b in pairs)  # G20: White House only


def test_the_same_ukraine_word_does_not_make_a_link() -> None:
    left = segment(
        "Vladimir Putin described Kiev's destructive line aimed at dismantling the Minsk agreements.\n\n"
        "The presidents discussed information security and the fight against cybercrime."
    )
    right = segment(
        "President Biden reiterated his support for Ukraine's sovereignty and territorial integrity.\n\n"
        "The presidents discussed a separate dialogue on ransomware."
    )
    pairs = linked_ids(left, right)
    assert (left.claims[0].id, right.claims[0].id) not in pairs
    assert (left.claims[1].id, right.claims[1].id) in pairs


def test_meta_lines_get_topics_but_no_links() -> None:
    left = segment(
        "Kremlin readout\n\nDecember 7, 2021\n\nThe presidents discussed sanctions against Russia."
    )
    right = segment("The leaders discussed sanctions against Russia.")
    result = align(left, right)
    meta = {s.id for s in left.sentences if s.kind != "claim"}
    assert not any(link.left in meta for link in result.links)
    assert set(result.left_topics) == {s.id for s in left.sentences}


def test_alignment_records_method_params_and_lexicon_version() -> None:
    result = align(segment("Talks on sanctions."), segment("Sanctions were discussed."))
    assert result.method and result.lexicon_version
    assert result.params["link_threshold"] == AlignParams().link_threshold


def test_empty_sides_align_to_nothing() -> None:
    empty = segment("")
    result = align(empty, segment("The presidents discussed sanctions."))
    assert result.links == ()
    assert [s for row in result.rows for s in row.right] == [
        s.id for s in segment("The presidents discussed sanctions.").sentences
    ]


# ---------------------------------------------------------------- properties

POOL = [
    "The presidents discussed sanctions against Russia.",
    "President Biden urged Russia to de-escalate tensions with Ukraine.",
    "The leaders agreed to stay in close contact.",
    "Negotiations will be held in Geneva on January 10.",
    "December 30, 2021",
    "정상들은 대표자들에게 협의를 하도록 지시하기로 합의했다.",
    "Путин и Байден обсудили расширение НАТО.",
    "The grain initiative contributes to food security.",
]


def hand_built(choices: list[tuple[int, bool, int]]) -> SegmentedText:
    """A statement from (pool index, is_meta, paragraph step) triples, offsets consistent."""
    sentences, parts, offset, paragraph = [], [], 0, 0
    for k, (index, is_meta, step) in enumerate(choices):
        paragraph += step if k else 0
        text = POOL[index]
        sentences.append(
            Sentence(
                k,
                paragraph,
                offset,
                offset + len(text),
                text,
                kind="meta" if is_meta else "claim",
                language="und",
            )
        )
        parts.append(text + " ")
        offset += len(text) + 1
    paragraphs = tuple(Paragraph(p, 0, 0, "") for p in sorted({s.paragraph for s in sentences}))
    return SegmentedText("".join(parts), "und", paragraphs, tuple(sentences))


statement = st.lists(
    st.tuples(st.integers(0, len(POOL) - 1), st.booleans(), st.integers(0, 1)), min_size=0, max_size=8
)


@settings(max_examples=60, deadline=None)
@given(statement, statement)
def test_links_join_claims_only_and_unique_is_consistent(
    a: list[tuple[int, bool, int]], b: list[tuple[int, bool, int]]
) -> None:
    left, right = hand_built(a), hand_built(b)
    result = align(left, right)
    claims_l = {s.id for s in left.sentences if s.kind == "claim"}
    claims_r = {s.id for s in right.sentences if s.kind == "claim"}
    pairs = [(link.left, link.right) for link in result.links]
    assert len(pairs) == len(set(pairs)) and pairs == sorted(pairs)
    assert all(x in claims_l and y in claims_r for x, y in pairs)
    assert all(0.0 <= link.score <= 1.0 for link in result.links)
    document = alignment_document(left, right, result)
    for side, linked in (("left", {x for x, _ in pairs}), ("right", {y for _, y in pairs})):
        for entry in document[side]["sentences"]:
            assert entry["unique"] == (entry["kind"] == "claim" and entry["id"] not in linked)
    for name, doc in (("left", left), ("right", right)):
        assert sorted(i for row in result.rows for i in getattr(row, name)) == [s.id for s in doc.sentences]


# ---------------------------------------------------------------- fast against slow


def slow_tfidf(left: list[list[str]], right: list[list[str]]) -> np.ndarray:
    docs = [*left, *right]
    df = {w: sum(1 for d in docs if w in d) for d in docs for w in d}
    idf = {w: math.log((len(docs) + 1) / (n + 1)) + 1 for w, n in df.items()}

    def vector(doc: list[str]) -> dict[str, float]:
        return {w: (1 + math.log(doc.count(w))) * idf[w] for w in set(doc)}

    out = np.zeros((len(left), len(right)))
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            va, vb = vector(a), vector(b)
            na = math.sqrt(sum(v * v for v in va.values())) or 1
            nb = math.sqrt(sum(v * v for v in vb.values())) or 1
            out[i, j] = sum(va[w] * vb.get(w, 0) for w in va) / (na * nb)
    return out


words = st.lists(
    st.sampled_from(["sanction", "ukrain", "nato", "grain", "geneva", "talk", "12", "iran"]), max_size=6
)


@settings(max_examples=80, deadline=None)
@given(st.lists(words, max_size=5), st.lists(words, max_size=5))
def test_tfidf_cosine_equals_the_slow_loop(left: list[list[str]], right: list[list[str]]) -> None:
    fast = tfidf_cosine(left, right)
    assert fast.shape == (len(left), len(right))
    assert np.allclose(fast, np.clip(slow_tfidf(left, right), 0, 1), atol=1e-5)


labels = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.sampled_from([0.25, 0.5, 1.0]), max_size=3)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(labels, max_size=4),
    st.lists(labels, max_size=4),
    st.sampled_from([0.0, 1.0]),
    st.sampled_from([0.0, 0.5]),
)
def test_weighted_overlap_equals_the_slow_loop(
    left: list[dict[str, float]], right: list[dict[str, float]], floor: float, within_share: float
) -> None:
    weights = {"a": 2.0, "b": 1.0, "c": 0.5, "d": 3.0}
    within = {"a": "d", "b": "d"}  # a and b are narrower topics within d

    def through_broader(x: dict[str, float], y: dict[str, float]) -> float:
        """x names the broader d, y only narrower ones: d's weight share, once."""
        narrow = [y[t] for t in ("a", "b") if t in y]
        if "d" not in x or "d" in y or not narrow:
            return 0.0
        return within_share * weights["d"] * min(x["d"], max(narrow))

    mass, coefficient = weighted_overlap(
        left, right, weights, floor=floor, within=within, within_share=within_share
    )
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            shared = sum(weights[t] * min(a[t], b[t]) for t in a if t in b)
            shared += through_broader(a, b) + through_broader(b, a)
            smaller = max(min(sum(weights[t] for t in a), sum(weights[t] for t in b)), floor)
            assert math.isclose(float(mass[i, j]), shared, rel_tol=1e-5, abs_tol=1e-6)
            expected = min(1.0, shared / smaller) if smaller > 0 else 0.0
            assert math.isclose(float(coefficient[i, j]), expected, rel_tol=1e-5, abs_tol=1e-6)


def test_stems_that_begin_one_another_are_merged_for_lexical_similarity() -> None:
    left, right = merge_prefixes([["recogn", "annex", "grain"]], [["recognit", "annexat", "ukrain"]])
    assert left == [["recogn", "annex", "grain"]]
    assert right == [["recogn", "annex", "ukrain"]]
    assert merge_prefixes([["un"]], [["unit"]]) == ([["un"]], [["unit"]])  # too short to stand for others


def test_the_aligner_imports_no_web_database_or_nlp_module_and_reads_no_lexicon_at_import() -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    modules = [
        "app.text.align",
        "app.text.align_features",
        "app.text.align_tokens",
        "app.text.topics",
        "app.text.diff",
        "app.text.rows",
        "app.text.explain",
    ]
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from app.text.topics import load_lexicon\n"
        "print(json.dumps([sorted(sys.modules), load_lexicon.cache_info().currsize]))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    loaded, lexicons = json.loads(out.stdout)
    for prefix in (
        "fastapi",
        "starlette",
        "sqlalchemy",
        "jinja2",
        "app.store",
        "app.web",
        "kiwipiepy",
        "Stemmer",
    ):
        assert not [m for m in loaded if m == prefix or m.startswith(prefix + ".")], prefix
    assert lexicons == 0


JAPAN_JA = "\n\n".join(
    [
        "岸田総理大臣は、バイデン米国大統領と電話会談を行いました。",
        "両首脳は、ウクライナ情勢について意見交換を行い、対ロシア制裁を継続していくことで一致しました。",
        "岸田総理から、北朝鮮の核・ミサイル問題について連携を確認しました。",
        "両首脳は、G7広島サミットに向けて緊密に連携していくことで一致しました。",
    ]
)
WHITE_HOUSE_JA_CALL = "\n\n".join(
    [
        "President Biden spoke today with Prime Minister Kishida of Japan.",
        "The leaders discussed Russia's war against Ukraine and committed to maintain sanctions on Russia.",
        "They underscored their commitment to the complete denuclearization of the Korean Peninsula.",
        "President Biden thanked Prime Minister Kishida for Japan's G7 leadership ahead of the summit.",
        "The President also discussed climate change and clean energy.",
    ]
)


def test_japanese_and_english_readouts_link_claim_by_claim() -> None:
    left, right = segment(JAPAN_JA), segment(WHITE_HOUSE_JA_CALL)
    pairs = linked_ids(left, right)
    cl, cr = claim_ids(left), claim_ids(right)
    assert {(cl[k], cr[k]) for k in range(4)} <= pairs
    assert not any(b == cr[4] for _, b in pairs)  # climate: White House only


def test_cognates_of_two_languages_become_one_word() -> None:
    english = [["sanction", "negoti", "migrat", "cooper"]]
    other = [["sancion", "négoci", "migracion", "coopér", "frontera", "march"]]
    left, right = bridge_cognates(english, other)
    assert left == english
    # French/Spanish stems take their English cognates; unrelated and short words stay
    assert right == [["sanction", "negoti", "migrat", "cooper", "frontera", "march"]]


def test_a_year_is_one_word_in_japanese_korean_and_english() -> None:
    japanese = content_keys(tokenize("1998年の日韓共同宣言を含め", "ja"))
    korean = content_keys(tokenize("1998년 김대중-오부치 공동선언을 포함해", "ko"))
    english = content_keys(tokenize("including the 1998 Joint Declaration and the G7", "en"))
    assert "1998" in japanese and "1998" in korean and "1998" in english
    assert "g7" in english  # digits still stay with the Latin letters they touch
    assert "年" not in japanese and "년" not in korean  # the counter says only "a year"


def test_cognates_and_names_meet_across_scripts() -> None:
    english = [["dialogu", "stabil", "bakhmut", "sanction", "strong", "terror", "stand"]]
    russian = [["диалог", "стабильн", "бахмут", "граница", "сторон", "территор", "стран"]]
    _, right = bridge_cognates(english, russian)
    # Cyrillic stems are spelt in Latin letters to be compared, with a stricter cut-off:
    # loanwords and names meet, words spelt alike by accident stay apart
    assert right == [["dialogu", "stabil", "bakhmut", "граница", "сторон", "территор", "стран"]]


SPANISH = "\n\n".join(
    [
        "La presidenta Claudia Sheinbaum sostuvo hoy una llamada con el presidente Biden.",
        "Conversaron sobre la migración irregular y la cooperación en materia de seguridad fronteriza.",
        "También hablaron de la integración económica y de las cadenas de suministro de semiconductores.",
        "La presidenta agradeció la colaboración durante los incendios forestales.",
    ]
)
ENGLISH_FOR_SPANISH = "\n\n".join(
    [
        "President Biden spoke today with President Claudia Sheinbaum of Mexico.",
        "The leaders discussed irregular migration and cooperation on border security.",
        "They discussed economic integration and semiconductor supply chains.",
    ]
)


def test_a_language_outside_the_lexicon_still_links_through_cognates_and_names() -> None:
    left, right = segment(SPANISH), segment(ENGLISH_FOR_SPANISH)
    assert left.language == "es"
    pairs = linked_ids(left, right)
    cl, cr = claim_ids(left), claim_ids(right)
    assert {(cl[0], cr[0]), (cl[1], cr[1]), (cl[2], cr[2])} <= pairs
    assert not any(a == cl[3] for a, _ in pairs)  # the wildfires: Mexico only


def test_every_form_of_a_named_state_leaves_the_lexical_comparison() -> None:
    from app.text.align_features import matching_keys
    from app.text.topics import load_lexicon, tag_texts

    text = "The Ukrainian head of state thanked for the strong support of Ukraine."
    lexicon = load_lexicon()
    found = tag_texts([text], ["en"], lexicon=lexicon)[0]
    keys = matching_keys(text, "en", (), found, lexicon)
    assert "support" in keys
    assert not any(key.startswith("ukrain") for key in keys)  # "Ukrainian" and "Ukraine" alike


CHINA_MFA = "\n\n".join(
    [
        "On November 15, President Xi Jinping held a meeting with U.S. President Joe Biden in San Francisco.",
        "President Xi pointed out that for China and the United States, turning away is no option.",
        "President Xi expounded on China's principled position on the Taiwan question.",
        "The two presidents agreed to resume high-level communication between the two militaries.",
    ]
)
WHITE_HOUSE_CHINA = "\n\n".join(
    [
        "President Biden met with President Xi Jinping of the People's Republic of China in Woodside.",
        "On Taiwan, President Biden emphasized that our one China policy has not changed.",
        "The leaders agreed to resume high-level military-to-military communication.",
        "President Biden raised concerns regarding human rights in Xinjiang, Tibet, and Hong Kong.",
    ]
)


def test_in_a_call_with_china_its_name_is_no_topic_and_shared_words_carry_an_untagged_claim() -> None:
    left, right = segment(CHINA_MFA), segment(WHITE_HOUSE_CHINA)
    pairs = linked_ids(left, right)
    cl, cr = claim_ids(left), claim_ids(right)
    assert (cl[0], cr[0]) in pairs  # the meeting itself
    assert (cl[2], cr[1]) in pairs  # Taiwan
    assert (cl[3], cr[2]) in pairs  # military communication: no lexicon topic, the same words
    assert (cl[1], cr[0]) not in pairs  # naming China is not reporting the meeting
    assert not any(b == cr[3] for _, b in pairs)  # human rights: White House only


def test_words_stand_in_for_topics_the_lexicon_lacks() -> None:
    left = segment(
        "The presidents agreed to resume high-level communication between the two militaries.\n\n"
        "The presidents welcomed the resumption of talks on the grain corridor."
    )
    right = segment("The leaders agreed to resume high-level military-to-military communication.")
    off = {
        (k.left, k.right): k.score for k in align(left, right, params=AlignParams(lexical_stand_in=0)).links
    }
    on = {(k.left, k.right): k.score for k in align(left, right).links}
    pair = (left.claims[0].id, right.claims[0].id)
    assert pair in on
    assert on[pair] > off.get(pair, 0.0)
    assert (left.claims[1].id, right.claims[0].id) not in on


def test_a_script_without_terms_still_pairs_the_two_openings() -> None:
    arabic = segment(
        "أجرى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً مع الرئيس الأمريكي جو بايدن.\n\n"
        "وتناول الاتصال الأوضاع في المنطقة."
    )
    english = segment(
        "President Biden spoke today with President Abdel Fattah el-Sisi of Egypt.\n\n"
        "The President raised the case of a detained American citizen."
    )
    pairs = linked_ids(arabic, english)
    assert pairs == {(arabic.claims[0].id, english.claims[0].id)}


def test_first_claims_naming_one_leader_are_the_openings_when_no_call_words_are_known() -> None:
    # the guest is no leader the lexicon knows, and neither opening says "call" or "met with"
    spanish = segment(
        "El Presidente de la República, Ximeno Ortúzar, sostuvo este jueves una reunión bilateral "
        "con el Presidente de los Estados Unidos, Joe Biden.\n\n"
        "Ambos mandatarios conversaron sobre el litio y los minerales críticos.\n\n"
        "El Presidente Ortúzar agradeció el apoyo de Estados Unidos."
    )
    english = segment(
        "President Joseph R. Biden, Jr. welcomed President Ximeno Ortúzar to the White House "
        "today, ahead of the inaugural summit.\n\n"
        "President Biden condemned the recent attacks on shipping in the Red Sea.\n\n"
        "The leaders discussed critical minerals, including lithium."
    )
    pairs = linked_ids(spanish, english)
    assert (spanish.claims[0].id, english.claims[0].id) in pairs  # the openings
    assert (spanish.claims[1].id, english.claims[2].id) in pairs  # lithium


def test_a_topic_only_two_claims_carry_pays_a_quarter_of_the_position_drift() -> None:
    left = segment(
        "\n\n".join(
            [
                "Prime Minister Sanna Virtanen spoke today with President Joe Biden.",
                "The Prime Minister called for respect of the Olympic truce.",
                "They discussed energy security in Europe for the coming winter.",
                "The Prime Minister thanked the President for the support of the United States.",
                "They discussed the humanitarian situation in Gaza.",
                "They agreed on cooperation in semiconductors and critical supply chains.",
            ]
        )
    )
    right = segment(
        "\n\n".join(
            [
                "President Biden spoke today with Prime Minister Sanna Virtanen.",
                "The leaders discussed the humanitarian situation in Gaza and the hostages.",
                "The leaders discussed cooperation on semiconductors and supply chains.",
                "They discussed European energy security heading into the winter.",
                "President Biden also wished the athletes of both countries success at the Paralympics.",
            ]
        )
    )
    games = (left.claims[1].id, right.claims[4].id)  # second claim of one, last of the other

    def score(params: AlignParams) -> float:
        scores = {(k.left, k.right): k.score for k in align(left, right, params=params).links}
        assert games in scores
        return scores[games]

    # one claim a side names the Games (as one a side names Gaza, energy, semiconductors):
    # the pair sits far apart, yet pays only a quarter of the discount for it
    assert score(AlignParams()) > score(AlignParams(exclusive_drift_share=1.0)) + 0.1


def test_a_claim_naming_the_region_links_to_one_naming_a_conflict_within_it() -> None:
    left = segment(
        "Chancellor Olaf Scholz spoke by telephone today with President Joe Biden.\n\n"
        "The two leaders exchanged views on the situation in the Middle East.\n\n"
        "They also discussed energy supplies in Europe for the coming winter."
    )
    right = segment(
        "President Biden spoke today with Chancellor Olaf Scholz of Germany.\n\n"
        "The leaders discussed the humanitarian situation in Gaza and efforts to free the hostages.\n\n"
        "They discussed European energy security heading into the winter."
    )
    region = (left.claims[1].id, right.claims[1].id)
    assert region in {(k.left, k.right) for k in align(left, right).links}
    alone = {(k.left, k.right) for k in align(left, right, params=AlignParams(within_share=0)).links}
    assert region not in alone


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("国家主席习近平应约同美国总统拜登通电话。", "xi"),
        ("Vladimir Putin had a telephone conversation with President Joseph Biden.", "putin"),
        ("President Biden spoke with President Xi Jinping of China.", "biden"),
    ],
)
def test_the_leader_named_first_acts(text: str, actor: str) -> None:
    """The subject is the leader named first, whatever order the lexicon lists them in."""
    from app.text.align_features import gather_evidence
    from app.text.topics import load_lexicon

    (evidence,) = gather_evidence([segment(text)], load_lexicon())
    assert evidence[0].actor == actor


def test_shared_words_carry_a_pair_whose_topics_differ() -> None:
    # one side's corridor sentence is tagged economy, the other's trade: the topics alone
    # say nothing in common, the names and words say it is one exchange
    left = segment(
        "President Marcos met President Biden at the White House.\n\n"
        "On the economic front, President Marcos said the Luzon Economic Corridor, which will connect "
        "Subic Bay, Clark, Manila and Batangas, will bring in high-quality infrastructure investments.\n\n"
        "The two presidents discussed the progress of the Enhanced Defense Cooperation Agreement sites."
    )
    right = segment(
        "President Biden met President Marcos of the Philippines today.\n\n"
        "The leaders welcomed the progress in implementing the Enhanced Defense Cooperation Agreement, "
        "including new infrastructure investments at its locations.\n\n"
        "The leaders discussed the Luzon Economic Corridor, which will support connectivity and trade "
        "among Subic Bay, Clark, Manila and Batangas."
    )
    result = align(left, right)
    corridor_l, corridor_r = left.claims[1].id, right.claims[2].id
    assert not set(result.left_topics[corridor_l]) & set(result.right_topics[corridor_r])
    assert (corridor_l, corridor_r) in {(link.left, link.right) for link in result.links}
