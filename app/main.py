"""The application factory: settings in, app out; nothing happens at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text

from app.config import Settings
from app.paths import STATIC_DIR
from app.store.db import open_database
from app.web import api, pages, upload
from app.web.errors import install_error_handlers
from app.web.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from app.web.templating import make_templates, topic_labeller


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the engine is opened in the lifespan and disposed at shutdown."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.database = open_database(settings.database_url)
        try:
            yield
        finally:
            app.state.database.dispose()

    app = FastAPI(
        title="Parallax",
        summary="Two official readouts of one diplomatic event, aligned claim by claim.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.lexicon = settings.lexicon()
    app.state.topic_label = topic_labeller(app.state.lexicon)  # built once, not per page view
    app.state.templates = make_templates(app.state.topic_label)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_upload_bytes)
    install_error_handlers(app)

    import swagger_ui_bundle

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, str]:
        """Liveness: a constant answer that never touches the database."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"])
    def readyz() -> JSONResponse:
        """Readiness: the database answers a query."""
        try:
            with app.state.database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # any failure means not ready; say which
            return JSONResponse({"status": "unavailable", "detail": type(exc).__name__}, status_code=503)
        return JSONResponse({"status": "ok"})

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(upload.router)
    return app
