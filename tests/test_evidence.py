"""Weighed evidence between claims and the merge of groups it drives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.evidence import FEATURES, context, features, model, probability
from reconcile.claims.group import group_claims, merge_by_evidence
from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
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
    assert f["values_near"] == 1 and f["values_apart"] == 0 and f["same_document"] == 0
    n1 = a.model_copy(update={"narrowing": ["among pensioner"]})
    n2 = b.model_copy(update={"narrowing": ["among student"]})
    assert _f(n1, n2)["narrowing_conflict"] == 1
    far = b.model_copy(update={"value": 40.0})
    assert _f(a, far)["values_near"] == 0 and _f(a, far)["values_apart"] == 3.0


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
    assert f["values_apart"] == 0 and f["subject_contrast"] == 0
    g = dict(zip(FEATURES, features(a, b, told), strict=True))
    assert g["subject_contrast"] == 1
    assert probability(a, b, told) < probability(a, b, alone)
    # a source giving both names the same figure names one count twice: no contrast
    same = [_toll("e.txt#0-1", "Velden Province", 212), _toll("e.txt#5-6", "Ardmoor", 212)]
    h = dict(zip(FEATURES, features(a, b, context([a, b, *same])), strict=True))
    assert h["subject_contrast"] == 0
    # ... unless it also gives one of them another figure the other lacks
    more = [*same, _toll("e.txt#9-10", "Ardmoor", 40)]
    m = dict(zip(FEATURES, features(a, b, context([a, b, *more])), strict=True))
    assert m["subject_contrast"] == 0  # 212 is still shared: the names meet in that source
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


# --- what is measured, not whether the values agree -------------------------------------------


def _said(
    cid: str, subject: str | None, metric: str, text: str, value: float, sentence: str
) -> Claim:
    """A count claim whose figure ``text`` stands in ``sentence``."""
    assert text in sentence
    c = claim(cid, subject, metric, unit="person", kind="count", role="level")
    return c.model_copy(
        update={"text": text, "value": value, "low": value, "high": value, "sentence": sentence}
    )


def _one_group(*claims: Claim) -> dict:
    buckets: dict = {}
    for c in claims:
        buckets.setdefault((c.subject, c.metric, c.role, "count", None), []).append(c)
    return buckets


def _merged(buckets: dict, threshold: float | None = None) -> bool:
    return len(merge_by_evidence(buckets, threshold=threshold)) == 1


def test_equal_values_are_not_what_makes_one_quantity() -> None:
    """No feature reads equality: an equal restatement and a close disagreement of one
    description weigh almost the same."""
    s1 = "The coastal ferry was carrying 268 passengers when it lost power near the breakwater."
    s2 = "Rescuers said 268 passengers were aboard the coastal ferry when its engines failed."
    s3 = "Rescuers said 286 passengers were aboard the coastal ferry when its engines failed."
    a = _said("a.txt#0-1", "Gullhaven", "passengers", "268 passengers", 268, s1)
    same = _said("b.txt#0-1", "Tarnock Lines", "passengers", "268 passengers", 268, s2)
    other = _said("b.txt#0-1", "Tarnock Lines", "passengers", "286 passengers", 286, s3)
    assert "values_equal" not in FEATURES
    assert abs(probability(a, same) - probability(a, other)) < 0.05


def test_one_description_under_two_subject_readings_merges_and_conflicts() -> None:
    """Two sources describe one count in the same words and disagree on it; the subject is
    read differently in each (the operator, the port): the groups merge at the shipped
    threshold and the comparison flags the pair. Two wordings."""
    cases = [
        (
            "The coastal ferry was carrying 268 passengers when it lost power near the breakwater.",
            "The coastal ferry had 286 passengers on board when it lost power off the breakwater.",
            "268 passengers",
            "286 passengers",
            "passengers",
        ),
        (
            "Volunteers counted 1,450 nesting pairs on the northern cliffs this spring.",
            "This spring volunteers counted 1,540 nesting pairs along the northern cliffs.",
            "1,450 nesting pairs",
            "1,540 nesting pairs",
            "nesting pairs",
        ),
    ]
    for s1, s2, t1, t2, metric in cases:
        v1, v2 = float(t1.split()[0].replace(",", "")), float(t2.split()[0].replace(",", ""))
        a = _said("a.txt#0-1", "Gullhaven", metric, t1, v1, s1)
        b = _said("b.txt#0-1", "Tarnock Lines", metric, t2, v2, s2)
        merged = merge_by_evidence(_one_group(a, b))
        assert len(merged) == 1, (s1, probability(a, b))
        key, members = next(iter(merged.items()))
        groups = [Group(id="g1", label="x", claims=[m.id for m in members], subject=key[0])]
        findings = compare_groups(groups, members)
        assert any(f.severity in ("warning", "error") for f in findings)


def test_different_sized_modifiers_are_different_quantities() -> None:
    """ "the 10-year yield" and "the two-year yield": however alike the rest, never merged."""
    pairs = [
        (
            "The yield on the 10-year treasury note rose 9 basis points to 4.31% on Friday.",
            "The yield on the two-year treasury note rose 11 basis points to 4.18% on Friday.",
            "4.31%",
            "4.18%",
        ),
        (
            "Patients on the 5-mg dose lost 11.2% of their weight over the study.",
            "Patients on the 10-mg dose lost 11.9% of their weight over the study.",
            "11.2%",
            "11.9%",
        ),
    ]
    for s1, s2, t1, t2 in pairs:
        a = _said("a.txt#0-1", "Dunmore", "yield", t1, float(t1[:-1]), s1)
        b = _said("b.txt#0-1", "Quillan", "yield", t2, float(t2[:-1]), s2)
        assert not _merged(_one_group(a, b), threshold=0.0), s1


def test_figures_of_different_bodies_are_different_measurements() -> None:
    """One agency's reading and another's are two quantities (the gold calls them
    different_scope), whatever the weights say. Two wordings of the attribution."""
    pairs = [
        (
            "The tremor had a magnitude of 6.1, according to the national seismology office.",
            "The tremor measured 6.4, the Coastal Monitoring Service said on Sunday.",
        ),
        (
            "Analysts polled by Ledgerline expected sales of 4.2 million units.",
            "Analysts surveyed by Brightquant expected sales of 4.5 million units.",
        ),
    ]
    for s1, s2 in pairs:
        t1 = "6.1" if "6.1" in s1 else "4.2 million"
        t2 = "6.4" if "6.4" in s2 else "4.5 million"
        a = _said("a.txt#0-1", "Corrin", "magnitude", t1, 6.1, s1)
        b = _said("b.txt#0-1", "Ostvale", "magnitude", t2, 6.4, s2)
        assert not _merged(_one_group(a, b), threshold=0.0), s1


def test_a_sentence_that_gives_both_figures_keeps_them_apart() -> None:
    """A source gives this year's figure and last year's in one sentence; another source's
    figure that matches this year's does not join the group of last year's."""
    s1 = "The board approved a $2.74 billion plan, up from last year's $2.61 billion."
    s2 = "Councillors backed the $2.74 billion plan after a long debate."
    old = _said("a.txt#0-1", "Board", "plan", "$2.61 billion", 2.61e9, s1)
    new = _said("a.txt#5-6", "Board Plan", "plan", "$2.74 billion", 2.74e9, s1)
    other = _said("b.txt#0-1", "Councillors", "plan", "$2.74 billion", 2.74e9, s2)
    merged = merge_by_evidence(_one_group(old, new, other), threshold=0.0)
    for members in merged.values():
        ids = {c.id for c in members}
        assert not ({old.id, other.id} <= ids and new.id not in ids)
        assert not {old.id, new.id} <= ids


_TOLLS = st.lists(
    st.tuples(
        st.sampled_from(["a.txt", "b.txt", "c.txt"]),
        st.sampled_from(["Velden", "Ardmoor", "Pellow Bay", None]),
        st.integers(min_value=100, max_value=130),
    ),
    min_size=2,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(_TOLLS, st.randoms(use_true_random=False))
def test_merging_is_invariant_under_claim_order_and_respects_sources(rows: list, rnd) -> None:
    """The merge does not depend on the order of the groups or of their claims; and two
    figures of one source that cannot both hold are in one merged group only when a key group
    already held both (a source that gives a figure in each of two groups tells them apart)."""
    sentence = "Officials said {} people died in the flooding across the valley."
    claims = [
        _said(f"{doc}#{i}-{i + 1}", subject, "death toll", str(n), n, sentence.format(n))
        for i, (doc, subject, n) in enumerate(rows)
    ]
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    for cut in (0.0, 0.5, None):
        first = merge_by_evidence(_one_group(*claims), threshold=cut)
        second = merge_by_evidence(_one_group(*shuffled), threshold=cut)
        assert {k: sorted(c.id for c in v) for k, v in first.items()} == {
            k: sorted(c.id for c in v) for k, v in second.items()
        }
        before = [{c.id for c in cs} for cs in _one_group(*claims).values()]
        for cs in first.values():
            for x in cs:
                for y in cs:
                    if x.document == y.document and x.value != y.value:
                        assert any({x.id, y.id} <= ids for ids in before)


def test_a_group_holding_two_figures_of_one_source_takes_no_restatement_of_either() -> None:
    """A key group already holds a source's new total and its old one; another source's
    restatement of the new total would agree with one and be set against the other, so it
    stays apart; a figure that matches neither may still join (it is at odds with the
    source's figure for its quantity either way)."""
    s1 = "The trust will spend $318 million next year against $296 million this year."
    s2 = "The trust set out spending of $318 million for next year."
    s3 = "The trust set out spending of $331 million for next year."
    new = _said("a.txt#0-1", "Trust", "spending", "$318 million", 318e6, s1)
    old = _said("a.txt#5-6", "Trust", "spending", "$296 million", 296e6, s1)
    again = _said("b.txt#0-1", "Harlow Trust", "spending", "$318 million", 318e6, s2)
    assert not _merged(_one_group(new, old, again), threshold=0.0)
    odd = _said("c.txt#0-1", "Harlow Trust", "spending", "$331 million", 331e6, s3)
    assert _merged(_one_group(new, old, odd), threshold=0.0)


def test_one_figure_under_two_names_in_one_source_does_not_keep_the_names_apart() -> None:
    """Class: a source that writes one figure under two names ("the co-operative's 5,400
    members" in the lead, "Brenna Dairy Co-op has 5,400 members" lower down) names one thing
    twice; it tells the names apart only when its figures for them differ. Wording unlike any
    set's: a dairy co-operative's membership."""

    def members(cid: str, subject: str, value: float) -> Claim:
        c = claim(cid, subject, "members", unit="member", kind="count", role="level")
        return c.model_copy(update={"value": value, "low": value - 0.5, "high": value + 0.5})

    a = members("a.txt#0-1", "Brenna Dairy", 5400)
    b = members("b.txt#0-1", "Orlo Fenn", 5400)
    twice = [members("c.txt#0-1", "Brenna Dairy", 5400), members("c.txt#7-8", "Orlo Fenn", 5400)]
    apart = [members("c.txt#0-1", "Brenna Dairy", 5400), members("c.txt#7-8", "Orlo Fenn", 310)]
    assert not context([a, b, *twice]).contrasted(a, b)
    assert context([a, b, *apart]).contrasted(a, b)  # control: two figures, two things
