"""Per-request sessions: the only place in the web layer that commits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.config import Settings
from app.store.db import Database


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def read_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    """A session for pages and API reads; it never writes."""
    with database.read() as session:
        yield session


def write_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    """A session whose work is one transaction: committed on success, rolled back on any error.

    It is used with ``scope="function"`` below, so the commit runs before the response is
    sent: since FastAPI 0.118 a request-scoped dependency exits only after the response has
    gone out, and a browser following the "303 See Other" of a save could then ask for the
    new event before it was committed (a 404), or be told of a save whose commit failed."""
    with database.transaction() as session:
        yield session


ReadSession = Annotated[Session, Depends(read_session)]
WriteSession = Annotated[Session, Depends(write_session, scope="function")]
AppSettings = Annotated[Settings, Depends(get_settings)]
