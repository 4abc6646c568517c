"""Class: two different amounts converted at two rates, one of them wrong. The finding names
the restatement whose rate is far from the reference rate (the one an editor must fix), not
the two restatements alike; when neither or both stray, all four claims. Fresh sentences with
invented names and figures."""

from __future__ import annotations

from reconcile.claims.models import Document, Finding
from reconcile.pipeline import reconcile


def _rate(a: str, b: str) -> tuple[Finding, dict[str, str]]:
    docs = [Document(id="a.txt", path="a.txt", text=a), Document(id="b.txt", path="b.txt", text=b)]
    report = reconcile(docs)
    [f] = [f for f in report.findings if " rate: " in f.message]
    return f, {c.id: c.text for c in report.claims}


GALLERY = "Thieves took paintings worth an estimated 40 million euros ($44 million) from the Orlen."


def test_the_conversion_far_from_the_reference_is_the_one_named() -> None:
    f, text = _rate(GALLERY, "The Orlen offered a reward of €200,000 ($130,000) for information.")
    assert sorted(text[i] for i in f.claims) == ["$130,000", "€200,000"]
    assert "b.txt's is the one far from the reference rate" in f.message


def test_control_both_far_from_the_reference_name_all_four() -> None:
    f, _ = _rate(
        "Thieves took paintings worth an estimated 40 million euros ($25 million) from the Orlen.",
        "The Orlen offered a reward of €200,000 ($450,000) for information.",
    )
    assert len(f.claims) == 4 and "far from the reference" not in f.message
