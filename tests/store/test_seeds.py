from __future__ import annotations

from app.services import load_seeds
from app.store.db import Database
from app.store.queries import count_rows
from tests.conftest import SEEDS_DIR


def test_loading_the_seeds_twice_adds_nothing(database: Database) -> None:
    with database.write() as session:
        first = load_seeds(session=session, seeds_dir=SEEDS_DIR)
        session.commit()
    with database.read() as session:
        after_first = count_rows(session=session)
    with database.write() as session:
        second = load_seeds(session=session, seeds_dir=SEEDS_DIR)
        session.commit()
    with database.read() as session:
        after_second = count_rows(session=session)

    assert [r.created for r in first] == [True, True]
    assert [r.created for r in second] == [False, False]
    assert after_first == after_second
    assert after_first["events"] == 2
    assert after_first["statements"] == 4
    assert after_first["alignment_runs"] == 2
    assert after_first["sentences"] > 20


def test_the_combined_seed_becomes_a_kremlin_and_a_white_house_statement(database: Database) -> None:
    from app.store.queries import event_by_slug

    with database.write() as session:
        load_seeds(session=session, seeds_dir=SEEDS_DIR)
        session.commit()
    with database.read() as session:
        event = event_by_slug(session=session, slug="2021-12-07-putin-biden-video-call")
        assert event is not None
        kremlin, white_house = event.statements
        assert (kremlin.side, white_house.side) == ("Kremlin", "White House")
        assert kremlin.raw_text.lstrip().startswith("크레믈린")
        assert "Kremlin, 2021. 12. 7." in kremlin.raw_text
        assert white_house.raw_text.lstrip().startswith("미국 백악관 성명서 전문")
        for statement in event.statements:
            for s in statement.sentences:
                assert statement.raw_text[s.start : s.end] == s.text
