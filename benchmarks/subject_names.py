"""How many extracted claims have a subject that is not a name: a diagnosis of subject quality.

    python -m benchmarks.subject_names fixtures evaluation/realnews evaluation/blind-2026-12-03

For every event folder with a ``gold.json`` under the given roots, each document's claims are
extracted as ``reconcile evaluate`` extracts them, and each claim's subject is looked up in the
claim's own sentence (else its first mention in the document). The sentence is parsed with
spaCy: a subject whose words are all English words of spaCy's lexicon, none of whose written
tokens the tagger reads as a proper noun and none of which lies inside a recognised entity, is
counted as *not a name* and printed with the words around it (an invented name the tagger
misreads as a noun is not counted: it is not a word of the lexicon). Subjects not written in
the text (segments such as "X Cloud", aliases a newsroom configured) are counted apart.
The figures printed are counts of claims.
"""

from __future__ import annotations

import argparse
import bisect
import re
from collections import Counter
from pathlib import Path

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _lexicon
from reconcile.claims.parse import parse_sentences
from reconcile.claims.vocab import sentence_spans
from reconcile.evaluate import event_settings, find_events
from reconcile.gold import load_event


def _where(text: str, spans: list[tuple[int, int]], at: int, subject: str) -> tuple[int, int]:
    """Where ``subject`` is written: in the sentence holding ``at`` when it is there, else its
    first mention in the text; (-1, -1) when the text never writes it."""
    starts = [lo for lo, _ in spans]
    k = max(bisect.bisect_right(starts, at) - 1, 0)
    lo, hi = spans[k] if spans else (0, len(text))
    i = text.find(subject, lo, hi)
    if i == -1:
        i = text.find(subject)
    if i == -1:
        return -1, -1
    return i, i + len(subject)


def _sentence(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    starts = [lo for lo, _ in spans]
    k = max(bisect.bisect_right(starts, at) - 1, 0)
    return spans[k] if spans else (0, len(text))


def _word(w: str) -> bool:
    """An English word of spaCy's lexicon, or the plural of one."""
    words, stop = _lexicon()
    return w in words or w in stop or (w.endswith("s") and w[:-1] in words)


def survey(folder: Path) -> tuple[Counter[str], list[str]]:
    """Counts of claims by the kind of their subject, and the lines describing each claim whose
    subject is not a name."""
    event = load_event(folder)
    settings = event_settings(folder)
    counts: Counter[str] = Counter()
    todo: list[tuple[str, str, int, int, int]] = []  # (doc, subject, at, s, e)
    texts: dict[str, str] = {}
    for doc in event.documents:
        texts[doc.id] = doc.text
        for c in extract_claims(doc, settings):
            if c.subject is None:
                counts["none"] += 1
                continue
            spans = sentence_spans(doc.text)
            s, e = _where(doc.text, spans, c.span[0], c.subject)
            if s < 0:
                counts["not written"] += 1
                continue
            todo.append((doc.id, c.subject, c.span[0], s, e))
    windows = []
    for doc_id, _, _, s, _ in todo:
        text = texts[doc_id]
        windows.append(_sentence(text, sentence_spans(text), s))
    docs = parse_sentences([texts[t[0]][lo:hi] for t, (lo, hi) in zip(todo, windows, strict=True)])
    lines: list[str] = []
    for (doc_id, subject, _, s, e), (lo, _hi), parsed in zip(todo, windows, docs, strict=True):
        toks = [t for t in parsed if s - lo <= t.idx < e - lo]
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", subject)]
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in toks) or not all(map(_word, words)):
            counts["name"] += 1
            continue
        counts["not a name"] += 1
        opening = " ".join(texts[doc_id][max(lo, s - 30) : e + 30].split())
        tags = "/".join(t.pos_ for t in toks)
        lines.append(f"   {folder.name}/{doc_id}: {subject!r} [{tags}] ... {opening} ...")
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    args = ap.parse_args(argv)
    for root in args.roots:
        total: Counter[str] = Counter()
        names: Counter[str] = Counter()
        for folder in find_events(root):
            counts, lines = survey(folder)
            total.update(counts)
            for line in lines:
                names[line.split("'")[1]] += 1
                if not args.quiet:
                    print(line)
        claims = sum(total.values())
        print(
            f"-- {root}: {claims} claims; subject a name {total['name']}, not a name "
            f"{total['not a name']}, not written {total['not written']}, none {total['none']}"
        )
        by_subject = ", ".join(f"{n!r} {k}" for n, k in names.most_common())
        print(f"   not a name, by subject: {by_subject}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
