"""Grouping claims about the same quantity: fixture cases, fuzzy names, order independence."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.group import cluster_names, dimension, group_claims
from reconcile.claims.models import Claim, Group, Mention, Report
from reconcile.evaluate import evaluate_event
from reconcile.io import load_documents
from reconcile.pipeline import reconcile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ALIBABA = FIXTURES / "alibaba-qwen3-max"


def claim(
    cid: str,
    subject: str | None,
    metric: str | None,
    *,
    unit: str = "percent",
    kind: str = "percent",
    role: str = "change",
    scope: str | None = None,
    document: str | None = None,
    alternatives: tuple[str, ...] = (),
) -> Claim:
    m = Mention(
        surface="1",
        span=(0, 1),
        value=1.0,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=1.0,
        high=1.0,
        alternatives=alternatives,
    )
    return Claim(
        id=cid,
        document=document or cid.split("#")[0],
        span=(0, 1),
        text="1",
        value=1.0,
        unit=unit,
        low=1.0,
        high=1.0,
        kind=kind,  # type: ignore[arg-type]
        subject=subject,
        metric=metric,
        role=role,  # type: ignore[arg-type]
        scope=scope,
        mention=m,
    )


def together(groups: list[Group], a: str, b: str) -> bool:
    return any(a in g.claims and b in g.claims for g in groups)


# --- the flagship fixture -------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Report:
    return reconcile(load_documents([ALIBABA]))


def find(report: Report, document: str, surface: str, sentence: str = "") -> Claim:
    found = [
        c
        for c in report.claims
        if c.document == document and surface in c.text and sentence in c.sentence
    ]
    assert found, (document, surface, [c.text for c in report.claims if c.document == document])
    return found[0]


def test_qwen3_max_parameter_claims_of_a_b_d_form_one_group(report: Report) -> None:
    ids = [
        find(report, "a-market-wire.txt", "one trillion").id,
        find(report, "b-market-wire.txt", "1 trillion").id,
        find(report, "d-business-daily.txt", "1 trillion").id,
    ]
    [group] = [g for g in report.groups if ids[0] in g.claims]
    assert set(ids) <= set(group.claims)
    assert group.subject == "Qwen3-Max" and group.metric == "parameter count"


def test_hong_kong_share_moves_of_a_and_b_form_one_group(report: Report) -> None:
    a = find(report, "a-market-wire.txt", "4%", sentence="as much as 4%")
    b = find(report, "b-market-wire.txt", "2.4%")
    assert together(report.groups, a.id, b.id)
    [group] = [g for g in report.groups if a.id in g.claims]
    assert group.label == "Alibaba: share-price change, Hong Kong"


def test_cloud_growth_and_overall_growth_are_never_grouped(report: Report) -> None:
    cloud = find(report, "a-market-wire.txt", "26%")
    overall = find(report, "a-market-wire.txt", "2%")
    assert cloud.subject == "Alibaba Cloud" and overall.subject == "Alibaba"
    assert not together(report.groups, cloud.id, overall.id)


def test_hong_kong_and_new_york_listings_are_never_grouped(report: Report) -> None:
    hk = find(report, "d-business-daily.txt", "9.2 percent")
    ny = find(report, "d-business-daily.txt", "0.7 percent")
    assert (hk.scope, ny.scope) == ("HKEX", "NYSE")
    assert not together(report.groups, hk.id, ny.id)
    hk_close = find(report, "d-business-daily.txt", "HKD174.00")
    ny_close = find(report, "d-business-daily.txt", "USD163.08")
    assert not together(report.groups, hk_close.id, ny_close.id)


def test_qwen3_max_and_qwen3_next_parameter_counts_are_never_grouped(report: Report) -> None:
    big = find(report, "d-business-daily.txt", "1 trillion")
    nxt = find(report, "e-ai-digest.txt", "80 billion")
    assert nxt.subject is not None and nxt.subject.startswith("Qwen3-Next")
    assert not together(report.groups, big.id, nxt.id)


def test_grouping_scores_on_the_flagship_fixture() -> None:
    score = evaluate_event(ALIBABA)
    assert score.grouping.precision >= 0.95
    # recall is capped by the gold putting two currencies in one group (see module notes)
    assert score.grouping.recall >= 0.7


@pytest.mark.parametrize("event", ["corvane-q3-earnings", "elbtal-obesity-trial"])
def test_grouping_is_exact_on_simpler_events(event: str) -> None:
    score = evaluate_event(FIXTURES / event)
    assert score.grouping.precision >= 0.95 and score.grouping.recall >= 0.95


# --- keys, names, dimensions ----------------------------------------------------------------


def test_dimension_classes() -> None:
    assert dimension(claim("a#1", "X", "m", unit="USD", kind="money")) == "money:USD"
    assert dimension(claim("a#1", "X", "m", unit="percentage_point")) == "points"
    assert dimension(claim("a#1", "X", "m", unit="parameter", kind="count")) == "count"
    assert dimension(claim("a#1", "X", "m", unit="", kind="number")) == "count"
    assert dimension(claim("a#1", "X", "m", unit="times", kind="multiplier")) == "times"
    assert dimension(claim("a#1", "X", "m", unit="millimeter", kind="physical")) == "[length]"


def test_currencies_are_not_grouped_together() -> None:
    groups = group_claims(
        [
            claim("a#1", "X", "deal value", unit="USD", kind="money", role="level"),
            claim("b#1", "X", "deal value", unit="HKD", kind="money", role="level"),
        ]
    )
    assert len(groups) == 2


def test_ambiguous_yen_sign_takes_the_currency_used_elsewhere() -> None:
    groups = group_claims(
        [
            claim("a#1", "Harumi", "damage", unit="CNY", kind="money", role="level",
                  alternatives=("CNY", "JPY")),
            claim("b#1", "Harumi", "damage", unit="JPY", kind="money", role="level"),
        ]
    )  # fmt: skip
    assert together(groups, "a#1", "b#1")


def test_fuzzy_and_short_form_names_merge_but_segments_and_digits_do_not() -> None:
    reps = cluster_names(
        {
            "Corvane": 3,
            "Corvane Systems": 1,
            "Alibaba": 5,
            "Alibaba Cloud": 2,
            "Qwen3-Max": 4,
            "Qwen3-Next": 1,
            "Model 3": 1,
            "Model 5": 1,
            "Zephyr Mobilty": 1,  # a typo
            "Zephyr Mobility": 3,
        }
    )
    assert reps["Corvane Systems"] == "Corvane"
    assert reps["Alibaba Cloud"] == "Alibaba Cloud"
    assert reps["Qwen3-Next"] == "Qwen3-Next"
    assert reps["Model 3"] != reps["Model 5"]
    assert reps["Zephyr Mobilty"] == "Zephyr Mobility"


def test_claims_without_metric_are_skipped_and_labels_read_well() -> None:
    groups = group_claims(
        [
            claim("a#1", "Alibaba", "share-price change", scope="HKEX"),
            claim("b#1", "Alibaba", "share-price change", scope="HKEX"),
            claim("c#1", "Alibaba", None),
        ]
    )
    assert [g.claims for g in groups] == [["a#1", "b#1"]]
    assert groups[0].label == "Alibaba: share-price change, Hong Kong"
    assert groups[0].id == "g1"


def test_unscoped_claim_joins_the_listing_most_documents_use() -> None:
    groups = group_claims(
        [
            claim("a#1", "Alibaba", "share-price change", scope="HKEX"),
            claim("b#1", "Alibaba", "share-price change", scope="HKEX"),
            claim("d#1", "Alibaba", "share-price change", scope="NYSE"),
            claim("e#1", "Alibaba", "share-price change", scope=None),
        ]
    )
    assert together(groups, "a#1", "e#1")
    assert not together(groups, "d#1", "e#1")


def test_unscoped_claim_stays_apart_when_listings_tie() -> None:
    groups = group_claims(
        [
            claim("a#1", "X", "share-price change", scope="HKEX"),
            claim("d#1", "X", "share-price change", scope="NYSE"),
            claim("e#1", "X", "share-price change", scope=None),
        ]
    )
    assert len(groups) == 3


# --- order independence ---------------------------------------------------------------------

SUBJECTS = ["Alibaba", "Alibaba Group", "Alibaba Cloud", "Corvane", "Corvane Systems",
            "Qwen3-Max", "Qwen3-Next", None]  # fmt: skip
METRICS = ["share-price change", "share price", "revenue growth", "revenue", "parameter count"]
SCOPES = [None, "HKEX", "NYSE"]


@st.composite
def claim_lists(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(min_value=0, max_value=25))
    out = []
    for i in range(n):
        money = draw(st.booleans())
        out.append(
            claim(
                f"{draw(st.sampled_from('abcd'))}#{i}",
                draw(st.sampled_from(SUBJECTS)),
                draw(st.sampled_from([*METRICS, None])),
                unit=draw(st.sampled_from(["USD", "HKD"])) if money else "percent",
                kind="money" if money else "percent",
                role=draw(st.sampled_from(["level", "change"])),
                scope=draw(st.sampled_from(SCOPES)),
            )
        )
    return out


@settings(max_examples=150, deadline=None)
@given(claim_lists(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_claim_order(claims: list[Claim], rnd: random.Random) -> None:
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    first, second = group_claims(claims), group_claims(shuffled)
    assert first == second
    grouped = [cid for g in first for cid in g.claims]
    assert len(grouped) == len(set(grouped))  # a claim is in at most one group
    assert set(grouped) == {c.id for c in claims if c.metric}


def test_user_aliases_apply_to_claims_made_elsewhere() -> None:
    from reconcile.config import Settings

    s = Settings(entity_aliases={"Big Blue": "IBM"}, metric_aliases={"turnover": "revenue"})
    groups = group_claims(
        [claim("a#1", "IBM", "revenue"), claim("b#1", "Big Blue", "turnover")], settings=s
    )
    assert together(groups, "a#1", "b#1")
    assert (
        len(group_claims([claim("a#1", "IBM", "revenue"), claim("b#1", "Big Blue", "turnover")]))
        == 2
    )


def test_head_of_name_forms_merge_with_the_name_they_qualify() -> None:
    reps = cluster_names({"Estrava": 2, "Bank of Estrava": 3, "City of Brennock": 1, "Brennock": 1})
    assert reps["Estrava"] == reps["Bank of Estrava"]
    assert reps["Brennock"] == reps["City of Brennock"]
    other = cluster_names({"Estrava": 1, "Bank of Lindmark": 1, "Friends of Estrava": 1})
    assert other["Estrava"] != other["Bank of Lindmark"]
    assert other["Estrava"] != other["Friends of Estrava"]  # "friends" is no institution


def yen(cid: str, unit: str, metric: str = "operating profit") -> Claim:
    return claim(
        cid, "Takara", metric, unit=unit, kind="money", role="level", alternatives=("CNY", "JPY")
    )


def test_ambiguous_yen_sign_follows_the_other_documents_reading() -> None:
    # b never says "yen": its "¥" follows the reading of a and c (for the same subject)
    groups = group_claims([yen("a#1", "JPY"), yen("b#1", "CNY"), yen("c#1", "JPY", "revenue")])
    assert together(groups, "a#1", "b#1")
    # a tie between documents keeps each extractor's reading
    tie = group_claims([yen("a#1", "JPY"), yen("b#1", "CNY")])
    assert not together(tie, "a#1", "b#1")


def test_a_segment_of_a_short_and_a_long_company_name_is_one_segment() -> None:
    names = {"Halden Cloud": 1, "Halden Motors Cloud": 2, "Halden": 1, "Halden Motors": 1}
    out = cluster_names(names)
    assert out["Halden Cloud"] == out["Halden Motors Cloud"]
    assert out["Halden"] == out["Halden Motors"]
    assert out["Halden Cloud"] != out["Halden"]  # the segment stays apart from the company
    assert cluster_names({"Halden Cloud": 1, "Halden Motors Games": 1})["Halden Cloud"] == (
        "Halden Cloud"
    )


def test_a_full_name_in_one_source_and_the_bare_name_in_another_are_one_subject() -> None:
    groups = group_claims(
        [
            claim("a#1", "Pellow Bank", "net income"),
            claim("b#1", "Pellow", "net income"),
        ]
    )
    assert together(groups, "a#1", "b#1")


def test_a_source_giving_figures_to_both_names_keeps_them_apart() -> None:
    # two different figures in one source: the bank's and the retailer's (one figure under
    # both names would name one thing twice, see test_evidence)
    bank = claim("a#1", "Tarrow Bank", "net income").model_copy(
        update={"value": 3.0, "low": 3.0, "high": 3.0}
    )
    groups = group_claims(
        [
            bank,
            claim("a#2", "Tarrow", "net income"),
            claim("b#1", "Tarrow", "net income"),
        ]
    )
    assert not together(groups, "a#1", "a#2")
    assert together(groups, "a#2", "b#1")


def test_names_written_two_ways_are_one_subject() -> None:
    groups = group_claims(
        [claim("a#1", "Vega-2", "parameter count"), claim("b#1", "Vega 2", "parameter count")]
    )
    assert together(groups, "a#1", "b#1")


def test_a_segment_named_in_the_sentences_stays_apart_from_its_company() -> None:
    # the values are the sentences' own (the evidence merge weighs values)
    a = claim("a#1", "Nerio", "unit sales").model_copy(
        update={"sentence": "Nerio shipped 48 million smartphones.", "value": 48e6}
    )
    b = claim("b#1", "Nerio Wearables", "unit sales").model_copy(
        update={
            "sentence": "Nerio's wearables unit shipped 6.1 million smartwatches.",
            "value": 6.1e6,
        }
    )
    c = claim("c#1", "Nerio Electronics", "unit sales").model_copy(
        update={"sentence": "Nerio Electronics shipped 47 million units.", "value": 47e6}
    )
    groups = group_claims([a, b, c])
    assert not together(groups, "a#1", "b#1")
    assert together(groups, "a#1", "c#1")
