"""The ``parallax`` command: a thin shell over the services and the text core."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file as the contract defines it: BOM stripped, newlines kept."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def cmd_align(args: argparse.Namespace) -> int:
    from app.contract import alignment_document
    from app.text.align import align
    from app.text.segment import segment

    left = segment(read_text_file(args.left))
    right = segment(read_text_file(args.right))
    alignment = align(left, right)
    document = alignment_document(left, right, alignment)
    if args.explain:
        from app.text.explain import explain_table

        print(explain_table(left, right, alignment))
    else:
        json.dump(document, sys.stdout, ensure_ascii=False, indent=None if args.json else 1)
        sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_align = sub.add_parser("align", help="align two statements and print the alignment")
    p_align.add_argument("left", type=Path)
    p_align.add_argument("right", type=Path)
    mode = p_align.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the JSON contract on one line")
    mode.add_argument("--explain", action="store_true", help="print a readable table of the links")
    p_align.set_defaults(func=cmd_align)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
