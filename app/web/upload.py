"""Upload of a new statement pair: form, preview (with corrections), save.

Three ways in: two texts (pasted or files), one document holding both statements,
or a news report quoting both sides. Nothing is stored until the user saves from
the preview; a refused upload re-shows the form with what the user typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app import uploads
from app.documents import DocumentError, DocumentTooLarge, read_document
from app.services import EventInput, ImportError_, import_pair
from app.web import csrf
from app.web.dependencies import AppSettings, WriteSession

router = APIRouter(include_in_schema=False)

MODES = ("pair", "combined", "report")


@dataclass
class UploadForm:
    """What the user typed, kept to re-show the form after an error."""

    mode: str = "pair"
    title: str = ""
    date: str = ""
    place: str = ""
    left_side: str = ""
    right_side: str = ""
    left_text: str = ""
    right_text: str = ""
    document_text: str = ""
    errors: list[str] = field(default_factory=list)


class UploadRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _refused(request: Request, form: UploadForm, exc: UploadRefused | ImportError_) -> Response:
    """Re-show the form with the reason and everything the user typed; nothing was stored."""
    form.errors.append(exc.message if isinstance(exc, UploadRefused) else str(exc))
    status = exc.status if isinstance(exc, UploadRefused) else 422
    return csrf.render_form(request, "upload.html", {"form": form}, status=status)


def _check_form(form: UploadForm) -> None:
    if form.mode not in MODES:
        raise UploadRefused(422, f"Unknown upload kind “{form.mode}”.")
    if not form.title.strip():
        raise UploadRefused(422, "Give the event a title (e.g. “Putin–Biden video call”).")
    _parse_date(form.date)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, mode: str = "pair") -> Response:
    form = UploadForm(mode=mode if mode in MODES else "pair")
    return csrf.render_form(request, "upload.html", {"form": form})


async def _text_from(upload: UploadFile | None, typed: str, label: str, max_bytes: int) -> str:
    """The file's text if a file was chosen, else the typed text; refused with a clear reason."""
    if upload is not None and upload.filename:
        data = await upload.read(max_bytes + 1)
        try:
            return read_document(upload.filename, data, max_bytes=max_bytes)
        except DocumentTooLarge as exc:
            raise UploadRefused(413, f"{label}: {exc}") from exc
        except DocumentError as exc:
            raise UploadRefused(422, f"{label}: {exc}") from exc
    if len(typed.encode("utf-8")) > max_bytes:
        raise UploadRefused(413, f"{label} is larger than the limit of {max_bytes:,} bytes.")
    if "\x00" in typed:
        raise UploadRefused(422, f"{label} holds binary data, not text.")
    return typed.replace("\r\n", "\n")


def _parse_date(value: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise UploadRefused(422, f"The date “{value}” is not a date of the form YYYY-MM-DD.") from exc


@router.post("/upload/preview", response_class=HTMLResponse)
async def upload_preview(
    request: Request,
    settings: AppSettings,
    csrf_token: Annotated[str, Form()] = "",
    mode: Annotated[str, Form()] = "pair",
    title: Annotated[str, Form()] = "",
    date: Annotated[str, Form()] = "",
    place: Annotated[str, Form()] = "",
    left_side: Annotated[str, Form()] = "",
    right_side: Annotated[str, Form()] = "",
    left_text: Annotated[str, Form()] = "",
    right_text: Annotated[str, Form()] = "",
    document_text: Annotated[str, Form()] = "",
    left_file: UploadFile | None = None,
    right_file: UploadFile | None = None,
    document_file: UploadFile | None = None,
) -> Response:
    csrf.verify(request, csrf_token, settings.secret_key, page="upload page")
    form = UploadForm(mode, title, date, place, left_side, right_side, left_text, right_text, document_text)
    limit = settings.max_text_bytes
    try:
        _check_form(form)
        if mode == "pair":
            form.left_text = await _text_from(left_file, left_text, "The first statement", limit)
            form.right_text = await _text_from(right_file, right_text, "The second statement", limit)
        else:
            form.document_text = await _text_from(document_file, document_text, "The document", limit)
        preview = uploads.build_preview(
            mode=mode,
            left_side=left_side,
            right_side=right_side,
            left_text=form.left_text,
            right_text=form.right_text,
            document_text=form.document_text,
        )
    except (UploadRefused, ImportError_) as exc:
        return _refused(request, form, exc)
    return csrf.render_form(request, "upload_preview.html", {"form": form, "preview": preview})


@router.post("/upload", response_class=HTMLResponse)
async def upload_save(request: Request, settings: AppSettings, session: WriteSession) -> Response:
    form_data = await request.form()
    fields = {k: v for k, v in form_data.items() if isinstance(v, str)}
    csrf.verify(request, fields.get("csrf_token", ""), settings.secret_key, page="upload page")
    form = UploadForm(
        mode=fields.get("mode", "pair"),
        title=fields.get("title", ""),
        date=fields.get("date", ""),
        place=fields.get("place", ""),
        left_side=fields.get("left_side", ""),
        right_side=fields.get("right_side", ""),
        left_text=fields.get("left_text", ""),
        right_text=fields.get("right_text", ""),
        document_text=fields.get("document_text", ""),
    )
    limit = settings.max_text_bytes
    try:
        _check_form(form)
        for label, value in (
            ("The first statement", form.left_text),
            ("The second statement", form.right_text),
            ("The document", form.document_text),
        ):
            await _text_from(None, value, label, limit)
        assignment = uploads.assignment_from_fields(fields)
        statements = uploads.statement_inputs(
            mode=form.mode,
            left_side=form.left_side,
            right_side=form.right_side,
            left_text=form.left_text,
            right_text=form.right_text,
            document_text=form.document_text,
            assignment=assignment,
        )
        event = EventInput(
            title=form.title.strip(),
            date=_parse_date(form.date),
            place=form.place.strip() or None,
            source_kind=form.mode,
            source_text=form.document_text if form.mode != "pair" else None,
            source_name="Uploaded document" if form.mode != "pair" else None,
        )
        result = import_pair(
            session=session, event=event, statements=statements, lexicon=request.app.state.lexicon
        )
    except (UploadRefused, ImportError_) as exc:
        return _refused(request, form, exc)
    suffix = "" if result.created else "?existing=1"
    return RedirectResponse(f"/events/{result.event.slug}{suffix}", status_code=303)
