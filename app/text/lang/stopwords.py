"""Stop words per language: function words dropped from the matching tokens.

Kept short on purpose: words that carry a claim's meaning in a readout (negations such
as "not"/"не"/"않", modal verbs, "all") are NOT stop words, because "will" vs "will not"
is exactly what a reader of two readouts wants to see.
"""

from __future__ import annotations

_EN = """
a an the and or but if then so as of at by for from in into on onto to with within without
about above after against along among around before behind below beneath beside between beyond
during except inside near off out outside over since through throughout toward towards under
until up upon via
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
this that these those who whom whose which what there here
is am are was were be been being do does did doing have has had having
also very just than too such own same other another each both either neither
s t d ll m o re ve y
"""

_RU = """
и в во на с со к ко по о об обо от до из у за над под при для про без через между перед
а но или либо да же ли бы то как так что чтобы чем где когда который которая которое которые
этот эта это эти тот та те том тем того той тех этого этой этих этом этим
он она оно они его ее её их ему ей им ими нем ней них мы нас нам нами вы вас вам вами я меня мне мной
себя себе собой свой своя свое своё свои своего своей своих
быть был была было были есть является являются также тоже еще ещё уже лишь только именно
г гг т е д п др тд тп см ст
"""

_KO = """
것 수 등 때 중 데 바 뿐 듯 측 점 터 지 및 또 또한 그 이 저 그것 이것 우리 그들 그녀 자신
하 되 있 없다 이다 대하 관하 위하 통하 따르 의하 비롯하 같 보 말하
"""

_FR = """
le la les l un une des du de d et ou mais à au aux en dans par pour sur avec sans sous ce cette
ces qui que qu il elle ils elles se sa son ses leur leurs est sont été être a ont
"""
_DE = """
der die das den dem des ein eine einer eines einem einen und oder aber zu zum zur im in am an
auf aus bei mit nach von vor für über unter durch um es sie er ist sind war wurde wurden hat
haben sich
"""
_ES = """
el la los las un una unos unas y o pero de del al a en con por para sin sobre que se su sus es
son fue ha han
"""
_IT = """
il lo la i gli le un una uno e o ma di del della dei delle al alla a in con per su da che si suo
sua è sono
"""
_PL = """
i a w we z ze na do od o u za po przy przez dla pod nad przed między ale lub albo oraz że się
jest są był była było byli być to ten ta te tego tej tym jak także również też już aby czy jako
który która które którego której którym których jego jej ich
"""
_UK = """
і й та в у на з із до від за по про для при що як це він вона воно вони його її їх ми ви я був
була було були є також
"""

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(_EN.split()),
    "ru": frozenset(_RU.split()),
    "ko": frozenset(_KO.split()),
    "fr": frozenset(_FR.split()),
    "de": frozenset(_DE.split()),
    "es": frozenset(_ES.split()),
    "it": frozenset(_IT.split()),
    "pl": frozenset(_PL.split()),
    "uk": frozenset(_UK.split()),
}
