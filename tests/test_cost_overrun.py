"""How far a cost passes the budget first set is the cost overrun, however the sentence puts it
("27% over budget", "an overrun of €60m, or 27%", "27% above what was first budgeted"): no
spending plan named by "budget" or "would cost", and no change of the cost over time. The
total and the budget told beside it keep their own metrics, and a budget compared with another
year's budget is no overrun (metrics.toml "cost overrun"; reconcile.claims.context._budget_excess).
"""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _one(text: str, digits: str) -> Claim:
    cs = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c for c in cs if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "The Quarrendon ring road finally opened on Monday, a year late and 38% over budget.",
            "38%",
        ),
        (
            "Auditors said the Tellwick sewage works would cost £410m, set against the £300m "
            "approved in 2020 - an overrun of £110m, or 37 per cent.",
            "37 per cent",
        ),
        (
            "The Tellwick sewage works will cost £410m, 37% more than the original budget, "
            "auditors said.",
            "37%",
        ),
        (
            "The bridge cost 820 million crowns, 28 percent more than the 640 million crowns "
            "budgeted when work began.",
            "28 percent",
        ),
        (
            "Costs at the Harl Point lock ended nearly 52 per cent over its original budget.",
            "52 per cent",
        ),
        ("The Ostbury arts centre came in £12.5m over budget.", "£12.5m"),
        ("The three frigates went over budget by €420m, auditors found.", "€420m"),
        ("The Harl Point museum overspent by £35m.", "£35m"),
        ("The stadium overshot its budget by 18 per cent.", "18 per cent"),
    ],
)
def test_a_cost_past_its_budget_is_the_overrun(text: str, digits: str) -> None:
    c = _one(text, digits)
    assert (c.metric, c.role) == ("cost overrun", "level")


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("The Ostbury arts centre cost £62.5m, £12.5m over budget.", "£62.5m", "cost"),
        (
            "The 2026 education budget of $1.2 billion is 6% more than the 2025 budget.",
            "6%",
            None,
        ),
    ],
)
def test_the_total_and_a_budget_against_a_budget_stay_apart(
    text: str, digits: str, metric: str | None
) -> None:
    """Control: the total beside an overrun is the cost; a budget's growth is no overrun."""
    assert _one(text, digits).metric != "cost overrun"
    if metric is not None:
        assert _one(text, digits).metric == metric
