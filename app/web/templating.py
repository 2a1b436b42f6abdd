"""The one Jinja2 environment for pages (autoescaped: every template is ``*.html``)."""

from __future__ import annotations

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


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["language_name"] = lambda code: LANGUAGE_NAMES.get(code, code)
    templates.env.filters["percent"] = lambda v: "—" if v is None else f"{round(100 * v)}%"
    return templates
