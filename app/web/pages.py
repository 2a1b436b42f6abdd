"""HTML pages; each links its JSON twin."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app import presenters, services, views
from app.store import queries
from app.text.align import METHOD
from app.web import csrf
from app.web.dependencies import AppSettings, ReadSession, WriteSession

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def library(
    request: Request,
    session: ReadSession,
    settings: AppSettings,
    q: str = "",
    side: str = "",
    year: int | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    per_page = settings.events_per_page
    found, total = queries.find_events(
        session=session, q=q, side=side, year=year, page=page, per_page=per_page
    )
    sides, years = queries.facets(session=session)
    pages = max(1, -(-total // per_page))
    query = urlencode({k: v for k, v in (("q", q), ("side", side), ("year", year or "")) if v})
    return request.app.state.templates.TemplateResponse(
        request,
        "index.html",
        {
            "events": [views.event_summary(e) for e in found],
            "total": total,
            "q": q,
            "side": side,
            "year": year,
            "sides": sides,
            "years": years,
            "page": page,
            "pages": pages,
            "query": query,
            "json_url": "/api/events" + (f"?{query}" if query else ""),
        },
    )


@router.get("/events/{slug}", response_class=HTMLResponse)
def event_page(
    slug: str,
    request: Request,
    session: ReadSession,
    view: Literal["aligned", "original"] = "aligned",
    lead: Literal["left", "right"] = "left",
    only: Literal["unique", ""] = "",
    topic: str = "",
    existing: bool = False,
    realigned: bool = False,
) -> Response:
    event = queries.event_by_slug(session=session, slug=slug)
    if event is None:
        raise HTTPException(404, f"There is no event called “{slug}”.")
    detail = views.event_detail(event)
    filters = presenters.Filters(view=view, lead=lead, only_unique=only == "unique", topic=topic or None)
    page = presenters.event_page(detail, filters, request.app.state.topic_label)
    notices = ["These texts were already in the library: this is the event they made."] if existing else []
    if realigned:
        notices.append("Realigned with the current lexicon.")
    current = request.app.state.lexicon.version
    stale = detail.alignment is not None and (
        detail.alignment.lexicon_version != current or detail.alignment.method != METHOD
    )
    context = {
        "event": detail,
        "page": page,
        "notices": notices,
        "json_url": f"/api/events/{slug}",
        "stale_alignment": stale,
        "current_lexicon": current,
        "current_method": METHOD,
    }
    if stale:  # the realign form posts back: it needs a CSRF token, as the upload form does
        return csrf.render_form(request, "event.html", context)
    return request.app.state.templates.TemplateResponse(request, "event.html", context)


@router.post("/events/{slug}/realign")
async def realign(
    slug: str, request: Request, settings: AppSettings, session: WriteSession
) -> RedirectResponse:
    """Align a stored event again with the current lexicon and method (after an upgrade, its
    run still records the lexicon and method it was aligned with); one transaction, then back
    to it."""
    form = await request.form()
    submitted = form.get(csrf.FIELD_NAME, "")
    csrf.verify(
        request, submitted if isinstance(submitted, str) else "", settings.secret_key, page="event page"
    )
    event = queries.event_by_slug(session=session, slug=slug)
    if event is None:
        raise HTTPException(404, f"There is no event called “{slug}”.")
    services.realign_event(session=session, event=event, lexicon=request.app.state.lexicon)
    return RedirectResponse(f"/events/{slug}?realigned=1", status_code=303)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI served from the installed swagger-ui-bundle (no CDN, no inline script)."""
    return request.app.state.templates.TemplateResponse(request, "docs.html", {})


@router.get("/topics", response_class=HTMLResponse)
def topics_page(request: Request, session: ReadSession) -> HTMLResponse:
    events, _ = queries.find_events(session=session, per_page=10_000)
    lexicon = request.app.state.lexicon
    catalogue = views.topic_catalogue(events, lexicon.topics)
    return request.app.state.templates.TemplateResponse(
        request,
        "topics.html",
        {"topics": catalogue, "lexicon_version": lexicon.version, "json_url": "/api/topics"},
    )
