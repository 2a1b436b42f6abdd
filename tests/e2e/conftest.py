"""Browser tests: the real app under uvicorn on a seeded SQLite file, driven by Debian's Chromium.

One server and one browser serve the whole e2e session (starting Chromium costs seconds);
every test gets a fresh browser context, so cookies and storage never leak between tests.
Playwright cannot download its own browsers on these machines: ``make browser`` installs
Debian's ``chromium`` and the Noto CJK fonts that make Hangul visible in screenshots.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from app.config import Settings
from app.main import create_app
from app.store.db import open_database
from app.store.migrate import upgrade
from tests.conftest import SEEDS_DIR, TESTS_DIR

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS_DIR = TESTS_DIR / "artifacts"
SEED_SLUG = "2021-12-07-putin-biden-video-call"
SEED_EVENT = f"/events/{SEED_SLUG}"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SERVER_START_LIMIT_S = 20


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def seeded_database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from app.services import load_seeds

    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'parallax.db'}"
    upgrade(url)
    database = open_database(url)
    try:
        with database.write() as session:
            load_seeds(session=session, seeds_dir=SEEDS_DIR)
            session.commit()
    finally:
        database.dispose()
    return url


@pytest.fixture(scope="session")
def base_url(seeded_database_url: str) -> Iterator[str]:
    """The app from the factory, served by uvicorn in a thread on a free local port."""
    app = create_app(Settings(database_url=seeded_database_url, seeds_dir=SEEDS_DIR))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-e2e", daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_LIMIT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start for the browser tests")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run `make browser` (installs Debian's chromium and fonts-noto-cjk; "
            "Playwright cannot download its own browsers here)",
            pytrace=False,
        )
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


def _context(browser: Browser, base_url: str, **options: object) -> BrowserContext:
    options.setdefault("viewport", DESKTOP)
    context = browser.new_context(base_url=base_url, **options)  # type: ignore[arg-type]
    context.set_default_timeout(10_000)
    return context


@pytest.fixture
def context(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    """A fresh context with the app's Content-Security-Policy in force (as users get it)."""
    ctx = _context(browser, base_url)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def phone_page(browser: Browser, base_url: str) -> Iterator[Page]:
    ctx = _context(browser, base_url, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    yield ctx.new_page()
    ctx.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS_DIR
