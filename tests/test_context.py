"""Claims in context: subject, metric, role, direction, links, time, scope, session.

Texts are our own short sentences in the style of the fixtures; time expressions are tested on
the pure functions of reconcile.claims.timeref.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.context import extract_claims, normalize_entity, sentence_spans, vocab
from reconcile.claims.models import Claim, Document
from reconcile.claims.timeref import resolve_when, same_time
from reconcile.config import Settings

TUESDAY = dt.date(2025, 9, 9)


def claims_of(
    text: str,
    published: dt.date | None = None,
    dateline: str | None = None,
    settings: Settings | None = None,
) -> list[Claim]:
    d = Document(id="t.txt", path="t.txt", text=text, published=published, dateline=dateline)
    return extract_claims(d, settings)


def by_text(claims: list[Claim], surface: str) -> Claim:
    found = [c for c in claims if surface in c.text]
    assert found, [c.text for c in claims]
    return found[0]


# --- subjects -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Alibaba Group Holding Limited", "Alibaba"),
        ("Alibaba Group", "Alibaba"),
        ("Alibaba", "Alibaba"),
        ("BABA-W", "Alibaba"),
        ("Alibaba's", "Alibaba"),
        ("Qwen3-Max", "Qwen3-Max"),
        ("Qwen-3-Max", "Qwen3-Max"),
        ("Qwen3\u2011Max", "Qwen3-Max"),
        ("Qwen3-Max-Preview", "Qwen3-Max"),
        ("Qwen-3-Max-Preview", "Qwen3-Max"),
        ("Alibaba Cloud", "Alibaba Cloud"),
        ("Corvane Systems Inc.", "Corvane Systems"),
        ("Typhoon Harumi", "Harumi"),
    ],
)
def test_entity_normalisation(raw: str, expected: str) -> None:
    assert normalize_entity(raw, vocab()) == expected


def test_unknown_names_with_other_digits_do_not_snap_to_an_alias() -> None:
    assert normalize_entity("Qwen3-Next", vocab()) == "Qwen3-Next"
    assert normalize_entity("Qwen2-Max", vocab()) == "Qwen2-Max"


def test_user_entity_aliases_are_honoured() -> None:
    s = Settings(entity_aliases={"Big Blue": "IBM"})
    assert normalize_entity("Big Blue", vocab(s)) == "IBM"
    claims = claims_of("Big Blue shares rose 3% to $250.10.", settings=s)
    assert {c.subject for c in claims} == {"IBM"}


def test_cloud_unit_is_its_own_subject_and_overall_revenue_is_the_company() -> None:
    text = (
        "Alibaba reported results on Friday.\n\n"
        "Revenue at the cloud unit increased 26% year-over-year, while total revenue rose "
        "just 2%. Alibaba's cloud division is growing fastest."
    )
    claims = claims_of(text)
    assert by_text(claims, "26%").subject == "Alibaba Cloud"
    assert by_text(claims, "2%").subject == "Alibaba"
    assert by_text(claims, "26%").metric == by_text(claims, "2%").metric == "revenue growth"


def test_sentence_without_entity_falls_back_to_main_subject() -> None:
    text = (
        "Alibaba shares surge\n\nAlibaba shares rose 9.2% today. "
        "The stock has more than doubled this year."
    )
    claims = claims_of(text, published=TUESDAY)
    doubled = by_text(claims, "doubled")
    assert doubled.subject == "Alibaba"
    assert doubled.role == "change" and doubled.unit == "percent" and doubled.value == 100.0
    assert doubled.low == 100.0 and doubled.high is None  # "more than" doubled


def test_speaker_is_not_the_subject() -> None:
    text = (
        "Alibaba released Qwen3-Max-Preview, a model the company says has over 1 trillion "
        "parameters."
    )
    c = by_text(claims_of(text), "trillion")
    assert c.subject == "Qwen3-Max"
    assert c.metric == "parameter count"


def test_unknown_company_keeps_its_name() -> None:
    claims = claims_of("Zorblax Robotics shares fell 4.5% to $12.30 on Monday.")
    assert {c.subject for c in claims} == {"Zorblax Robotics"}


# --- metric, role, direction, links ---------------------------------------------------------


def test_change_and_level_are_linked_with_direction_and_scope() -> None:
    claims = claims_of("Alibaba's stock in Hong Kong advanced 2.4% to HK$140.60 on Tuesday.")
    move, level = by_text(claims, "2.4%"), by_text(claims, "HK$140.60")
    assert (move.role, move.direction, move.value) == ("change", "up", 2.4)
    assert move.metric == "share-price change"
    assert (level.role, level.metric, level.value) == ("level", "share price", 140.6)
    assert move.linked == [level.id] and level.linked == [move.id]
    assert move.scope == level.scope == "HKEX"
    assert move.id == f"t.txt#{move.span[0]}-{move.span[1]}"


def test_a_fall_is_negative_and_its_interval_is_swapped() -> None:
    claims = claims_of(
        "In New York, its American depositary shares [NYSE: BABA] closed 0.7 percent lower "
        "at USD163.08."
    )
    c = by_text(claims, "0.7")
    assert c.direction == "down" and c.value == pytest.approx(-0.7)
    assert c.low == pytest.approx(-0.75) and c.high == pytest.approx(-0.65)
    assert c.scope == "NYSE" and c.session == "close"


def test_share_and_total() -> None:
    claims = claims_of("About 72% of the nearly 23,000 chips in the data centre come from Alibaba.")
    assert by_text(claims, "72%").role == "share"
    assert by_text(claims, "23,000").role == "total"


def test_multiplier_is_a_ratio() -> None:
    claims = claims_of("Lingyun says the design is nearly 13 times smaller than its predecessor.")
    c = by_text(claims, "13 times")
    assert c.role == "ratio" and c.metric == "model size"


def test_counted_noun_gives_the_metric() -> None:
    claims = claims_of("The release logged nearly 20,000 downloads on its first day.")
    assert by_text(claims, "20,000").metric == "downloads"


def test_user_metric_aliases_are_honoured() -> None:
    s = Settings(metric_aliases={"turnover": "revenue"})
    c = by_text(claims_of("Zorblax turnover reached $4.1 billion in 2024.", settings=s), "$4.1")
    assert c.metric == "revenue"


def test_estimate_is_kept_apart_from_the_actual() -> None:
    claims = claims_of(
        "Corvane reported revenue of $18.64 billion, ahead of the $18.3 billion "
        "that analysts had expected."
    )
    assert by_text(claims, "18.64").metric == "revenue"
    assert by_text(claims, "18.3").metric == "revenue (estimate)"


def test_intraday_session() -> None:
    c = by_text(claims_of("Alibaba stock rose by as much as 4% in Hong Kong trading."), "4%")
    assert c.session == "intraday" and c.scope == "HKEX"


def test_sentences_do_not_break_on_abbreviations() -> None:
    text = "HONG KONG, Sept. 24 - Shares rose 2%. The U.S. market fell."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "HONG KONG, Sept. 24 - Shares rose 2%.",
        "The U.S. market fell.",
    ]


def test_bracketed_conversion_shares_subject_and_metric() -> None:
    claims = claims_of(
        "Fernwerk Energy said it had raised €420 million ($435 million) in a funding round."
    )
    eur, usd = by_text(claims, "€420"), by_text(claims, "$435")
    assert (
        (usd.subject, usd.metric)
        == (eur.subject, eur.metric)
        == ("Fernwerk Energy", "funds raised")
    )


def test_earlier_round_and_earlier_value_are_kept_apart() -> None:
    claims = claims_of(
        "Fernwerk raised €420 million in a Series C round.\n\n"
        "Fernwerk raised €85 million in its Series B round in 2024."
    )
    assert by_text(claims, "€420").metric == "funds raised"
    assert by_text(claims, "€85").metric == "funds raised (Series B)"
    claims = claims_of("Norvale turnout reached 62.4%.\n\nThat compares with 58.1% four years ago.")
    assert by_text(claims, "62.4%").metric == "turnout"
    assert by_text(claims, "58.1%").metric == "turnout (previous)"


def test_tranche_words_split_a_subscription() -> None:
    claims = claims_of(
        "Zephyr Mobility said the offer was subscribed 41.6 times overall, with institutional "
        "buyers bidding for more than 120 times the shares set aside for them."
    )
    assert by_text(claims, "41.6").metric == "subscription"
    assert by_text(claims, "120").metric == "subscription (institutional)"


def test_relative_clause_names_are_not_subjects_and_divisions_are() -> None:
    claims = claims_of(
        "Brightwater Foods said profit fell.\n\nThe confectionery division, which makes Moonbar "
        "and Crisp Delight, saw sales drop 2%, while the snacks unit grew 9%."
    )
    assert by_text(claims, "2%").subject == "Brightwater Foods Confectionery"
    assert by_text(claims, "9%").subject == "Brightwater Foods Snacks"


def test_counted_noun_beats_a_far_keyword() -> None:
    claims = claims_of("Brightwater said it will cut 1,200 jobs and close two factories.")
    assert by_text(claims, "1,200").metric == "jobs"
    assert by_text(claims, "two factories").metric == "factories"


# --- time -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("window", "anchor", "dateline", "expected"),
    [
        ("rose 2.4% on Tuesday", TUESDAY, None, "2025-09-09"),
        ("rose 4% on Monday morning", TUESDAY, None, "2025-09-08"),
        ("rose 4% on Monday morning", None, None, "weekday:Monday"),
        ("closed higher today", TUESDAY, None, "2025-09-09"),
        ("closed higher today", None, "Sept. 24", "--09-24"),
        ("closed lower yesterday", None, "Sept. 24", "--09-23"),
        ("closed higher today", None, None, None),
        ("in the June quarter", TUESDAY, None, "2025-Q2"),
        ("in the June quarter", None, None, "quarter:June"),
        ("in the quarter that ended in June", None, None, "quarter:June"),
        ("has doubled this year", TUESDAY, None, "year:2025"),
        ("has doubled this year", None, None, "year:this"),
        ("released late last week", None, None, "week:last"),
        ("in the first three weeks of August", TUESDAY, None, "2025-08"),
        ("on Sept. 24", None, None, "--09-24"),
        ("on March 14, 2025", None, None, "2025-03-14"),
        ("grew 26% year-over-year", TUESDAY, None, None),
        ("it may rise", TUESDAY, None, None),
    ],
)
def test_resolve_when(
    window: str, anchor: dt.date | None, dateline: str | None, expected: str | None
) -> None:
    assert resolve_when(window, anchor, dateline) == expected


def test_resolve_when_takes_the_nearest_expression() -> None:
    text = "Shares rose 4% on Monday morning after a release late last week."
    assert resolve_when(text, None, None, at=text.index("4%")) == "weekday:Monday"
    assert resolve_when(text, None, None, at=text.index("release")) == "week:last"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("weekday:Monday", "2025-09-09", False),  # the 9th was a Tuesday
        ("weekday:Tuesday", "2025-09-09", None),
        ("--09-24", "2025-09-24", True),
        ("--09-23", "2025-09-24", False),
        ("2025-09-09", "2025-09-09", True),
        ("2025-Q2", "2025-Q3", False),
        ("2025-Q2", "year:2025", None),
        ("2025-05-02", "2025-Q2", None),
        ("2025-08-02", "2025-Q2", False),
        ("year:this", "year:this", None),
        (None, "2025-09-09", None),
        ("weekday:Monday", "weekday:Tuesday", False),
    ],
)
def test_same_time(a: str | None, b: str | None, expected: bool | None) -> None:
    assert same_time(a, b) is expected
    assert same_time(b, a) is expected


def test_claims_carry_resolved_times() -> None:
    text = "Alibaba shares rose 2.4% on Tuesday.\n\nThey fell 1% on Monday."
    claims = claims_of(text, published=TUESDAY)
    assert by_text(claims, "2.4%").when == "2025-09-09"
    assert by_text(claims, "1%").when == "2025-09-08"
    claims = claims_of(
        "Alibaba Group [HKG: 9988] shares closed 9.2 percent higher today.", None, "Sept. 24"
    )
    assert by_text(claims, "9.2").when == "--09-24"


# --- robustness -----------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["Alibaba", "shares", "rose", "fell", "to", "HK$140.60", "2.4%", "on", "Tuesday", "the",
     "cloud", "unit", "Qwen3-Max", "(", ")", ",", ".", "\n", "over", "1 trillion", "parameters",
     "Revenue", "at", "Its", "said", "from", "Series", "B", "of", "them", "¥1.2 trillion",
     "3 times", "doubled", "A-", "-", "'s", "ago", "HONG KONG,", "Sept. 24", "-", "€"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40), st.sampled_from([None, TUESDAY]))
def test_any_text_gives_well_formed_claims(words: list[str], published: dt.date | None) -> None:
    text = " ".join(words)
    claims = claims_of(text, published=published, dateline="Sept. 24")
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.text
        assert set(c.linked) <= set(ids)
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
