"""Weighed evidence between claims and the merge of groups it drives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.compare import compare_groups
from reconcile.claims.evidence import FEATURES, context, features, model, probability
from reconcile.claims.group import group_claims, merge_by_evidence
from reconcile.claims.models import Claim, Group
from tests.test_group import claim, together


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


# --- evidence read from the run's other claims ------------------------------------------------


def _toll(cid: str, subject: str, value: float) -> Claim:
    c = claim(cid, subject, "death toll", unit="death", kind="count", role="level")
    return c.model_copy(update={"value": value, "low": value - 0.5, "high": value + 0.5})


def test_a_source_that_gives_figures_to_both_subjects_tells_them_apart() -> None:
    a = _toll("a.txt#0-1", "Velden Province", 212)
    b = _toll("b.txt#0-1", "Ardmoor", 212)
    both = [_toll("d.txt#0-1", "Velden Province", 212), _toll("d.txt#5-6", "Ardmoor", 90)]
    alone = context([a, b])
    told = context([a, b, *both])
    f = dict(zip(FEATURES, features(a, b, alone), strict=True))
    assert f["values_equal"] == 1 and f["subject_contrast"] == 0
    g = dict(zip(FEATURES, features(a, b, told), strict=True))
    assert g["subject_contrast"] == 1
    assert probability(a, b, told) < probability(a, b, alone)
    # a source naming both, even with one value, tells them apart
    same = [_toll("e.txt#0-1", "Velden Province", 212), _toll("e.txt#5-6", "Ardmoor", 212)]
    h = dict(zip(FEATURES, features(a, b, context([a, b, *same])), strict=True))
    assert h["subject_contrast"] == 1
    # other measured things do not count
    other = [
        _toll("f.txt#0-1", "Velden Province", 212),
        claim("f.txt#5-6", "Ardmoor", "homes damaged", unit="home", kind="count", role="level"),
    ]
    k = dict(zip(FEATURES, features(a, b, context([a, b, *other])), strict=True))
    assert k["subject_contrast"] == 0


def test_one_quantity_under_two_names_is_one_group_and_is_flagged() -> None:
    """A province's toll in one source and the same toll under a town's name in another (no
    source tells the two names apart) are one quantity: the equal restatement merges the two
    groups at the shipped threshold. At a lower cut a close figure under the town's name meets
    the province's and is flagged. Names of different first letters meet: the block is the
    measured thing."""
    a = _toll("a.txt#0-1", "Velden Province", 212)
    b = _toll("b.txt#0-1", "Ardmoor", 212)
    assert together(group_claims([a, b]), a.id, b.id)
    c = _toll("c.txt#0-1", "Ardmoor", 241)
    buckets = {
        ("Velden Province", "death toll", "level", "count", None): [a],
        ("Ardmoor", "death toll", "level", "count", None): [b, c],
    }
    merged = merge_by_evidence(buckets, threshold=0.85)
    assert len(merged) == 1
    key, members = next(iter(merged.items()))
    groups = [
        Group(id="g1", label="toll", claims=[m.id for m in members], subject=key[0], metric=key[1])
    ]
    findings = compare_groups(groups, members)
    assert any(
        {a.id, c.id} <= set(f.claims) and f.severity in ("warning", "error") for f in findings
    )


def test_names_a_source_tells_apart_are_never_merged() -> None:
    """The control: one source gives the province 212 and the town 90, so the two names are
    two entities, and no merge joins them, at any threshold (also through a third group)."""
    a = _toll("a.txt#0-1", "Velden Province", 212)
    b = _toll("b.txt#0-1", "Ardmoor", 212)
    c = _toll("c.txt#0-1", "Ardmoor", 241)
    d1, d2 = _toll("d.txt#0-1", "Velden Province", 212), _toll("d.txt#5-6", "Ardmoor", 90)
    groups = group_claims([a, b, c, d1, d2])
    assert not together(groups, a.id, c.id)
    buckets: dict = {}
    for x in (a, b, c, d1, d2):
        buckets.setdefault((x.subject, x.metric, x.role, "count", None), []).append(x)
    merged = merge_by_evidence(buckets, threshold=0.0)
    assert not any(
        {x.subject for x in cs} >= {"Velden Province", "Ardmoor"} for cs in merged.values()
    )
