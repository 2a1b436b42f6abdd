"""Where the project's non-package folders live.

``templates/``, ``static/``, ``migrations/`` and ``seeds/`` sit at the project root,
beside ``app/`` (the design card fixes that layout), so they are found from this
file's location. That holds for a source checkout and an editable install
(``pip install -e .``), which is how the README installs Parallax.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = PROJECT_ROOT / "templates"
STATIC_DIR = PROJECT_ROOT / "static"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
SEEDS_DIR = PROJECT_ROOT / "seeds"
