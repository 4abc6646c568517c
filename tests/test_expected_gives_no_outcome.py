"""A source's expected or forecast figure does not give another source's outcome: "economists
had expected it to raise between €3bn and €3.2bn" beside "raised €3.61bn" does not make the
source one that gives both figures, so another source's "raised €3.16bn" stands against its
€3.61bn (class: a forecast range excusing a real disagreement as "gives both figures itself").
Control: a plain second figure of the source that meets the other's still explains the pair.
Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

OTHER = "The licence sale raised €3.16bn."


def _findings(text_a: str) -> list[tuple[str, str]]:
    docs = [
        Document(id="a.txt", path="a.txt", text=text_a),
        Document(id="b.txt", path="b.txt", text=OTHER),
    ]
    return [(f.severity, f.message) for f in reconcile(docs).findings]


def test_a_forecast_range_does_not_give_the_other_sources_outcome() -> None:
    found = _findings(
        "The sale of the licences raised €3.61bn, the regulator said. Economists had expected "
        "it to raise between €3bn and €3.2bn."
    )
    assert any(severity == "error" for severity, _ in found)


def test_control_a_plain_second_figure_still_gives_both() -> None:
    found = _findings(
        "The sale of the licences raised €3.61bn, the regulator said. A first tally had put "
        "the sum raised at €3.16bn."
    )
    assert found and all(severity == "info" for severity, _ in found)
    assert any("gives both figures" in message for _, message in found)
