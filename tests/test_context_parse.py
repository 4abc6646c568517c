"""Subjects read from the parse: a figure belongs to the subject of the clause that holds it,
not to the nearest name (class: a pledge filed under the product launched in the next
coordinated clause). Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "company", "product"),
    [
        (
            "Norrland Telecom shares rose on Friday. Norrland Telecom will lift AI and network "
            "investment beyond the 12 billion krona pledge and launched Fjell-Max.",
            "12 billion krona",
            "Norrland Telecom",
            "Fjell-Max",
        ),
        (
            "Investors like Taviro Motors. Taviro Motors would push battery and plant outlays "
            "past the $9 billion target and introduced the Vantra-S4.",
            "$9 billion",
            "Taviro Motors",
            "Vantra-S4",
        ),
        (
            "Kestrel Air is growing. Kestrel Air will boost fleet and airport spending beyond the "
            "£4 billion commitment and debuted its Lark Pro jet.",
            "£4 billion",
            "Kestrel Air",
            "Lark Pro",
        ),
        (
            "Demand for Ostrava Chips grew. Ostrava Chips raised research and design spending "
            "above the 80 billion yen plan and released Nebula9.",
            "80 billion yen",
            "Ostrava Chips",
            "Nebula9",
        ),
    ],
)
def test_a_pledge_is_the_company_s_not_the_product_launched_after_it(
    text: str, figure: str, company: str, product: str
) -> None:
    subjects = _subjects(text)
    assert subjects[figure] == company
    assert subjects[figure] != product


def test_a_name_inside_the_figure_s_own_phrase_is_not_another_clause() -> None:
    """'the 7% pace set by the group' is the group's pace: the name hangs on the figure's
    noun, not on another clause's verb."""
    text = (
        "Corlith Retail grew fast this year. Its online arm grew 22%, about three times the 7% "
        "pace set by Corlith Retail as a whole."
    )
    assert _subjects(text)["7%"] == "Corlith Retail"
