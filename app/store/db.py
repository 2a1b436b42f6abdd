"""Engine and session factories: the only place that knows SQLite's quirks.

Python's ``sqlite3`` driver opens transactions on its own terms, which breaks
SAVEPOINT and transactional DDL; SQLAlchemy's documented recipe turns that off
(``isolation_level=None``) and emits ``BEGIN`` itself. Write sessions begin with
``BEGIN IMMEDIATE`` so that two writers queue on the busy timeout instead of one
failing half-way with "database is locked".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_BEGIN_OPTION = "parallax_sqlite_begin"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """Create the engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass(frozen=True)
class Database:
    """An engine with its two session factories: reads, and writes that lock early."""

    engine: Engine
    read: sessionmaker[Session]
    write: sessionmaker[Session]

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session that is one transaction: committed if the block succeeds, else rolled back."""
        with self.write() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise


def open_database(url: str) -> Database:
    engine = make_engine(url)
    write_bind = engine.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"}) if is_sqlite(url) else engine
    return Database(
        engine=engine,
        read=sessionmaker(engine, expire_on_commit=False),
        write=sessionmaker(write_bind, expire_on_commit=False),
    )
