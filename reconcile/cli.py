"""The command line: a thin shell over the library."""

from __future__ import annotations

import argparse
import sys

from reconcile.io import InputError, load_documents
from reconcile.pipeline import reconcile
from reconcile.render.text import render_text


def _report(args: argparse.Namespace) -> int:
    report = reconcile(load_documents(args.paths))
    if args.format == "json":
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render_text(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reconcile", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="conflict report over files or folders")
    rep.add_argument("paths", nargs="+")
    rep.add_argument("--format", choices=["text", "json"], default="text")
    rep.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"reconcile: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
