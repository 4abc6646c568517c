"""Claims whose parse says they measure different quantities are never judged as one: each
class of narrowing is tested with a pair of sources that must not conflict and a control pair
that still must. Sentences written afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Document
from reconcile.claims.parse import Narrowing
from reconcile.claims.separate import contradiction
from reconcile.pipeline import reconcile


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    report = reconcile(docs)
    return [f.kind for f in report.findings if f.severity != "info"]


# --- period: a span of several months is not the quarter's figure ----------------------------


def test_a_nine_month_figure_is_not_the_quarter_s() -> None:
    assert not _alarms(
        "Brackwater Mills said revenue rose 4% to $2.30 billion in the quarter.",
        "Brackwater Mills said its year-to-date revenue, over the first nine months, came to "
        "$6.85 billion.",
    )


def test_control_two_quarter_figures_still_conflict() -> None:
    assert _alarms(
        "Brackwater Mills said revenue rose 4% to $2.30 billion in the quarter.",
        "Brackwater Mills said its quarterly revenue came to $2.65 billion.",
    )


# --- kind: gross against operating --------------------------------------------------------------


def test_gross_and_operating_margins_are_two_quantities() -> None:
    assert not _alarms(
        "Operating margin at Fennick Foods improved to 9.8% in the period.",
        "Fennick Foods said its gross margin slipped to 41.2% in the period.",
    )


def test_a_margin_line_without_a_verb_is_read() -> None:
    assert not _alarms(
        "Operating margin at Fennick Foods improved to 9.8% in the period.",
        "Fennick Foods results\n\n- Gross margin up 0.4 pts to 41.2%\n",
    )


def test_control_two_operating_margins_still_conflict() -> None:
    assert _alarms(
        "Operating margin at Fennick Foods improved to 9.8% in the period.",
        "Fennick Foods said its operating margin improved to 11.5% in the period.",
    )


# --- category: one product line is not the whole -----------------------------------------------


def test_a_product_line_s_sales_are_not_the_company_s() -> None:
    assert not _alarms(
        "Pardoe Brands said revenue grew to $3.20 billion in the quarter.",
        "Pardoe Brands said biscuits revenue grew to $640 million in the quarter.",
    )


def test_a_division_s_sales_are_not_the_company_s() -> None:
    assert not _alarms(
        "Pardoe Brands said revenue grew to $3.20 billion in the quarter.",
        "At Pardoe Brands, the frozen meals division lifted revenue to $710 million in the "
        "quarter.",
    )


def test_control_the_whole_company_s_revenue_still_conflicts() -> None:
    assert _alarms(
        "Pardoe Brands said revenue grew to $3.20 billion in the quarter.",
        "Pardoe Brands said total revenue grew to $3.60 billion in the quarter.",
    )


# --- the rule itself --------------------------------------------------------------------------

_words = st.frozensets(st.sampled_from(["gross", "net", "operate", "adjust", "core"]), max_size=3)
_periods = st.sampled_from([None, "quarter", "half", "year", "9 month"])


@given(_words, _words, _periods, _periods)
def test_contradiction_is_symmetric(k1: frozenset[str], k2: frozenset[str], p1, p2) -> None:  # type: ignore[no-untyped-def]
    a, b = Narrowing(kinds=k1, period=p1), Narrowing(kinds=k2, period=p2)
    assert (contradiction(a, b) is None) == (contradiction(b, a) is None)


@given(_words, _periods)
def test_a_reading_never_contradicts_itself(kinds: frozenset[str], period) -> None:  # type: ignore[no-untyped-def]
    r = Narrowing(kinds=kinds, period=period, owner="Pardoe")
    assert contradiction(r, r, "Pardoe", "Pardoe") is None


def test_an_empty_reading_contradicts_no_plain_one() -> None:
    assert contradiction(Narrowing(), Narrowing(kinds=frozenset({"gross"}))) is None
    assert contradiction(Narrowing(), Narrowing(period="9 month")) == "period"
