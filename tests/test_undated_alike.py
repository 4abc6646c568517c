"""A running total dated only by its article's day, against an undated figure in an article of
no known day, when the two sentences give one update of the count (they share another figure):
neither text dates its figure, so they are weighed as one update's figures (a conflict), not set
apart as "does not say which day". Without a shared figure, or against an article of another
known day, the excuse stands."""

from __future__ import annotations

from reconcile import reconcile
from reconcile.documents import parse_document


def _alarms(a: str, b: str) -> list:
    docs = [parse_document("a.txt", "a.txt", a), parse_document("b.txt", "b.txt", b)]
    return [f for f in reconcile(docs).findings if f.severity in ("warning", "error")]


DATED = (
    "Kelso Vale floods\n\nPublished: 2026-03-10\n\n"
    "Rescuers said 23 people had died in the Kelso Vale floods and 12 were still missing.\n"
)
UNDATED = (
    "Kelso Vale floods: what we know\n\n"
    "Officials say 31 people have died in the Kelso Vale floods and 12 are still missing.\n"
)


def test_one_update_in_an_article_of_no_day_is_compared() -> None:
    assert any(f.kind == "value_mismatch" for f in _alarms(DATED, UNDATED))


def test_without_a_shared_figure_the_undated_article_may_be_a_later_update() -> None:
    """Control: nothing says the undated article gives the same update."""
    later = UNDATED.replace("and 12 are still missing", "as the search goes on")
    assert _alarms(DATED, later) == []


def test_an_article_of_another_known_day_keeps_its_excuse() -> None:
    """Control: the second article is of a later day: a running total may have grown."""
    later = UNDATED.replace("what we know\n\n", "what we know\n\nPublished: 2026-03-13\n\n")
    assert _alarms(DATED, later) == []
