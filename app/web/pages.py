"""HTML pages; each links its JSON twin."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from app import presenters, views
from app.store import queries
from app.web.dependencies import ReadSession

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def library(request: Request, session: ReadSession) -> HTMLResponse:
    events = [views.event_summary(e) for e in queries.all_events(session=session)]
    return request.app.state.templates.TemplateResponse(
        request, "index.html", {"events": events, "json_url": "/api/events"}
    )


@router.get("/events/{slug}", response_class=HTMLResponse)
def event_page(slug: str, request: Request, session: ReadSession) -> HTMLResponse:
    event = queries.event_by_slug(session=session, slug=slug)
    if event is None:
        raise HTTPException(404, f"There is no event called “{slug}”.")
    detail = views.event_detail(event)
    page = presenters.event_page(detail)
    return request.app.state.templates.TemplateResponse(
        request, "event.html", {"event": detail, "page": page, "json_url": f"/api/events/{slug}"}
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI served from the installed swagger-ui-bundle (no CDN, no inline script)."""
    return request.app.state.templates.TemplateResponse(request, "docs.html", {})
