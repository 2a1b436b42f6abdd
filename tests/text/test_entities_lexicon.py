"""The entity lexicon (app/text/lexicon/entities.toml): its shape, the names it finds in the
eight languages, and the common words, near names and cognates it must leave alone."""

from __future__ import annotations

import pytest

from app.text.topics import load_lexicon, tag_topics

LANGUAGES = ("en", "ru", "uk", "ko", "zh", "ja", "fr", "de")


def entity_ids(text: str, language: str) -> set[str]:
    return {m.topic for m in tag_topics(text, language=language, kinds=("entity",))}


def test_entity_ids_are_unique_and_never_a_topic_id() -> None:
    lexicon = load_lexicon()
    ids = [t.id for t in lexicon.topics]
    assert len(ids) == len(set(ids))
    topics = set(lexicon.topic_ids())
    assert not {t.id for t in lexicon.topics if t.kind not in ("topic", "mask")} & topics


def test_every_entity_has_a_label_and_terms_in_every_language() -> None:
    for entity in (t for t in load_lexicon().topics if t.kind not in ("topic", "mask")):
        assert entity.kind in ("person", "state", "org", "place"), entity.id
        assert {"en", "ru", "ko"} <= set(entity.labels), entity.id
        assert all(entity.terms.get(lang) for lang in LANGUAGES), entity.id


def test_a_person_serves_a_state_or_an_organisation_of_the_lexicon() -> None:
    lexicon = load_lexicon()
    for person in (t for t in lexicon.topics if t.kind == "person"):
        served = lexicon.get(person.state or "")
        assert served is not None and served.kind in ("state", "org"), person.id


FOUND = [
    # (text, language, entities that must all be found)
    ("Secretary Blinken spoke with Foreign Minister Lavrov.", "en", {"blinken", "lavrov"}),
    ("Госсекретарь Рубио и Сергей Лавров обсудили ситуацию.", "ru", {"rubio", "lavrov"}),
    ("Лавров провел переговоры с Блинкеном и Патрушевым.", "ru", {"lavrov", "blinken", "patrushev"}),
    ("Міністр Сибіга зустрівся з Рубіо у Джидді.", "uk", {"sybiha", "rubio", "jeddah"}),
    ("블링컨 장관은 라브로프 장관과 통화했다.", "ko", {"blinken", "lavrov"}),
    ("王毅同布林肯通电话。", "zh", {"wang_yi", "blinken"}),
    ("ラブロフ外相とブリンケン長官が会談した。", "ja", {"lavrov", "blinken"}),
    ("M. Lavrov a rencontré Antony Blinken à Genève.", "fr", {"lavrov", "blinken", "geneva"}),
    ("Außenminister Lawrow traf Blinken in Genf.", "de", {"lavrov", "blinken", "geneva"}),
    ("President Erdoğan hosted the talks in Istanbul, Türkiye.", "en", {"erdogan", "istanbul", "turkey"}),
    ("Переговоры в Стамбуле при посредничестве Турции.", "ru", {"istanbul", "turkey"}),
    ("Президент Азербайджана Ильхам Алиев и Никол Пашинян", "ru", {"aliyev", "azerbaijan", "pashinyan"}),
    ("Встреча с Ильхамом Алиевым и Касым-Жомартом Токаевым", "ru", {"aliyev", "tokayev"}),
    ("김정은 국무위원장과 트럼프 대통령이 하노이에서 만났다.", "ko", {"kim_jong_un", "trump", "vietnam"}),
    ("金正恩同特朗普在河内会晤。", "zh", {"kim_jong_un", "trump", "vietnam"}),
    ("Путин и Трамп встретились на Аляске, в Анкоридже.", "ru", {"putin", "trump", "anchorage"}),
    ("岸田総理は広島でアルバニージー豪州首相と会談した。", "ja", {"kishida", "hiroshima", "australia"}),
    ("高市総理はトランプ大統領と電話会談を行った。", "ja", {"takaichi", "trump"}),
    ("Bundeskanzler Merz und Ministerpräsident Tusk sprachen über Polen.", "de", {"merz", "tusk", "poland"}),
    ("Zelenskyy met Mark Rutte and Ursula von der Leyen in Brussels.", "en", {"rutte", "von_der_leyen"}),
    ("Зеленський провів зустріч з Урсулою фон дер Ляєн.", "uk", {"zelenskyy", "von_der_leyen"}),
    ("Crown Prince Mohammed bin Salman hosted talks in Jeddah.", "en", {"mohammed_bin_salman", "jeddah"}),
    ("Эмир Катара шейх Тамим бин Хамад Аль Тани", "ru", {"tamim", "qatar"}),
    ("이란 대통령 페제시키안", "ko", {"pezeshkian", "iran_state"}),
    ("МАГАТЭ и ВОЗ, саммит ШОС и БРИКС", "ru", {"iaea", "who", "sco", "brics"}),
    ("at the White House and at Camp David", "en", {"white_house", "camp_david"}),
    ("Prime Minister Støre of Norway", "en", {"gahr_store", "norway"}),
    ("Президентом Аргентины Хавьером Милеем", "ru", {"milei", "argentina"}),
    ("Ллойд Остин провел разговор с Андреем Белоусовым", "ru", {"austin", "belousov"}),
    ("Secretary of Defense Austin spoke with Minister Belousov", "en", {"austin", "belousov"}),
    # states and organisations of the world regions
    ("President Ruto of Kenya and President Tinubu of Nigeria", "en", {"kenya", "nigeria"}),
    ("Президенты Колумбии и Чили", "ru", {"colombia", "chile"}),
    ("태국과 말레이시아, 싱가포르", "ko", {"thailand", "malaysia", "singapore"}),
    ("孟加拉国和斯里兰卡", "zh", {"bangladesh", "sri_lanka"}),
    ("エチオピアとソマリアの首脳", "ja", {"ethiopia", "somalia"}),
    ("la CEDEAO et la CELAC", "fr", {"ecowas", "celac"}),
    (
        "die Organisation Amerikanischer Staaten und das Pazifische Inselforum",
        "de",
        {"oas", "pacific_islands_forum"},
    ),
    ("король Иордании Абдалла II", "ru", {"jordan"}),
    ("요르단 국왕과 통화했다", "ko", {"jordan"}),
    ("Міністр провів зустріч у Багдаді", "uk", {"iraq_state"}),
    ("El presidente de Venezuela y el presidente de Perú", "es", {"venezuela_state", "peru"}),
]


@pytest.mark.parametrize(("text", "language", "entities"), FOUND)
def test_new_entities_are_found_in_every_language(text: str, language: str, entities: set[str]) -> None:
    assert entities <= entity_ids(text, language)


NOT_FOUND = [
    # (text, language, entity that must not be found): common words, near names, cognates
    ("Austin, Texas hosted the conference.", "en", "austin"),
    ("a dedicated store of value", "en", "gahr_store"),
    ("Michel a dit que Charles viendra.", "fr", "michel"),
    ("Marco Rubio said the talks went well.", "en", "marcos"),
    ("hungry people need food", "en", "hungary"),
    ("They finished the talks.", "en", "finland"),
    ("Austria and Austrian officials", "en", "australia"),
    ("South Korea and South Korean companies", "en", "north_korea_state"),
    ("Abbas Araghchi said", "en", "abbas"),
    ("Der Herzog von Edinburgh", "de", "herzog"),
    ("груз зерна и грузы гуманитарной помощи", "ru", "georgia_state"),
    ("данные были переданы", "ru", "denmark"),
    ("сумма в 100 руб.", "ru", "rubio"),
    ("он умер вчера", "ru", "umerov"),
    ("там было принято решение", "ru", "tamim"),
    ("милый и милей", "ru", "milei"),
    ("опека над детьми", "ru", "opec"),
    ("белорусы и белорусов", "ru", "belousov"),
    ("осетины", "ru", "austin"),
    ("Австрия и австрийский", "ru", "australia"),
    ("Хан Дук Су", "ru", "vietnam"),
    ("або це, або те", "uk", "abe"),
    ("중점을 두다", "ko", "duda"),
    ("クライシス対応", "ja", "raisi"),
    ("アドバンスを提供", "ja", "vance"),
    ("南アジア", "ja", "south_africa"),
    ("提高市场准入", "zh", "takaichi"),
    ("罗马尼亚", "zh", "italy"),
    # the states of the world regions: common words, rivers and cities that key like their names
    ("поставки 38 млрд куб. м газа", "ru", "cuba_state"),
    ("miliardi di metri cubi di gas", "it", "cuba_state"),
    ("Западный берег реки Иордан", "ru", "jordan"),
    ("요르단강 서안 지구", "ko", "jordan"),
    ("约旦河西岸", "zh", "jordan"),
    ("ヨルダン川西岸", "ja", "jordan"),
    ("в пределах установленного лимита", "ru", "peru"),
    ("Він перейшов кордон", "uk", "peru"),
    ("Les exportations ont triplé.", "fr", "libya_state"),
    ("un malaise général", "fr", "malaysia"),
    ("외교적 수단", "ko", "sudan_state"),
    ("文莱苏丹哈桑纳尔", "zh", "sudan_state"),
    ("不列颠哥伦比亚省", "zh", "colombia"),
    ("リアルタイムで共有", "ja", "thailand"),
    ("Gemi Odesa limanına ulaştı.", "tr", "peru"),
    ("on dakika içinde", "tr", "bangladesh"),
    ("Havada uçuş yasağı", "tr", "cuba_state"),
    ("Przychody maleją.", "pl", "malaysia"),
]


@pytest.mark.parametrize(("text", "language", "entity"), NOT_FOUND)
def test_near_misses_are_not_entities(text: str, language: str, entity: str) -> None:
    assert entity not in entity_ids(text, language)
