"""JSON API under /api/: the same models the pages render."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response

from app import views
from app.store import queries
from app.web.dependencies import AppSettings, ReadSession

router = APIRouter(prefix="/api", tags=["events"])


@router.get("/events", response_model=list[views.EventSummaryOut])
def list_events(
    session: ReadSession,
    settings: AppSettings,
    response: Response,
    q: str = "",
    side: str = "",
    year: int | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> list[views.EventSummaryOut]:
    """Events newest first, with sides, languages and share of one-sided claims.

    ``q`` searches titles and statement texts (substring, any script); ``side`` and
    ``year`` filter; the total count is in the ``X-Total-Count`` header.
    """
    events, total = queries.find_events(
        session=session, q=q, side=side, year=year, page=page, per_page=settings.events_per_page
    )
    response.headers["X-Total-Count"] = str(total)
    return [views.event_summary(e) for e in events]


@router.get("/events/{slug}", response_model=views.EventDetailOut)
def get_event(slug: str, session: ReadSession) -> views.EventDetailOut:
    """One event with its statements, sentences, links and topic summary."""
    event = queries.event_by_slug(session=session, slug=slug)
    if event is None:
        raise HTTPException(404, f"No event with the slug {slug!r}.")
    return views.event_detail(event)


@router.get("/topics", response_model=list[views.TopicOut], tags=["topics"])
def list_topics(request: Request, session: ReadSession) -> list[views.TopicOut]:
    """The topic lexicon with its terms per language, and how often each side raises each topic."""
    events, _ = queries.find_events(session=session, per_page=10_000)
    return views.topic_catalogue(events, request.app.state.lexicon.topics)
