"""Classes of conflicts whose two figures met in one group and were excused (issue 11): each
tested with fresh sentences and invented names, and controls that must stay quiet."""

from __future__ import annotations

from reconcile.claims.models import Claim
from tests.test_scope import alarms, fig, judge

# ------------------------------------------------------------------ a day and its week
# Class: one act dated to a day by one source ("approved on Thursday", 19 November) and to the
# week that holds it by another ("agreed last week", week 47) was read as two times' figures,
# so two sizes of the one rise were excused as "the days differ". A week names no more than
# when the act took place. Figures that move from day to day (a share's move, a toll) keep
# their days apart.

RISE = {"unit": "percent", "kind": "percent", "metric": "fee change", "half": 0.05}
A_FEES = "The Corlan College board approved a 14% rise in fees on Thursday."
B_FEES = "Fees at Corlan College go up 11.5%, its governors agreed last week."


def _fees(metric: str, b_when: str) -> list[Claim]:
    a = fig("a.txt", A_FEES, "14%", 14, when="2026-11-19", **{**RISE, "metric": metric})  # type: ignore[arg-type]
    b = fig("b.txt", B_FEES, "11.5%", 11.5, when=b_when, **{**RISE, "metric": metric})  # type: ignore[arg-type]
    return [a.model_copy(update={"role": "change"}), b.model_copy(update={"role": "change"})]


def test_a_day_and_the_week_that_holds_it_are_one_acts() -> None:
    found = alarms(
        judge({"a.txt": A_FEES, "b.txt": B_FEES}, _fees("fee change", "2026-W47"), "fee change")
    )
    assert [f.kind for f in found] == ["value_mismatch"]


def test_control_another_week_still_differs() -> None:
    found = judge({"a.txt": A_FEES, "b.txt": B_FEES}, _fees("fee change", "2026-W45"), "fee change")
    assert not alarms(found)


def test_control_a_daily_figure_keeps_its_day_apart_from_its_week() -> None:
    """Control: a share's move on a day is not its move over the week."""
    found = judge(
        {"a.txt": A_FEES, "b.txt": B_FEES},
        _fees("share-price change", "2026-W47"),
        "share-price change",
    )
    assert not alarms(found)
