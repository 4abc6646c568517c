"""Check the rebuilt texts of the real-coverage clusters against their recorded hashes.

    python evaluation/realnews/verify.py [FOLDER]

For each ``<cluster>/sources.json`` it prints one line per text that is missing or whose SHA-256
differs from the one recorded when the cluster was made, and a total. It also checks that every
gold anchor is at most 40 characters long (anchors, never passages, are committed). Exit 0 when
every text is there and matches, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

MAX_ANCHOR = 40


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent
    clusters = sorted(p.parent for p in root.glob("*/sources.json"))
    found = missing = differ = long_anchors = 0
    for cluster in clusters:
        sources = json.loads((cluster / "sources.json").read_text(encoding="utf-8"))
        for entry in sources["documents"]:
            path = cluster / entry["document"]
            if not path.is_file():
                missing += 1
                print(f"missing {path}: search pages for {entry['query']!r}, url {entry['url']}")
                continue
            found += 1
            digest = hashlib.sha256(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
            if digest != entry["sha256"]:
                differ += 1
                print(f"differs {path}: rebuilt text is not the one the gold was written on")
        if not (cluster / "gold.json").is_file():
            print(f"no gold {cluster.name}: the cluster has no gold.json yet")
            continue
        gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
        for cid, claim in gold["claims"].items():
            if len(claim["quote"]) > MAX_ANCHOR:
                long_anchors += 1
                print(f"long anchor {cluster.name}/{cid}: {len(claim['quote'])} characters")
    print(
        f"{len(clusters)} clusters: {found} texts present ({differ} differ), {missing} missing; "
        f"{long_anchors} anchors over {MAX_ANCHOR} characters"
    )
    return 0 if not (missing or differ or long_anchors) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
