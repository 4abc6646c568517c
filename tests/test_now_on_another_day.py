"""A figure its sentence gives as it stands "now", told on a known day, against another
source's figure of another known day further on in the count's growth (higher and later, or
lower and earlier): two stages of a count that grew between the days, not a contradiction
(``scope.now_and_another_day``). The same day, a count that would have fallen, or no "now"
leave the difference standing."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Claim, Document, Finding, Group
from tests.reported import hand_claim


def volunteers(doc: str, text: str, written: str, value: float) -> Claim:
    return hand_claim(
        doc,
        text,
        written,
        value,
        unit="volunteer",
        kind="count",
        subject="Pellworth",
        metric="volunteers",
        low=value - 0.5,
        high=value + 0.5,
    )


NOW = "Some 150 volunteers are now raking oil off the shingle at Pellworth."
LATER = "Council staff counted 240 volunteers on the shingle at Pellworth."


def judged(
    first: str, first_fig: str, first_value: float, first_day: dt.date,
    second: str, second_fig: str, second_value: float, second_day: dt.date,
) -> Finding:  # fmt: skip
    from reconcile.compare import compare_groups

    docs = [
        Document(id="a.txt", path="a.txt", text=first, published=first_day),
        Document(id="b.txt", path="b.txt", text=second, published=second_day),
    ]
    claims = [
        volunteers("a.txt", first, first_fig, first_value),
        volunteers("b.txt", second, second_fig, second_value),
    ]
    g = Group(id="g1", label="Pellworth: volunteers", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    return f


MON, WED = dt.date(2026, 2, 9), dt.date(2026, 2, 11)


def test_a_count_told_now_below_a_later_day_s_figure_is_an_earlier_stage() -> None:
    f = judged(NOW, "150", 150, MON, LATER, "240", 240, WED)
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_a_count_told_now_above_an_earlier_day_s_figure_is_a_later_stage() -> None:
    earlier = "Council staff counted 90 volunteers on the shingle at Pellworth."
    f = judged(earlier, "90", 90, MON, NOW, "150", 150, WED)
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_control_the_same_day_still_conflicts() -> None:
    f = judged(NOW, "150", 150, WED, LATER, "240", 240, WED)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_a_count_that_would_have_fallen_still_conflicts() -> None:
    fewer = "Council staff counted 60 volunteers on the shingle at Pellworth."
    f = judged(NOW, "150", 150, MON, fewer, "60", 60, WED)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_without_now_the_two_days_still_conflict() -> None:
    plain = "Some 150 volunteers were raking oil off the shingle at Pellworth."
    f = judged(plain, "150", 150, MON, LATER, "240", 240, WED)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_a_definite_set_doing_something_now_still_conflicts() -> None:
    known = "Its 150 volunteers are now raking oil off the shingle at Pellworth."
    f = judged(known, "150", 150, MON, LATER, "240", 240, WED)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message
