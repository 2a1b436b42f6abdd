"""Shared fixtures of the text-core tests: the seed documents and the gold eval cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EVAL = ROOT / "tests" / "data" / "eval"


def read_text(path: Path) -> str:
    """Read a text file as the contract does: UTF-8, BOM stripped, newlines kept."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def eval_cases() -> list[Path]:
    return sorted(p for p in EVAL.iterdir() if (p / "gold.json").exists())


def load_case(folder: Path) -> dict[str, Any]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    texts = {side: read_text(folder / gold[side].get("file", f"{side}.txt")) for side in ("left", "right")}
    return {"gold": gold, "texts": texts}


@pytest.fixture(scope="session")
def combined_2021() -> str:
    return read_text(SEEDS / "2021-12-07-biden-putin-video-call.ko.txt")


@pytest.fixture(scope="session")
def report_2018() -> str:
    return read_text(SEEDS / "2018-06-27-bolton-moscow-visit.ko.txt")
