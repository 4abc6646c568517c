"""How many extracted claims have an outlet as their subject: the masthead a document opens
with, a wire named in its dateline, or their last word ("the Chronicle" for "The Northern
Chronicle"), as :func:`reconcile.documents.read_outlets` reads them.

    python -m benchmarks.outlet_subjects fixtures evaluation/realnews evaluation/blind-2026-12-04d

For every event folder with a ``gold.json`` under the given roots, each document's claims are
extracted as ``reconcile evaluate`` extracts them. Printed: per root, the number of claims,
of documents whose top names an outlet, and of claims whose subject is that outlet (with the
subjects), and with ``--list`` each such claim.
"""

from __future__ import annotations

import argparse
from collections import Counter

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _outlet_key, _outlet_names
from reconcile.evaluate import event_settings, find_events
from reconcile.gold import load_event


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--list", action="store_true", help="print each claim about an outlet")
    args = ap.parse_args(argv)
    for root in args.roots:
        claims = documents = outlets = 0
        hits: Counter[str] = Counter()
        for folder in find_events(root):
            event = load_event(folder)
            settings = event_settings(folder)
            for doc in event.documents:
                outlet = _outlet_names(doc.text)
                documents += 1
                outlets += bool(outlet.keys)
                for c in extract_claims(doc, settings):
                    claims += 1
                    if c.subject and _outlet_key(c.subject) in outlet.keys:
                        hits[c.subject] += 1
                        if args.list:
                            print(f"   {folder.name}/{doc.id}: {c.text!r} subject={c.subject!r}")
        listed = ", ".join(f"{n!r} {k}" for n, k in hits.most_common())
        print(
            f"-- {root}: {claims} claims in {documents} documents ({outlets} name an outlet); "
            f"subject an outlet: {sum(hits.values())} claims"
        )
        if listed:
            print(f"   by subject: {listed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
