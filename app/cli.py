"""The ``parallax`` command: a thin shell over the services and the text core."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.config import Settings
from app.text.topics import Lexicon, LexiconError


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file as the contract defines it: BOM stripped, newlines kept."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def _settings() -> Settings:
    return Settings()


def describe_database(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {Path(parsed.database or '').resolve()}"
    return f"{parsed.get_backend_name()} database {parsed.database} on {parsed.host or 'localhost'}"


@contextmanager
def write_transaction(url: str) -> Iterator[Session]:
    """One transaction for one command: committed if the command succeeds, rolled back if not."""
    from app.store.db import open_database

    database = open_database(url)
    try:
        with database.transaction() as session:
            yield session
    finally:
        database.dispose()


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.store.migrate import upgrade

    settings = _settings()
    upgrade(settings.database_url)
    print(f"Migrated {describe_database(settings.database_url)} to the latest schema.")
    return 0


def seed_database(database_url: str, seeds_dir: Path, lexicon: Lexicon | None = None) -> None:
    from app.services import load_seeds

    with write_transaction(database_url) as session:
        reports = load_seeds(session=session, seeds_dir=seeds_dir, lexicon=lexicon)
    for report in reports:
        print(f"  {'added' if report.created else 'already there'}: {report.slug}")


def cmd_seed(args: argparse.Namespace) -> int:
    settings = _settings()
    print(f"Loading seed events from {settings.seeds_dir} into {describe_database(settings.database_url)}")
    seed_database(settings.database_url, settings.seeds_dir, settings.lexicon())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.store.migrate import upgrade

    settings = _settings()
    print(f"Database: {describe_database(settings.database_url)}")
    upgrade(settings.database_url)
    if not args.no_seed:
        seed_database(settings.database_url, settings.seeds_dir, settings.lexicon())
    print(f"Serving Parallax at http://{args.host}:{args.port}")
    if args.reload:
        uvicorn.run("app.main:create_app", factory=True, host=args.host, port=args.port, reload=True)
    else:
        from app.main import create_app

        uvicorn.run(create_app(settings), host=args.host, port=args.port)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.documents import read_document
    from app.services import EventInput, ImportError_, StatementInput, import_pair, statement_inputs

    settings = _settings()
    date = dt.date.fromisoformat(args.date) if args.date else None
    sides = [
        StatementInput(side=args.left_side or "", text=""),
        StatementInput(side=args.right_side or "", text=""),
    ]
    try:
        if args.combined or args.report:
            path = args.combined or args.report
            kind = "combined" if args.combined else "report"
            text = read_document(path.name, path.read_bytes(), max_bytes=settings.max_text_bytes)
            statements = statement_inputs(kind, text, sides)
            event = EventInput(
                title=args.title, date=date, place=args.place, source_kind=kind, source_text=text
            )
        else:
            if not (args.left and args.right):
                print(
                    "parallax import: give LEFT and RIGHT files, or --combined FILE, or --report FILE",
                    file=sys.stderr,
                )
                return 2
            texts = [
                read_document(p.name, p.read_bytes(), max_bytes=settings.max_text_bytes)
                for p in (args.left, args.right)
            ]
            statements = [
                StatementInput(side=args.left_side or "Left", text=texts[0]),
                StatementInput(side=args.right_side or "Right", text=texts[1]),
            ]
            event = EventInput(title=args.title, date=date, place=args.place)
        lexicon = settings.lexicon()
        with write_transaction(settings.database_url) as session:
            result = import_pair(session=session, event=event, statements=statements, lexicon=lexicon)
            slug, created = result.event.slug, result.created
    except (ImportError_, ValueError) as exc:
        print(f"parallax import: {exc}", file=sys.stderr)
        return 1
    print(f"{'Imported' if created else 'Already in the library'}: /events/{slug}")
    return 0


def cmd_realign(args: argparse.Namespace) -> int:
    from app.services import realign_event
    from app.store.queries import event_by_slug, event_slugs

    settings = _settings()
    lexicon = settings.lexicon()
    print(f"Lexicon {lexicon.version}")
    with write_transaction(settings.database_url) as session:
        slugs = args.slugs or list(event_slugs(session=session))
        for slug in slugs:
            event = event_by_slug(session=session, slug=slug)
            if event is None:
                print(f"parallax realign: no event {slug!r}; nothing was changed", file=sys.stderr)
                raise SystemExit(1)
            realign_event(session=session, event=event, lexicon=lexicon)
            print(f"  realigned: {slug}")
    return 0


def cmd_align(args: argparse.Namespace) -> int:
    from app.contract import alignment_document
    from app.text.align import align
    from app.text.segment import segment

    left = segment(read_text_file(args.left))
    right = segment(read_text_file(args.right))
    alignment = align(left, right, lexicon=_settings().lexicon())
    if args.explain:
        from app.text.explain import explain_table

        print(explain_table(left, right, alignment))
        return 0
    document = alignment_document(left, right, alignment)
    json.dump(document, sys.stdout, ensure_ascii=False, indent=None if args.json else 1)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax", description="Compare two official readouts of one event."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p_serve = add("serve", cmd_serve, "migrate, load the seeds on first start, and serve the app")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--reload", action="store_true", help="restart on code changes (development)")
    p_serve.add_argument("--no-seed", action="store_true", help="do not load the seed events")

    add("migrate", cmd_migrate, "apply the database migrations")
    add("seed", cmd_seed, "load the seed events (loading twice adds nothing)")

    p_import = add("import", cmd_import, "import a statement pair from files")
    p_import.add_argument("left", type=Path, nargs="?", help="the first statement (.txt, .docx, .pdf, .html)")
    p_import.add_argument("right", type=Path, nargs="?", help="the second statement")
    p_import.add_argument("--combined", type=Path, help="one document holding both statements")
    p_import.add_argument("--report", type=Path, help="a news report quoting both sides")
    p_import.add_argument("--title", required=True)
    p_import.add_argument("--date", help="YYYY-MM-DD")
    p_import.add_argument("--place")
    p_import.add_argument("--left-side", help='side label of the first statement, e.g. "Kremlin"')
    p_import.add_argument("--right-side", help='side label of the second statement, e.g. "White House"')

    p_realign = add("realign", cmd_realign, "re-align stored events (after a lexicon or method change)")
    p_realign.add_argument("slugs", nargs="*", help="events to re-align (default: all), in one transaction")

    p_align = add("align", cmd_align, "align two statements and print the alignment")
    p_align.add_argument("left", type=Path)
    p_align.add_argument("right", type=Path)
    mode = p_align.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the JSON contract on one line")
    mode.add_argument("--explain", action="store_true", help="print a readable table of the links")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except LexiconError as exc:  # PARALLAX_LEXICON_DIR names a missing folder or a broken file
        print(f"parallax {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
