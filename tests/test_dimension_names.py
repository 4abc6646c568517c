"""A physical figure that neither a metric keyword nor the parse names is named by its unit's
dimension (issue 11, class "no metric": no figure is dropped from grouping for want of a
vocabulary word): "loses 180 million litres a day" is a flow and meets the same flow another
source gives. Control: a figure the parse names keeps its name. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def test_an_unnamed_flow_is_a_flow_and_meets_the_same_flow() -> None:
    a = _claims("a.txt", "Brackwater Utilities loses roughly 180 million litres a day.")
    b = _claims("b.txt", "Brackwater Utilities loses about 240 million litres a day.")
    flows = [c for c in [*a, *b] if c.unit and "liter" in c.unit]
    assert len(flows) == 2 and all(c.metric == "flow" for c in flows)
    groups = group_claims(flows)
    assert any(set(g.claims) == {c.id for c in flows} for g in groups)


def test_control_a_named_physical_figure_keeps_its_name() -> None:
    [c] = _claims("a.txt", "The Brackwater dam wall is 48 metres tall.")
    assert c.metric is not None and "height" in c.metric
