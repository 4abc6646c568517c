"""Ranks (kind 'rank', reconcile/quantities/ranks.py): a position is compared with another
source's position of the same thing, never grouped with a count."""

from __future__ import annotations

from reconcile.claims.models import Document, Report
from reconcile.pipeline import reconcile


def _report(*texts: str, published: tuple[str, ...] = ("2026-03-02",) * 3) -> Report:
    docs = [
        Document(id=f"{k}.txt", path=f"{k}.txt", text=t, published=day)
        for k, t, day in zip("abc", texts, published, strict=False)
    ]
    return reconcile(docs)


def _ranks(report: Report) -> list[tuple[str, float]]:
    return sorted((c.document, c.value) for c in report.claims if c.kind == "rank")


A = "Orlen Polytechnic is in 31st place in the Tamsworth Guide."
B = "Orlen Polytechnic rose to 31st in the Tamsworth Guide, its best showing yet."
C = "Orlen Polytechnic rose to 29th in the Tamsworth Guide, its best showing yet."


def _rank_findings(report: Report) -> list[str]:
    ids = {c.id for c in report.claims if c.kind == "rank"}
    return [f.kind for f in report.findings if f.severity == "error" and set(f.claims) & ids]


def test_two_sources_give_the_same_rank() -> None:
    report = _report(A, B)
    assert _ranks(report) == [("a.txt", 31.0), ("b.txt", 31.0)]
    assert _rank_findings(report) == []


def test_two_sources_give_different_ranks() -> None:
    report = _report(A, C)
    assert _ranks(report) == [("a.txt", 31.0), ("b.txt", 29.0)]
    assert _rank_findings(report) == ["value_mismatch"]


def test_a_rank_is_never_grouped_with_a_count() -> None:
    # "climbed 31 places" is how far it moved (a count), "to 12th" where it is (a rank)
    report = _report(
        "Orlen Polytechnic climbed 31 places in the Tamsworth Guide.",
        "Orlen Polytechnic sits 31st in the Tamsworth Guide.",
    )
    kinds = {c.id: c.kind for c in report.claims}
    for g in report.groups:
        assert len({kinds[i] for i in g.claims}) == 1, g


def test_a_superlative_rank_is_no_place_in_a_table() -> None:
    # the ground's size order and the league table are two orders: 3rd and 9th both hold
    report = _report(
        "Dunmere Athletic finished ninth in the league last spring.",
        "With 48,000 seats, Dunmere Athletic now has the third-largest ground in the league.",
    )
    assert sorted(c.value for c in report.claims if c.kind == "rank") == [3.0, 9.0]
    assert _rank_findings(report) == []


def test_a_rank_of_another_month_is_no_conflict() -> None:
    # a table's rank is a periodic statistic: an earlier edition's rank is not today's
    report = _report(
        "Orlen Polytechnic rose one place to ninth in the Tamsworth Guide.",
        "In January, Orlen Polytechnic placed 12th in the Tamsworth Guide.",
    )
    assert sorted(c.value for c in report.claims if c.kind == "rank") == [9.0, 12.0]
    assert _rank_findings(report) == []


STRIKE_4 = "The dockers' strike at Pellham entered its fourth day, union officials said."
STRIKE_6 = "The dockers' strike at Pellham is now in its sixth day, union officials said."


def test_the_ordinal_of_a_day_on_one_date_is_compared() -> None:
    report = _report(STRIKE_4, STRIKE_6)
    assert _ranks(report) == [("a.txt", 4.0), ("b.txt", 6.0)]
    assert _rank_findings(report) == ["value_mismatch"]


def test_the_ordinal_of_a_day_moves_on_with_the_date() -> None:
    # two days later the fourth day is the sixth: no conflict
    report = _report(STRIKE_4, STRIKE_6, published=("2026-03-02", "2026-03-04"))
    assert _ranks(report) == [("a.txt", 4.0), ("b.txt", 6.0)]
    assert _rank_findings(report) == []
