"""Class: one quantity kept apart by role (issue "split", role level / share): a percentage of a
whole written after "to" or "at" ("rose to 34% of its sales", "jumped to 0.9% of the hull's
value") was read as a level, the new level a change reaches, while the same part of the same
whole written plainly ("made up 43% of its sales") is a share; the two never met. A figure
followed by "of" is a part of a whole wherever it stands (``context._role``). A level after
"to" with no whole ("rose 3 points to 34%") stays a level. Sentences written afresh, with
invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _run(*texts: str) -> tuple[list[str], dict[str, str]]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    report = reconcile(docs)
    alarms = [f.kind for f in report.findings if f.severity in ("warning", "error")]
    return alarms, {c.text: c.role for c in report.claims}


def test_a_part_of_a_whole_after_to_meets_the_plain_share() -> None:
    alarms, roles = _run(
        "Online orders rose to 34% of Fenmore's sales last year, the retailer said.",
        "Online orders made up 43% of Fenmore's sales last year, the retailer said.",
    )
    assert roles["34%"] == roles["43%"] == "share"
    assert alarms == ["value_mismatch"]


def test_control_a_level_after_to_with_no_whole_stays_a_level() -> None:
    alarms, roles = _run(
        "Online orders rose 3 points to 34% last year, Fenmore said.",
        "Online orders made up 43% of Fenmore's sales last year, the retailer said.",
    )
    assert roles["34%"] == "level"
    assert alarms == []
