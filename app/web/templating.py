"""The one Jinja2 environment for pages (autoescaped: every template is ``*.html``)."""

from __future__ import annotations

from functools import cache

from fastapi.templating import Jinja2Templates

from app.paths import TEMPLATES_DIR

LANGUAGE_NAMES = {
    "ko": "Korean",
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "zh": "Chinese",
    "ja": "Japanese",
    "fr": "French",
    "de": "German",
    "und": "undetermined",
}


@cache
def _topic_labels() -> dict[str, str]:
    from app.text.topics import load_lexicon

    return {t.id: t.label("en") for t in load_lexicon().topics}


def topic_label(topic_id: str) -> str:
    """The English label of a lexicon topic; an unknown id is shown readable."""
    return _topic_labels().get(topic_id) or topic_id.replace("_", " ")


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["language_name"] = lambda code: LANGUAGE_NAMES.get(code, code)
    templates.env.filters["percent"] = lambda v: "—" if v is None else f"{round(100 * v)}%"
    templates.env.filters["topic_label"] = topic_label
    return templates
