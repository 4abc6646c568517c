"""A figure given as what someone predicted ("we predicted a fall of around 75%", "its
prediction of 2.1 million") is a forecast, as one given as forecast or projected is: it is not
weighed against the outcome. Control: "as predicted" after an outcome leaves it an outcome.
Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

OUTCOME = "Wardens counted 2.2 tins per 100 metres of towpath in the spring, a fall of 57%."


def _warnings(*texts: str) -> list[str]:
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    return [f.message for f in reconcile(docs).findings if f.severity != "info"]


def test_a_predicted_figure_is_no_outcome() -> None:
    said = '"We predicted a fall of around 75%. We got more than that," the minister said.'
    assert not _warnings(OUTCOME, said)


def test_control_an_outcome_as_predicted_is_weighed() -> None:
    said = "The count of tins showed a fall of 75%, as the minister had predicted."
    assert _warnings(OUTCOME, said)
