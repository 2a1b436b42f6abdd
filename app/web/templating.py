"""The one Jinja2 environment for pages (autoescaped: every template is ``*.html``)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.templating import Jinja2Templates

from app.paths import TEMPLATES_DIR
from app.text.topics import Lexicon

LANGUAGE_NAMES = {
    "ko": "Korean",
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "zh": "Chinese",
    "ja": "Japanese",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "tr": "Turkish",
    "nl": "Dutch",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "be": "Belarusian",
    "bg": "Bulgarian",
    "el": "Greek",
    "he": "Hebrew",
    "ar": "Arabic",
    "und": "undetermined",
}
"""A name for every code ``detect_language`` returns."""


def topic_labeller(lexicon: Lexicon) -> Callable[[str], str]:
    """``topic_id -> English label`` for a lexicon; an unknown id is shown readable."""
    labels = {t.id: t.label("en") for t in lexicon.topics}

    def topic_label(topic_id: str) -> str:
        return labels.get(topic_id) or topic_id.replace("_", " ")

    return topic_label


RIGHT_TO_LEFT = frozenset(("ar", "fa", "he", "ur", "yi", "ps"))
"""Languages written right to left: their text cells get ``dir="rtl"``."""


def text_direction(code: str | None) -> str:
    """``rtl`` for a language written right to left, ``auto`` where the language is not known
    (none, or ``und``: the browser decides by the text), else ``ltr``."""
    if not code or code == "und":
        return "auto"
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def method_name(method: str) -> str:
    """The name and version of an alignment method ("parallax-align/3"), without the summary
    of its parts that follows the colon."""
    return method.partition(":")[0]


def make_templates(topic_label: Callable[[str], str]) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["language_name"] = lambda code: LANGUAGE_NAMES.get(code, code)
    templates.env.filters["text_dir"] = text_direction
    templates.env.filters["method_name"] = method_name
    templates.env.filters["percent"] = lambda v: "—" if v is None else f"{round(100 * v)}%"
    templates.env.filters["topic_label"] = topic_label
    return templates
