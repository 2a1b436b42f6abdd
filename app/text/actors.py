"""The actors table (``app/text/data/actors.toml``): who speaks for which side.

Loaded once, lazily. ``find_actors`` finds every mention of a known actor in a text
(whole-word for alphabetic scripts; a Korean name may carry a particle: "푸틴은").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ACTORS_FILE = Path(__file__).parent / "data" / "actors.toml"
PRESS_GROUP = "press"
"""Group of news agencies: cited by reporters, never a side of the exchange."""


@dataclass(frozen=True, slots=True)
class Actor:
    """One speaker or issuer of the actors table."""

    id: str
    group: str
    label: str
    issuer: bool
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of ``actor`` at ``text[start:end]``."""

    start: int
    end: int
    actor: Actor


@dataclass(frozen=True, slots=True)
class ActorTable:
    """The parsed actors file."""

    actors: dict[str, Actor]
    side_labels: dict[str, str]
    pattern: re.Pattern[str]
    by_name: dict[str, Actor]


def _name_pattern(name: str) -> str:
    body = re.escape(name).replace(r"\ ", r"\s+")
    last = name[-1]
    tail = "" if ("\uac00" <= last <= "\ud7a3" or "\u4e00" <= last <= "\u9fff") else r"(?![^\W\d_])"
    return rf"(?<![^\W\d_]){body}{tail}"


def load_actor_table(path: Path = ACTORS_FILE) -> ActorTable:
    """Parse an actors TOML file (see the file's header for its format)."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    side_labels = {key: str(value.get("label", key)) for key, value in data.get("sides", {}).items()}
    actors: dict[str, Actor] = {}
    by_name: dict[str, Actor] = {}
    for actor_id, entry in data.get("actors", {}).items():
        names: list[str] = []
        for variants in entry.get("names", {}).values():
            names.extend(str(v) for v in variants)
        actor = Actor(
            id=actor_id,
            group=str(entry["group"]),
            label=str(entry.get("label", actor_id)),
            issuer=bool(entry.get("issuer", False)),
            names=tuple(dict.fromkeys(names)),
        )
        actors[actor_id] = actor
        for name in actor.names:
            by_name.setdefault(re.sub(r"\s+", " ", name), actor)
    ordered = sorted(by_name, key=len, reverse=True)
    pattern = (
        re.compile("|".join(f"(?:{_name_pattern(n)})" for n in ordered)) if ordered else re.compile(r"(?!)")
    )
    return ActorTable(actors=actors, side_labels=side_labels, pattern=pattern, by_name=by_name)


@cache
def actor_table() -> ActorTable:
    """The project's actor table, loaded on first use."""
    return load_actor_table()


def find_actors(text: str, table: ActorTable | None = None) -> list[Mention]:
    """Every non-overlapping mention of a known actor in ``text``, left to right, longest name first."""
    table = table or actor_table()
    out: list[Mention] = []
    for m in table.pattern.finditer(text):
        name = re.sub(r"\s+", " ", m.group(0))
        actor = table.by_name.get(name)
        if actor is not None:
            out.append(Mention(m.start(), m.end(), actor))
    return out


def issuer_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each issuing institution named in ``text`` ("Kremlin", "White House")."""
    cased = [c for c in text if c.lower() != c.upper()]
    if cased and all(c.isupper() for c in cased):
        text = text.title()  # an all-capitals heading: "THE WHITE HOUSE" (same length, same offsets)
    return [(m.start, m.end, m.actor.label) for m in find_actors(text) if m.actor.issuer]


def side_label(group: str) -> str:
    """Display label of a side group ("russia" -> "Russia")."""
    return actor_table().side_labels.get(group, group)
