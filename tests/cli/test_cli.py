"""The ``parallax`` command, run as a user runs it: a subprocess with its own environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EVAL_DIR, SEEDS_DIR

CASES = sorted(p for p in EVAL_DIR.iterdir() if p.is_dir())


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )


def contract_problems(document: dict, texts: dict[str, str]) -> list[str]:  # type: ignore[type-arg]
    """Independent check of the alignment JSON contract (shared/eval/README.md)."""
    problems = []
    ids: dict[str, set[int]] = {}
    for side in ("left", "right"):
        seen: set[int] = set()
        for s in document[side]["sentences"]:
            if s["id"] in seen:
                problems.append(f"{side}: duplicate id {s['id']}")
            seen.add(s["id"])
            if texts[side][s["start"] : s["end"]] != s["text"]:
                problems.append(f"{side} {s['id']}: offsets do not give the text")
            if s["kind"] not in ("claim", "meta"):
                problems.append(f"{side} {s['id']}: kind {s['kind']!r}")
        ids[side] = seen
    linked = {
        "left": {link["left"] for link in document["links"]},
        "right": {link["right"] for link in document["links"]},
    }
    for side in ("left", "right"):
        if not linked[side] <= ids[side]:
            problems.append(f"links name unknown {side} sentences")
        for s in document[side]["sentences"]:
            if s["kind"] == "claim" and s["unique"] == (s["id"] in linked[side]):
                problems.append(f"{side} {s['id']}: unique disagrees with links")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_align_prints_the_contract_for_every_dev_case(case: Path) -> None:
    result = run_cli("align", str(case / "left.txt"), str(case / "right.txt"), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    texts = {side: (case / f"{side}.txt").read_text(encoding="utf-8-sig") for side in ("left", "right")}
    assert contract_problems(document, texts) == []
    assert document["links"], "real readouts of one call share at least one claim"
    for link in document["links"]:
        assert 0.0 <= link["score"] <= 1.0
        assert link["tier"] in ("same", "changed", "reframed")


def test_align_explain_prints_a_readable_table() -> None:
    case = EVAL_DIR / "2022-10-25-biden-sunak-call"
    result = run_cli("align", str(case / "left.txt"), str(case / "right.txt"), "--explain")
    assert result.returncode == 0, result.stderr
    assert "Belfast" in result.stdout


def test_migrate_seed_and_import_from_the_command_line(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PARALLAX_SEEDS_DIR": str(SEEDS_DIR)}
    migrated = run_cli("migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert "cli.db" in migrated.stdout

    first = run_cli("seed", env=env)
    second = run_cli("seed", env=env)
    assert first.stdout.count("added:") == 2, first.stdout + first.stderr
    assert second.stdout.count("already there:") == 2

    case = EVAL_DIR / "2021-12-30-biden-putin-call"
    args = (
        "import",
        str(case / "left.txt"),
        str(case / "right.txt"),
        "--title",
        "Putin–Biden call",
        "--date",
        "2021-12-30",
        "--left-side",
        "Kremlin",
        "--right-side",
        "White House",
    )
    imported = run_cli(*args, env=env)
    assert imported.returncode == 0, imported.stderr
    assert "Imported: /events/2021-12-30-putin-biden-call" in imported.stdout
    again = run_cli(*args, env=env)
    assert "Already in the library" in again.stdout


def test_import_refuses_an_empty_file_and_stores_nothing(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    assert run_cli("migrate", env=env).returncode == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    good = EVAL_DIR / "2021-12-30-biden-putin-call" / "right.txt"
    result = run_cli("import", str(empty), str(good), "--title", "Broken", env=env)
    assert result.returncode == 1
    assert "empty" in result.stderr
    from app.store.db import open_database
    from app.store.queries import count_rows

    database = open_database(env["DATABASE_URL"])
    try:
        with database.read() as session:
            assert count_rows(session=session)["events"] == 0
    finally:
        database.dispose()


def test_realign_rebuilds_every_run_and_refuses_an_unknown_event(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PARALLAX_SEEDS_DIR": str(SEEDS_DIR)}
    assert run_cli("migrate", env=env).returncode == 0
    assert run_cli("seed", env=env).returncode == 0
    realigned = run_cli("realign", env=env)
    assert realigned.returncode == 0, realigned.stderr
    assert realigned.stdout.count("realigned:") == 2
    unknown = run_cli("realign", "no-such-event", env=env)
    assert unknown.returncode == 1
    assert "no event" in unknown.stderr


def test_align_uses_the_users_lexicon_folder_and_refuses_a_missing_one(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "arctic.toml").write_text(
        '[[topic]]\nid = "arctic"\nlabel = { en = "Arctic" }\n[topic.terms]\n'
        'en = ["Arctic Council"]\nru = ["Арктический совет"]\n',
        encoding="utf-8",
    )
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("The leaders discussed the work of the Arctic Council.\n", encoding="utf-8")
    right.write_text("Президенты обсудили работу Арктического совета.\n", encoding="utf-8")
    result = run_cli("align", str(left), str(right), "--json", env={"PARALLAX_LEXICON_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert [link["topics"] for link in json.loads(result.stdout)["links"]] == [["arctic"]]
    missing = run_cli("align", str(left), str(right), env={"PARALLAX_LEXICON_DIR": str(tmp_path / "nope")})
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr
