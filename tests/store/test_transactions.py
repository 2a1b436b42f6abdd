"""Writes are whole or nothing: a failure half-way leaves what was stored as it was."""

from __future__ import annotations

import pytest

from app import services
from app.store.db import Database
from app.store.queries import count_rows, event_by_slug
from tests.conftest import SEEDS_DIR

SLUG = "2021-12-07-putin-biden-video-call"


def test_realigning_replaces_the_run_as_a_whole(database: Database) -> None:
    with database.write() as session:
        services.load_seeds(session=session, seeds_dir=SEEDS_DIR)
        session.commit()
    with database.read() as session:
        before = count_rows(session=session)
    with database.write() as session:
        event = event_by_slug(session=session, slug=SLUG)
        assert event is not None
        services.realign_event(session=session, event=event)
        session.commit()
    with database.read() as session:
        after = count_rows(session=session)
        event = event_by_slug(session=session, slug=SLUG)
        assert event is not None and len(event.alignments) == 1
    assert after == before


def test_a_failing_realignment_keeps_the_previous_run(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.write() as session:
        services.load_seeds(session=session, seeds_dir=SEEDS_DIR)
        session.commit()
    with database.read() as session:
        before = count_rows(session=session)

    def broken_align(*args: object, **kwargs: object) -> None:
        raise RuntimeError("aligner crashed")

    monkeypatch.setattr(services, "align", broken_align)
    with database.write() as session, pytest.raises(RuntimeError):
        event = event_by_slug(session=session, slug=SLUG)
        assert event is not None
        services.realign_event(session=session, event=event)
        session.commit()
    with database.read() as session:
        assert count_rows(session=session) == before


def test_a_failing_import_stores_nothing(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "align", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("crash")))
    with database.write() as session, pytest.raises(RuntimeError):
        services.import_pair(
            session=session,
            event=services.EventInput(title="Half an import"),
            statements=[
                services.StatementInput(side="A", text="The leaders discussed trade."),
                services.StatementInput(side="B", text="The presidents talked about tariffs."),
            ],
        )
        session.commit()
    with database.read() as session:
        counts = count_rows(session=session)
    assert counts["events"] == counts["statements"] == counts["sentences"] == 0
