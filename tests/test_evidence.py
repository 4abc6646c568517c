"""Weighed evidence between claims and the merge of groups it drives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.evidence import FEATURES, features, model, probability
from reconcile.claims.group import merge_by_evidence
from reconcile.claims.models import Claim
from tests.test_group import claim


def _f(a: Claim, b: Claim) -> dict[str, float]:
    return dict(zip(FEATURES, features(a, b), strict=True))


def _c(cid: str, subject: str | None, metric: str, **kw: object) -> Claim:
    return claim(cid, subject, metric, role="level", **kw)  # type: ignore[arg-type]


def test_features_read_names_phrases_and_values() -> None:
    a = _c("a.txt#0-1", "Tarrow Group", "cloud revenue")
    b = _c("b.txt#0-1", "Tarrow Group Cloud", "revenue")
    f = _f(a, b)
    assert f["metric_same"] == 0 and f["thing_same"] == 1
    assert f["subject_same"] == 0 and f["subject_nested"] == 1
    assert f["values_close"] == 1 and f["same_document"] == 0
    n1 = a.model_copy(update={"narrowing": ["among pensioner"]})
    n2 = b.model_copy(update={"narrowing": ["among student"]})
    assert _f(n1, n2)["narrowing_conflict"] == 1
    far = b.model_copy(update={"value": 40.0})
    assert _f(a, far)["values_close"] == 0


def test_the_weights_are_data_and_probability_is_a_probability() -> None:
    weights, _bias, cut = model()
    assert len(weights) == len(FEATURES)
    assert 0.5 <= cut <= 1.0
    a = _c("a.txt#0-1", "Tarrow", "revenue")
    same = probability(a, _c("b.txt#0-1", "Tarrow", "revenue"))
    other = probability(a, _c("b.txt#0-1", "Quenby", "headcount"))
    assert 0.0 <= other < same <= 1.0


_NAMES = st.sampled_from(["Tarrow", "Tarrow Cloud", "Quenby", None])
_METRICS = st.sampled_from(["revenue", "cloud revenue", "headcount", "fee"])
_ROLES = st.sampled_from(["level", "change"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_NAMES, _METRICS, _ROLES), min_size=1, max_size=10))
def test_merging_keeps_every_claim_and_never_crosses_a_block(rows: list) -> None:
    buckets: dict = {}
    for i, (subject, metric, role) in enumerate(rows):
        c = claim(f"d{i}.txt#0-1", subject, metric, role=role)
        buckets.setdefault((subject, metric, role, "percent", None), []).append(c)
    for cut in (0.0, 1.0):
        merged = merge_by_evidence(buckets, threshold=cut)
        ids = sorted(c.id for cs in merged.values() for c in cs)
        assert ids == sorted(c.id for cs in buckets.values() for c in cs)
        for key, cs in merged.items():
            assert {c.role for c in cs} == {key[2]}
        if cut == 1.0:
            assert merged == buckets
