"""Cross-site request forgery protection for forms: a double-submit token.

The token lives in a SameSite=Strict cookie and in a hidden form field; a write
is accepted only when both are present and equal. The cookie value is an HMAC of
a random nonce, so a token cannot be forged without the secret key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from fastapi import HTTPException, Request, Response

COOKIE_NAME = "parallax_csrf"
FIELD_NAME = "csrf_token"


def _sign(nonce: str, secret: str) -> str:
    return hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()[:32]


def new_token(secret: str) -> str:
    nonce = secrets.token_urlsafe(16)
    return f"{nonce}.{_sign(nonce, secret)}"


def valid_token(token: str, secret: str) -> bool:
    nonce, _, signature = token.partition(".")
    return bool(nonce) and hmac.compare_digest(signature, _sign(nonce, secret))


def token_for(request: Request, secret: str) -> str:
    """The request's token if it has a valid one, else a fresh one (set it with ``remember``)."""
    current = request.cookies.get(COOKIE_NAME, "")
    return current if valid_token(current, secret) else new_token(secret)


def remember(response: Response, token: str) -> None:
    response.set_cookie(COOKIE_NAME, token, httponly=True, samesite="strict", max_age=8 * 3600)


def render_form(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page that holds a form which posts back: rendered with the request's token in
    ``csrf_token`` and the token set as the cookie."""
    token = token_for(request, request.app.state.settings.secret_key)
    response = request.app.state.templates.TemplateResponse(
        request, template, {**context, FIELD_NAME: token}, status_code=status
    )
    remember(response, token)
    return response


def verify(request: Request, submitted: str, secret: str, *, page: str) -> None:
    """Raise 403 unless the submitted form token matches the cookie and is ours; the message
    names the ``page`` whose form to reload."""
    cookie = request.cookies.get(COOKIE_NAME, "")
    if not (cookie and submitted and hmac.compare_digest(cookie, submitted) and valid_token(cookie, secret)):
        raise HTTPException(
            403, f"The form expired or came from another site. Reload the {page} and submit again."
        )
