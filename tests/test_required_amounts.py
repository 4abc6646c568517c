"""A figure the parse reads as required, not done, is a target (issue 11): the object of an
infinitive under a verb of need ("would need to ship at least 64,000 scooters") takes the
metric's forecast, so it never meets the amount a source says was done. An infinitive under
a verb that says it was done ("managed to ship"), an obligation met ("had to cut") and an
announced intent ("plans to close 40 branches", which "will close 42 branches" restates)
stay as they are."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _claim(text: str, digits: str) -> Claim:
    cs = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c for c in cs if c.text.startswith(digits))


def test_an_amount_needed_is_a_target() -> None:
    needed = _claim(
        "Pelloro would need to ship at least 64,000 scooters this quarter to meet its goal.",
        "64,000",
    )
    done = _claim("Pelloro shipped 58,200 scooters this quarter.", "58,200")
    assert needed.metric is not None and needed.metric.endswith("(forecast)")
    assert done.metric is not None and not done.metric.endswith("(forecast)")
    assert needed.metric.split(" (", 1)[0] == done.metric
    needs = _claim("To hit its range, Marlow Phones needs to sell 2 million handsets.", "2 million")
    assert needs.metric is not None and needs.metric.endswith("(forecast)")


def test_an_amount_done_or_announced_through_an_infinitive_is_no_target() -> None:
    managed = _claim("Pelloro managed to ship 58,200 scooters this quarter.", "58,200")
    assert managed.metric is not None and not managed.metric.endswith("(forecast)")
    had = _claim("The Tarnby council had to cut 300 jobs last year.", "300")
    assert had.metric is not None and not had.metric.endswith("(forecast)")
    plans = _claim("Hadley Bank plans to cut 2,100 jobs over two years.", "2,100")
    will = _claim("Hadley Bank will cut 2,300 jobs over two years.", "2,300")
    assert plans.metric == will.metric
