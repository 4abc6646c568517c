"""Two amounts each said to come from a source, the sources sharing no word ("the remaining
EUR138m from the harbour board's cash reserves" / "a grant of EUR 140 million from the
Basin Development Fund"), are two parts of one funding, not one amount two sources disagree on
(compare.scope.different_funders). Controls: amounts from one source are weighed, and a "from"
that gives a time is no source."""

from __future__ import annotations

import re

import pytest
from claim_builder import built_claim

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups


def money(doc: str, text: str, written: str, value: float) -> Claim:
    half = 0.5e6
    return built_claim(
        doc,
        written,
        value,
        "EUR",
        value - half,
        value + half,
        start=text.index(written),
        scale="million",
        subject="Port of Elsmere",
        metric="capital spending",
        sentence=text,
    )


def verdict(a_text: str, a_written: str, b_text: str, b_written: str) -> list[Finding]:
    """The findings for the two sources' figures, in millions of euros as written."""
    a = money("a.txt", a_text, a_written, float(re.sub(r"[^\d.]", "", a_written)) * 1e6)
    b = money("b.txt", b_text, b_written, float(re.sub(r"[^\d.]", "", b_written)) * 1e6)
    docs = [
        Document(id="a.txt", path="a.txt", text=a_text),
        Document(id="b.txt", path="b.txt", text=b_text),
    ]
    g = Group(id="g1", label="Port of Elsmere: capital spending", claims=[a.id, b.id])
    return compare_groups([g], [a, b], documents=docs)


GRANT = "The quay was paid for by a grant of EUR 140 million from the Basin Development Fund."


def test_parts_from_different_sources_are_not_weighed() -> None:
    own = "The remaining EUR138m came from the harbour board's cash reserves."
    [f] = verdict(own, "EUR138m", GRANT, "EUR 140 million")
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "different source" in f.message


@pytest.mark.parametrize(
    "other",
    [
        "A further EUR146m came from the regional Basin Development Fund.",  # one source
        "Spending rose to EUR146m from last year's budget.",  # a time, no source
    ],
)
def test_control_amounts_from_one_source_or_none_are_weighed(other: str) -> None:
    [f] = verdict(other, "EUR146m", GRANT, "EUR 140 million")
    assert f.severity in ("warning", "error")


def test_control_one_source_in_two_wordings_is_weighed() -> None:
    fines = "Takings included EUR21.6m from parking fines, the operator said."
    other = "The operator took in EUR26.1m from fine payments, its accounts show."
    [f] = verdict(fines, "EUR21.6m", other, "EUR26.1m")
    assert f.severity in ("warning", "error")


# Class: the source written with a participle between the amount and "from" ("EUR95m raised
# from private donors"), or before the amount in the clause it completes ("its funding from
# the city council was EUR190m"), is a source too. Control: one source so written is weighed.


def test_a_source_after_a_participle_or_before_the_amount() -> None:
    donors = "The budget was topped up by EUR95m raised from private donors and foundations."
    council = "The project's funding from the city council was EUR170m, the mayor said."
    [f] = verdict(donors, "EUR95m", council, "EUR170m")
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_control_one_source_before_and_after_the_amount_is_weighed() -> None:
    donors = "The budget was topped up by EUR95m raised from private donors and foundations."
    same = "The project's funding from private donors was EUR170m, the mayor said."
    [f] = verdict(donors, "EUR95m", same, "EUR170m")
    assert f.severity in ("warning", "error")
