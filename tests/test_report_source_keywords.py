"""A metric keyword in the subject of the verb that reports the figure's clause names the
source of the report, not what the clause measures (class "a keyword near the figure that
belongs to another clause"; ``parse.in_report_source``): "Rents climbed 0.4% from August, the
site's quarterly index showed" is the rents' change, no index change, so it meets "rents rose
4%" in another source.

Controls: a keyword in the figure's own clause keeps its metric ("The inflation index rose
0.4% in August" is the index's change); a reporting clause whose subject holds no keyword
changes nothing ("Revenue rose 6%, the company said")."""

from __future__ import annotations

from tests.reported import claims_of


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def test_a_keyword_in_the_reports_subject_is_no_metric() -> None:
    text = "Lettings\n\nRents climbed 0.4% from August, the site's quarterly index showed.\n"
    metric = _metric(text, "0.4%")
    assert metric is not None and "index" not in metric
    assert metric.startswith("rent")


def test_control_a_keyword_in_the_figures_own_clause() -> None:
    text = "Lettings\n\nThe inflation index rose 0.4% in August.\n"
    assert _metric(text, "0.4%") == "index change"


def test_control_a_reporting_clause_without_a_keyword() -> None:
    text = "Results\n\nRevenue rose 6% to $2.1bn, the company said.\n"
    assert _metric(text, "6%") == "revenue growth"
