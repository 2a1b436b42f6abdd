"""JSON API under /api/: the same models the pages render."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from app import views
from app.store import queries
from app.web.dependencies import ReadSession

router = APIRouter(prefix="/api", tags=["events"])


@router.get("/events", response_model=list[views.EventSummaryOut])
def list_events(session: ReadSession) -> list[views.EventSummaryOut]:
    """Every event, newest first, with its sides, languages and share of one-sided claims."""
    return [views.event_summary(e) for e in queries.all_events(session=session)]


@router.get("/events/{slug}", response_model=views.EventDetailOut)
def get_event(slug: str, session: ReadSession) -> views.EventDetailOut:
    """One event with its statements, sentences, links and topic summary."""
    event = queries.event_by_slug(session=session, slug=slug)
    if event is None:
        raise HTTPException(404, f"No event with the slug {slug!r}.")
    return views.event_detail(event)
