"""Parts and bases an editor reads from the words (issue 11):

a share that names its base ("70% of turnover") is weighed against an amount in its sentence
only when that amount is the base its words name ("its payroll of £80m now swallows 70% of
turnover" does not say the payroll is 15.6% of anything)."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _kinds(text: str) -> list[str]:
    report = reconcile([Document(id="a.txt", path="a.txt", text=text)])
    return [f.kind for f in report.findings if f.severity in ("warning", "error")]


def test_a_share_of_another_base_is_not_weighed_against_the_amounts() -> None:
    text = "Tarrow Mills lost £12.5m, and its payroll of £80m now swallows 70% of turnover."
    assert "arithmetic" not in _kinds(text)


def test_a_share_of_the_named_amount_still_adds_up_or_not() -> None:
    text = "Its turnover of £80m rose, with exports of £12m making up 40% of turnover."
    assert "arithmetic" in _kinds(text)
