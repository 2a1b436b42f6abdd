"""The text core is pure: no web/database imports, and no model is loaded at import time."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.text.conftest import ROOT

MODULES = [
    "app.text.segment",
    "app.text.languages",
    "app.text.meta",
    "app.text.repeats",
    "app.text.actors",
    "app.text.combined",
    "app.text.attribution",
]
FORBIDDEN = ["fastapi", "starlette", "sqlalchemy", "jinja2", "app.store", "app.web"]
HEAVY = ["kiwipiepy", "pymorphy3", "Stemmer"]


def test_importing_the_text_pipeline_loads_no_web_db_or_nlp_model_modules() -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in {MODULES!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    for prefix in FORBIDDEN + HEAVY:
        assert not [m for m in loaded if m == prefix or m.startswith(prefix + ".")], prefix
