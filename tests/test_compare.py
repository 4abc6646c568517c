"""The comparator on hand-built claims: the seed cases, each finding kind, and its properties."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from pair_contract import assert_check_matches_report

from reconcile.claims.models import Claim, Document, Group, Mention
from reconcile.compare import (
    compare_groups,
    conflict_pairs,
    interval,
    quote,
    restatements,
)
from reconcile.config import Settings
from reconcile.time.values import relate


def claim(
    doc: str,
    start: int,
    value: float,
    unit: str,
    low: float | None,
    high: float | None,
    *,
    qualifier: str | None = None,
    when: str | None = None,
    role: str = "level",
    kind: str = "money",
    metric: str = "share price",
    session: str | None = None,
    linked: tuple[str, ...] = (),
    text: str = "x",
    scale: str | None = None,
) -> Claim:
    end = start + len(text)
    mention = Mention(
        surface=text,
        scale=scale,
        span=(start, end),
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=low,
        high=high,
        qualifier=qualifier,
    )
    return Claim(
        id=f"{doc}#{start}-{end}",
        document=doc,
        span=(start, end),
        text=text,
        value=value,
        unit=unit,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,  # type: ignore[arg-type]
        subject="Alibaba",
        metric=metric,
        when=when,
        role=role,  # type: ignore[arg-type]
        session=session,
        linked=list(linked),
        mention=mention,  # type: ignore[arg-type]
    )


def group_of(*claims: Claim, metric: str = "share price", gid: str = "g1") -> Group:
    return Group(id=gid, label=f"Alibaba: {metric}", claims=[c.id for c in claims], metric=metric)


# ------------------------------------------------------------------ the seed cases


def test_share_move_on_consecutive_days_is_a_warning_that_says_the_days_differ() -> None:
    a_chg = claim(
        "a.txt",
        10,
        4,
        "percent",
        None,
        4.5,
        qualifier="up_to",
        role="change",
        kind="percent",
        when="weekday:Monday",
        session="intraday",
        linked=("a.txt#30-31",),
        metric="share-price change",
    )
    a_lvl = claim(
        "a.txt",
        30,
        138.0,
        "HKD",
        137.95,
        138.05,
        when="weekday:Monday",
        session="intraday",
        linked=(a_chg.id,),
    )
    b_chg = claim(
        "b.txt",
        10,
        2.4,
        "percent",
        2.35,
        2.45,
        role="change",
        kind="percent",
        when="2025-09-09",
        linked=("b.txt#30-31",),
        metric="share-price change",
    )
    b_lvl = claim(
        "b.txt", 30, 140.6, "HKD", 140.595, 140.605, when="2025-09-09", linked=(b_chg.id,)
    )
    claims = [a_chg, a_lvl, b_chg, b_lvl]
    groups = [
        group_of(a_chg, b_chg, metric="share-price change", gid="g1"),
        group_of(a_lvl, b_lvl, gid="g2"),
    ]
    findings = compare_groups(groups, claims)
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == "different_scope"
    assert f.severity == "warning"
    assert set(f.claims) == {a_lvl.id, b_lvl.id}  # the changes agree: "as much as 4%" admits 2.4
    assert "as much as 4% to HK$138.0" not in f.message or "days differ" in f.message
    assert "days differ" in f.message
    assert "132.69" in f.message and "137.3" in f.message


def test_next_day_move_whose_base_is_the_previous_close_is_only_a_note() -> None:
    a = claim("a.txt", 30, 486.15, "INR", 486.145, 486.155, when="2025-11-11")
    c_chg = claim(
        "c.txt",
        10,
        -3.2,
        "percent",
        -3.25,
        -3.15,
        role="change",
        kind="percent",
        when="weekday:Wednesday",
        linked=("c.txt#30-31",),
    )
    c_lvl = claim(
        "c.txt", 30, 470.6, "INR", 470.595, 470.605, when="weekday:Wednesday", linked=(c_chg.id,)
    )
    [f] = compare_groups([group_of(a, c_lvl)], [a, c_chg, c_lvl])
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "base" in f.message


def test_capex_beyond_the_pledge_against_the_plan_is_a_qualifier_conflict() -> None:
    c = claim("c.txt", 5, 380e9, "CNY", 380e9, None, qualifier="over", metric="capital spending")
    d = claim("d.txt", 5, 380e9, "CNY", 379.5e9, 380.5e9, metric="capital spending")
    [f] = compare_groups([group_of(c, d, metric="capital spending")], [c, d])
    assert f.kind == "qualifier_conflict"
    assert f.severity == "warning"
    assert "above" in f.message


def test_coarse_round_figure_does_not_contradict_over() -> None:
    body = claim(
        "b.txt",
        50,
        1e12,
        "parameter",
        1e12,
        None,
        qualifier="over",
        kind="count",
        metric="parameter count",
    )
    other = claim(
        "a.txt", 50, 1e12, "parameter", 0.5e12, 1.5e12, kind="count", metric="parameter count"
    )
    assert compare_groups([group_of(body, other, metric="parameter count")], [body, other]) == []


def test_headline_figure_is_never_precise_enough_for_a_qualifier_conflict() -> None:
    doc = Document(id="h.txt", path="h.txt", text="Plan worth 380 billion yuan\nBody text.")
    head = claim("h.txt", 11, 380e9, "CNY", 379.5e9, 380.5e9, text="380 billion yuan")
    over = claim("c.txt", 5, 380e9, "CNY", 380e9, None, qualifier="over")
    assert compare_groups([group_of(head, over)], [head, over], documents=[doc]) == []


def test_rounding_differences_are_consistent() -> None:
    about = claim("c.txt", 5, 53e9, "USD", 52.5e9 * 0.95, 53.5e9 * 1.05, qualifier="about")
    exact = claim("d.txt", 5, 53.3e9, "USD", 53.25e9, 53.35e9)
    assert compare_groups([group_of(about, exact)], [about, exact]) == []


def test_plain_disagreement_is_a_value_mismatch_error() -> None:
    a = claim("a.txt", 0, 42, "people", 41.5, 42.5, kind="count", metric="death toll")
    b = claim("b.txt", 0, 57, "people", 56.5, 57.5, kind="count", metric="death toll")
    [f] = compare_groups([group_of(a, b, metric="death toll")], [a, b])
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    assert "a.txt" in f.message and "b.txt" in f.message


def test_changed_direction_is_called_out() -> None:
    a = claim("a.txt", 0, 2, "percent", 1.5, 2.5, role="change", kind="percent", metric="sales")
    b = claim("b.txt", 0, -2, "percent", -2.5, -1.5, role="change", kind="percent", metric="sales")
    [f] = compare_groups([group_of(a, b, metric="sales")], [a, b])
    assert f.kind == "value_mismatch"
    assert "direction" in f.message


def test_million_against_billion_is_a_scale_mismatch() -> None:
    a = claim("a.txt", 0, 4.5e6, "USD", 4.45e6, 4.55e6, metric="funding", scale="million")
    b = claim("b.txt", 0, 4.5e9, "USD", 4.45e9, 4.55e9, metric="funding", scale="billion")
    [f] = compare_groups([group_of(a, b, metric="funding")], [a, b])
    assert f.kind == "scale_mismatch"
    assert f.details["factor"] == 1e3


def test_figures_written_without_a_scale_word_are_no_slip_of_scale() -> None:
    # "two penalty points" against "2,000 ranking points": a thousand times apart, no scale word
    a = claim("a.txt", 0, 2, "point", 1.5, 2.5, kind="count", metric="points", text="two points")
    b = claim("b.txt", 0, 2000, "point", 1999.5, 2000.5, kind="count", metric="points")
    findings = compare_groups([group_of(a, b, metric="points")], [a, b])
    assert all(f.kind != "scale_mismatch" and f.severity == "info" for f in findings)


def test_far_apart_days_get_an_info_note_only() -> None:
    b = claim(
        "b.txt", 0, 2.4, "percent", 2.35, 2.45, role="change", kind="percent", when="2025-09-09"
    )
    d = claim("d.txt", 0, 9.2, "percent", 9.15, 9.25, role="change", kind="percent", when="--09-24")
    [f] = compare_groups([group_of(b, d)], [b, d])
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_undated_share_move_gets_an_info_note_not_a_conflict() -> None:
    d = claim(
        "d.txt",
        0,
        9.2,
        "percent",
        9.15,
        9.25,
        role="change",
        kind="percent",
        when="--09-24",
        metric="share-price change",
    )
    e = claim(
        "e.txt",
        0,
        8,
        "percent",
        7.5,
        8.5,
        role="change",
        kind="percent",
        metric="share-price change",
    )
    [f] = compare_groups([group_of(d, e, metric="share-price change")], [d, e])
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "does not say which day" in f.message


def test_undated_figures_of_a_stable_metric_still_conflict() -> None:
    a = claim("a.txt", 0, 4.5e9, "USD", 4.45e9, 4.55e9, metric="valuation", when="2025-03-14")
    b = claim("b.txt", 0, 5.5e9, "USD", 5.45e9, 5.55e9, metric="valuation")
    [f] = compare_groups([group_of(a, b, metric="valuation")], [a, b])
    assert f.kind == "value_mismatch"


def test_an_evolving_toll_is_not_compared_across_a_missing_date() -> None:
    a = claim(
        "a.txt", 0, 42, "people", 41.5, 42.5, kind="count", metric="death toll", when="2025-03-14"
    )
    b = claim("b.txt", 0, 57, "people", 56.5, 57.5, kind="count", metric="death toll")
    [f] = compare_groups([group_of(a, b, metric="death toll")], [a, b])
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_days_known_only_by_weekday_name_a_day_apart_warn() -> None:
    a = claim("a.txt", 0, 138.0, "HKD", 137.95, 138.05, when="weekday:Monday")
    b = claim("b.txt", 0, 140.6, "HKD", 140.595, 140.605, when="2025-09-09")
    c = claim("c.txt", 0, 150.0, "HKD", 149.95, 150.05, when="2025-09-10")
    findings = compare_groups([group_of(a, b, c)], [a, b, c])
    pairs = {(docs, severity) for _kind, severity, docs in conflict_pairs(findings)}
    assert (frozenset(("a.txt", "b.txt")), "warning") in pairs
    assert (frozenset(("b.txt", "c.txt")), "info") in pairs  # two calendar dates: a note


def test_a_dateline_places_a_weekday_on_the_calendar() -> None:
    docs = [
        Document(id="a.txt", path="a", text="x", dateline="SAN JOSE, Oct. 23"),
        Document(id="b.txt", path="b", text="y", published="2025-10-24"),
    ]
    a = claim("a.txt", 0, 212.4, "USD", 212.395, 212.405, when="weekday:Thursday")
    b = claim("b.txt", 0, 208.75, "USD", 208.745, 208.755, when="2025-10-24")
    [f] = compare_groups([group_of(a, b)], [a, b], documents=docs)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "Thu 23 Oct 2025" in f.message


def test_points_against_percent_is_flagged() -> None:
    a = claim(
        "a.txt",
        0,
        0.3,
        "percentage_point",
        0.25,
        0.35,
        role="change",
        kind="percent",
        metric="unemployment rate",
    )
    b = claim(
        "b.txt",
        0,
        0.3,
        "percent",
        0.25,
        0.35,
        role="change",
        kind="percent",
        metric="unemployment rate",
    )
    [f] = compare_groups([group_of(a, b, metric="unemployment rate")], [a, b])
    assert f.kind == "value_mismatch" and "points" in f.message


def test_severity_remap_is_applied() -> None:
    a = claim("a.txt", 0, 42, "people", 41.5, 42.5, kind="count")
    b = claim("b.txt", 0, 57, "people", 56.5, 57.5, kind="count")
    s = Settings(severity={"value_mismatch": "info"})
    [f] = compare_groups([group_of(a, b)], [a, b], s)
    assert f.severity == "info"


def test_different_currencies_are_not_compared_without_a_rate() -> None:
    a = claim("a.txt", 0, 174.0, "HKD", 173.995, 174.005)
    b = claim("b.txt", 0, 22.38, "USD", 22.375, 22.385)
    assert compare_groups([group_of(a, b)], [a, b]) == []


# ------------------------------------------------------------------ currency restatements

TEXT_C = "Spending will go beyond the 380 billion yuan (~$53B) pledge."
TEXT_D = "It will invest CNY380 billion (USD53.3 billion) over three years."


def _amount(
    doc: str,
    text: str,
    surface: str,
    value: float,
    unit: str,
    half: float,
    qualifier: str | None = None,
) -> Claim:
    start = text.index(surface)
    low, high = value - half, value + half
    if qualifier == "about":
        low, high = low * 0.95, high * 1.05
    return claim(
        doc,
        start,
        value,
        unit,
        low,
        high,
        qualifier=qualifier,
        text=surface,
        metric="capital spending",
    )


def test_restated_amounts_imply_agreeing_rates() -> None:
    docs = [
        Document(id="c.txt", path="c", text=TEXT_C),
        Document(id="d.txt", path="d", text=TEXT_D),
    ]
    cs = [
        _amount("c.txt", TEXT_C, "380 billion yuan", 380e9, "CNY", 0.5e9),
        _amount("c.txt", TEXT_C, "$53B", 53e9, "USD", 0.5e9, "about"),
        _amount("d.txt", TEXT_D, "CNY380 billion", 380e9, "CNY", 0.5e9),
        _amount("d.txt", TEXT_D, "USD53.3 billion", 53.3e9, "USD", 0.05e9),
    ]
    assert len(restatements(cs, {d.id: d.text for d in docs})) == 2
    assert compare_groups([], cs, documents=docs) == []


def test_restated_amounts_with_disagreeing_rates_are_an_arithmetic_finding() -> None:
    text_x = "It will invest CNY380 billion (USD43.3 billion) over three years."
    docs = [
        Document(id="c.txt", path="c", text=TEXT_C),
        Document(id="x.txt", path="x", text=text_x),
    ]
    cs = [
        _amount("c.txt", TEXT_C, "380 billion yuan", 380e9, "CNY", 0.5e9),
        _amount("c.txt", TEXT_C, "$53B", 53e9, "USD", 0.5e9, "about"),
        _amount("x.txt", text_x, "CNY380 billion", 380e9, "CNY", 0.5e9),
        _amount("x.txt", text_x, "USD43.3 billion", 43.3e9, "USD", 0.05e9),
    ]
    [f] = compare_groups([], cs, documents=docs)
    assert f.kind == "arithmetic"
    by_id = {c.id: c.text for c in cs}
    # both restate CNY380 billion: the conversions are what disagrees
    assert sorted(by_id[i] for i in f.claims) == ["$53B", "USD43.3 billion"]


def test_rate_table_checks_a_restatement() -> None:
    docs = [Document(id="d.txt", path="d", text=TEXT_D)]
    cs = [
        _amount("d.txt", TEXT_D, "CNY380 billion", 380e9, "CNY", 0.5e9),
        _amount("d.txt", TEXT_D, "USD53.3 billion", 53.3e9, "USD", 0.05e9),
    ]
    good = Settings(
        exchange_rates=[{"date": "2025-09-24", "base": "USD", "quote": "CNY", "rate": 7.13}]
    )
    bad = Settings(
        exchange_rates=[{"date": "2025-09-24", "base": "USD", "quote": "CNY", "rate": 6.5}]
    )
    assert compare_groups([], cs, good, docs) == []
    [f] = compare_groups([], cs, bad, docs)
    assert f.kind == "arithmetic" and "rate table" in f.message


def test_quote_takes_the_verb_and_qualifier_before_the_figure() -> None:
    text = "Shares jumped as much as 4% to HK$138.0 on Monday."
    c = claim("a.txt", text.index("4%"), 4, "percent", None, 4.5, text="4%")
    lvl = claim("a.txt", text.index("HK$"), 138, "HKD", 137.95, 138.05, text="HK$138.0")
    assert quote(c, text, [lvl]) == "Shares jumped as much as 4% to HK$138.0"


def test_time_relation() -> None:
    assert relate("weekday:Monday", "2025-09-09").same is False  # 9 Sept 2025 is a Tuesday
    assert relate("weekday:Monday", "2025-09-09").days == 1
    assert relate("--09-24", "2025-09-24").same is True
    assert relate("2025-09-09", "--09-24").days == 15
    assert relate(None, "2025-09-09").same is None


# ------------------------------------------------------------------ properties

values = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
halves = st.floats(min_value=0, max_value=1e10, allow_nan=False, allow_infinity=False)
qualifiers = st.sampled_from([None, None, "over", "under", "about", "up_to", "at_least"])


@st.composite
def claim_sets(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(min_value=1, max_value=6))
    out = []
    for i in range(n):
        v, h, q = draw(values), draw(halves), draw(qualifiers)
        low, high = v - h, v + h
        if q == "over":
            high = None
        elif q in ("up_to",):
            low = None
        elif q == "at_least":
            high = None
        when = draw(st.sampled_from([None, "2025-09-09", "2025-09-10", "weekday:Monday"]))
        out.append(claim(f"d{i % 3}.txt", i * 10, v, "USD", low, high, qualifier=q, when=when))
    return out


def _flagged_pairs(findings: list) -> set[frozenset[str]]:
    """Cross-source pairs of claims that some warning or error sets against each other: with a
    summary, the claims of its ``source`` against those of each other document it names."""
    out = set()
    for f in findings:
        if f.severity == "info":
            continue
        source = f.details.get("source")
        for a in f.claims:
            for b in f.claims:
                da, db = a.split("#")[0], b.split("#")[0]
                if da < db and (source is None or source in (da, db)):
                    out.add(frozenset((a, b)))
    return out


@settings(max_examples=150, deadline=None)
@given(claim_sets(), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_claim_order(cs: list[Claim], rnd: random.Random) -> None:
    g = group_of(*cs)
    shuffled = cs[:]
    rnd.shuffle(shuffled)
    g2 = g.model_copy(update={"claims": [c.id for c in shuffled]})
    assert compare_groups([g], cs) == compare_groups([g2], shuffled)


@settings(max_examples=150, deadline=None)
@given(values, halves, qualifiers)
def test_identical_restatement_never_conflicts(v: float, h: float, q: str | None) -> None:
    a = claim("a.txt", 0, v, "USD", v - h, v + h, qualifier=q)
    b = a.model_copy(update={"id": "b.txt#0-1", "document": "b.txt"})
    assert compare_groups([group_of(a, a)], [a]) == []
    assert compare_groups([group_of(a, b)], [a, b]) == []


def test_a_verdict_does_not_set_the_agreeing_sources_against_each_other() -> None:
    """d1 disagrees with d0 and d2, which agree: one verdict naming d1 as the odd one, and its
    evidence holds d0-d1 and d1-d2 but not d0-d2."""
    d0 = claim("d0.txt", 0, 100.0, "USD", 99.5, 100.5, when="2025-09-09")
    d1 = claim("d1.txt", 0, 150.0, "USD", 149.5, 150.5, when="2025-09-09")
    d2 = claim("d2.txt", 0, 100.0, "USD", 99.95, 100.05, when="2025-09-09")
    [f] = compare_groups([group_of(d0, d1, d2)], [d0, d1, d2])
    assert "2 of 3 sources agree" in f.message and "d0.txt and d2.txt" in f.message
    assert "1 disagrees: d1.txt" in f.message
    assert {frozenset(e.claims) for e in f.evidence} == {
        frozenset((d0.id, d1.id)),
        frozenset((d1.id, d2.id)),
    }


@settings(max_examples=150, deadline=None)
@given(claim_sets(), st.floats(min_value=0, max_value=0.5), st.floats(min_value=0, max_value=0.5))
def test_widening_the_tolerance_never_adds_a_finding(cs: list[Claim], t1: float, t2: float) -> None:
    lo, hi = sorted((t1, t2))
    g = group_of(*cs)

    # sources set against each other by a warning or an error (claims of two sources merge into
    # one finding, so claims are the wrong grain)
    def flagged(tolerance: float) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
        findings = compare_groups([g], cs, Settings(tolerance=tolerance))
        alarms = {d for _kind, severity, d in conflict_pairs(findings) if severity != "info"}
        # pairs noted only because no two sources agreed (a disagreement of figures far apart,
        # demoted to a note: verdicts.demote_scattered; the group's finding may still be an
        # alarm for two close figures among them): a wider tolerance that lets two of them
        # agree makes the odd one out an alarm; a misdating warning of a daily metric ("the
        # days differ") is demoted the same way
        scattered = {
            frozenset(i.rsplit("#", 1)[0] for i in e.claims)
            for f in findings
            for e in f.evidence
            if e.severity == "info"
            and e.kind in ("value_mismatch", "scale_mismatch", "different_scope")
        }
        return alarms, scattered

    (wide, _), (narrow, scattered) = flagged(hi), flagged(lo)
    assert wide <= narrow | scattered


@settings(max_examples=150, deadline=None)
@given(values, halves, st.floats(min_value=0, max_value=1))
def test_tolerance_widening_is_symmetric(v: float, h: float, t: float) -> None:
    a = claim("a.txt", 0, v, "USD", v - h, v + h)
    lo, hi = interval(a, t)
    assert abs((v - lo) - (hi - v)) <= 1e-6 * max(1.0, abs(v) + h)


# ------------------------------------------------------------------ arithmetic inside a sentence


def _in_sentence(c: Claim, sentence: str, *, mention_kind: str | None = None) -> Claim:
    update: dict = {"sentence": sentence}
    if mention_kind:
        update["mention"] = c.mention.model_copy(update={"kind": mention_kind})
    return c.model_copy(update=update)


SENT = "The cloud business grew 31%, three times the 5% pace of the group."


def _times_case(small: float) -> list[Claim]:
    big = claim("a.txt", 24, 31, "percent", 30.5, 31.5, kind="percent", text="31%")
    times = claim("a.txt", 29, 3, "times", 2.5, 3.5, kind="multiplier", text="three times")
    base = claim("a.txt", 45, small, "percent", small - 0.5, small + 0.5, kind="percent", text="5%")
    return [_in_sentence(c, SENT) for c in (big, times, base)]


def test_a_multiplier_that_does_not_match_its_figures_is_an_arithmetic_finding() -> None:
    [f] = compare_groups([], _times_case(5))
    assert f.kind == "arithmetic" and "do not add up" in f.message
    assert compare_groups([], _times_case(10)) == []  # 31 / 10 is about three times


def test_two_multipliers_in_one_sentence_are_not_checked() -> None:
    """Which two figures each multiplier relates is not known: no arithmetic finding."""
    sentence = "Its last album sold 2.4 times its 3.1m debut; at 3 times, the new one passes 9m."
    first = claim("m.txt", 0, 2.4, "times", 2.35, 2.45, kind="multiplier", text="2.4 times")
    second = claim("m.txt", 40, 3, "times", 2.5, 3.5, kind="multiplier", text="3 times")
    sold = claim("m.txt", 60, 9e6, "count", 8.5e6, 9.5e6, kind="count", text="9m")
    week = claim("m.txt", 70, 3.1e6, "count", 3.05e6, 3.15e6, kind="count", text="3.1m")
    cs = [_in_sentence(c, sentence) for c in (first, second, sold, week)]
    assert [f for f in compare_groups([], cs) if f.kind == "arithmetic"] == []
    # the control: one multiplier with the same two figures is checked (9 / 3.1 is 2.9 times)
    assert [f.kind for f in compare_groups([], [cs[0], cs[2], cs[3]])] == ["arithmetic"]


def test_a_share_that_does_not_match_its_part_and_whole_is_flagged() -> None:
    sentence = "16,000 of the 23,000 chips, or 72%, came from Alibaba."

    def case(part_value: float) -> list[Claim]:
        part = claim(
            "e.txt",
            0,
            part_value,
            "chip",
            part_value - 0.5,
            part_value + 0.5,
            kind="count",
            text="16,000",
        )
        whole = claim("e.txt", 14, 23000, "chip", 22999.5, 23000.5, kind="count", text="23,000")
        share = claim(
            "e.txt", 31, 72, "percent", 71.5, 72.5, kind="percent", role="share", text="72%"
        )
        return [_in_sentence(c, sentence) for c in (part, whole, share)]

    [f] = compare_groups([], case(16000))  # 16,000 / 23,000 is 69.6%
    assert f.kind == "arithmetic" and len(f.claims) == 3
    assert compare_groups([], case(16600)) == []  # 72.2%


def test_a_share_of_two_figures_summed_is_not_checked_as_part_and_whole() -> None:
    """ "A and B together make up X of the total": the share's part is A + B, neither figure is
    the whole; the control without "together" reads the smaller as a part of the larger."""

    def case(sentence: str) -> list[Claim]:
        first = claim("t.txt", 8, 14000, "", 13999.5, 14000.5, kind="number", text="+14k")
        second = claim("t.txt", 26, 6000, "", 5999.5, 6000.5, kind="number", text="+6k")
        share = claim(
            "t.txt", 60, 66.67, "percent", 57.1, 80, kind="percent", role="share", text="two-thirds"
        )
        return [_in_sentence(c, sentence) for c in (first, second, share)]

    summed = "Dairy (+14k) and bakery (+6k) together supplied over two-thirds of the rise."
    assert compare_groups([], case(summed)) == []
    alone = "Dairy (+14k) and bakery (+6k) each supplied part; two-thirds of the rise came later."
    [f] = compare_groups([], case(alone))  # 6k / 14k is 43%, not two-thirds
    assert f.kind == "arithmetic"


def test_change_level_and_stated_base_must_add_up() -> None:
    text = "Sales rose 10% to $110 from $90 a year earlier."
    chg = claim(
        "s.txt",
        11,
        10,
        "percent",
        9.5,
        10.5,
        role="change",
        kind="percent",
        text="10%",
        linked=("s.txt#18-22",),
    )
    lvl = claim("s.txt", 18, 110, "USD", 109.5, 110.5, text="$110", linked=(chg.id,))
    base = claim("s.txt", 28, 90, "USD", 89.5, 90.5, text="$90")
    docs = [Document(id="s.txt", path="s", text=text)]
    cs = [_in_sentence(c, text) for c in (chg, lvl, base)]
    [f] = compare_groups([], cs, documents=docs)
    assert f.kind == "arithmetic" and "100" in f.message
    fixed = text.replace("$90", "$100")
    base_ok = claim("s.txt", 28, 100, "USD", 99.5, 100.5, text="$100")
    cs = [_in_sentence(c, fixed) for c in (chg, lvl, base_ok)]
    assert compare_groups([], cs, documents=[Document(id="s.txt", path="s", text=fixed)]) == []


def test_a_source_that_gives_both_figures_explains_the_difference() -> None:
    first = claim("a.txt", 0, 3.1, "percent", 3.05, 3.15, kind="percent", metric="inflation")
    revised = claim("c.txt", 0, 3.3, "percent", 3.25, 3.35, kind="percent", metric="inflation")
    flash = claim("c.txt", 40, 3.1, "percent", 3.05, 3.15, kind="percent", metric="inflation")
    g = group_of(first, revised, flash, metric="inflation")
    [f] = compare_groups([g], [first, revised, flash])
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "c.txt gives both figures itself" in f.message  # (no text: no revision stated)


def test_a_headline_figure_takes_the_time_of_its_body_twin() -> None:
    docs = [
        Document(id="b.txt", path="b", text="Toll reaches 57\nBody."),
        Document(id="c.txt", path="c", text="Toll rises to 63\nBody."),
    ]
    b_head = claim("b.txt", 13, 57, "people", 56.5, 57.5, kind="count", metric="death toll")
    b_body = claim(
        "b.txt", 30, 57, "people", 56.5, 57.5, kind="count", metric="death toll", when="2025-09-08"
    )
    c_head = claim("c.txt", 14, 63, "people", 62.5, 63.5, kind="count", metric="death toll")
    c_body = claim(
        "c.txt", 30, 63, "people", 62.5, 63.5, kind="count", metric="death toll", when="2025-09-10"
    )
    cs = [b_head, b_body, c_head, c_body]
    findings = compare_groups([group_of(*cs, metric="death toll")], cs, documents=docs)
    assert findings and all(f.severity == "info" for f in findings)


def test_two_figures_in_one_sentence_of_one_source_are_never_compared() -> None:
    s = "Inflation was revised up to 3.3% from 3.1%."
    a = claim("c.txt", 0, 3.3, "percent", 3.25, 3.35, kind="percent", when="2025-03-31")
    b = claim("c.txt", 10, 3.1, "percent", 3.05, 3.15, kind="percent", when="2025-03-31")
    a, b = (x.model_copy(update={"sentence": s}) for x in (a, b))
    assert compare_groups([group_of(a, b)], [a, b]) == []


@settings(max_examples=60, deadline=None)
@given(claim_sets())
def test_focus_keeps_exactly_the_findings_that_involve_the_focus(cs: list[Claim]) -> None:
    g = group_of(*cs)
    everything = compare_groups([g], cs)
    focused = compare_groups([g], cs, focus={"d0.txt"})
    # the same pairs of sources in conflict, only summarized around the focus
    assert_check_matches_report(focused, everything, "d0.txt")
    assert all(any(i.startswith("d0.txt#") for i in f.claims) for f in focused)
    assert all(f.details.get("source") == "d0.txt" for f in focused if f.group is not None)


def test_one_source_contradicting_itself_on_one_day_is_noted_but_not_its_earlier_values() -> None:
    text = (
        "Rate rises\nThe rate rose to 4.5% on Thursday. Officials put the rate at 4.75% that day."
    )
    doc = Document(id="a.txt", path="a", text=text)

    def rate(surface: str, value: float) -> Claim:
        c = claim(
            "a.txt",
            text.index(surface),
            value,
            "percent",
            value - 0.005,
            value + 0.005,
            kind="percent",
            when="2025-06-05",
            text=surface,
            metric="policy rate",
        )
        end = text.index(".", c.span[0]) + 1
        return c.model_copy(update={"sentence": text[text.rfind(".", 0, c.span[0]) + 1 : end]})

    a, b = rate("4.5%", 4.5), rate("4.75%", 4.75)
    [f] = compare_groups([group_of(a, b, metric="policy rate")], [a, b], documents=[doc])
    assert (f.kind, f.severity) == ("value_mismatch", "info")
    earlier = text.replace("put the rate at", "had raised from")  # same length: spans hold
    doc2 = Document(id="a.txt", path="a", text=earlier)
    assert compare_groups([group_of(a, b, metric="policy rate")], [a, b], documents=[doc2]) == []


def test_an_ambiguous_yen_sign_is_compared_with_the_currency_the_other_source_names() -> None:
    yen = claim("a.txt", 0, 41.2e9, "CNY", 41.15e9, 41.25e9, metric="operating profit")
    yen = yen.model_copy(
        update={"mention": yen.mention.model_copy(update={"alternatives": ("CNY", "JPY")})}
    )
    jpy = claim("b.txt", 0, 41.2e6, "JPY", 41.15e6, 41.25e6, metric="operating profit")
    [f] = compare_groups([group_of(yen, jpy, metric="operating profit")], [yen, jpy])
    assert f.kind == "scale_mismatch"


def test_a_twin_for_another_year_does_not_explain_a_difference() -> None:
    first = claim(
        "a.txt", 0, 2.6, "percent", 2.55, 2.65, kind="percent", metric="inflation", when="year:2025"
    )
    this_year = claim(
        "b.txt", 0, 2.1, "percent", 2.05, 2.15, kind="percent", metric="inflation", when="year:2025"
    )
    next_year = claim(
        "b.txt",
        40,
        2.6,
        "percent",
        2.55,
        2.65,
        kind="percent",
        metric="inflation",
        when="year:2026",
    )
    g = group_of(first, this_year, next_year, metric="inflation")
    [f] = compare_groups([g], [first, this_year, next_year])
    assert f.kind == "value_mismatch"


def test_an_undated_running_total_stands_as_of_its_articles_date() -> None:
    docs = [
        Document(id="a.txt", path="a", text="x", published="2025-08-12"),
        Document(id="c.txt", path="c", text="y", published="2025-08-14"),
    ]
    a = claim("a.txt", 0, 214, "home", 213.5, 214.5, kind="count", metric="homes destroyed")
    c = claim("c.txt", 0, 356, "home", 355.5, 356.5, kind="count", metric="homes destroyed")
    [f] = compare_groups([group_of(a, c, metric="homes destroyed")], [a, c], documents=docs)
    assert (f.kind, f.severity) == ("different_scope", "info")
    same_day = [Document(id=d.id, path=d.path, text=d.text, published="2025-08-12") for d in docs]
    [f] = compare_groups([group_of(a, c, metric="homes destroyed")], [a, c], documents=same_day)
    assert f.kind == "value_mismatch"


def test_quote_stays_on_the_figures_line() -> None:
    text = "# Storm update\n\nTyphoon Harumi has killed 57 people."
    c = claim("d.md", text.index("57"), 57, "people", 56.5, 57.5, kind="count", text="57 people")
    assert quote(c, text) == "Typhoon Harumi has killed 57 people"


def test_an_earlier_value_is_not_compared_with_another_sources_current_value() -> None:
    text_a = "Policymakers lifted the overnight lending rate from 4.50% at their meeting."
    text_b = "The lending rate is now 4.75 percent."
    docs = [
        Document(id="a.txt", path="a", text=text_a),
        Document(id="b.txt", path="b", text=text_b),
    ]
    a = claim("a.txt", text_a.index("4.50%"), 4.5, "percent", 4.495, 4.505, metric="policy rate")
    b = claim("b.txt", text_b.index("4.75"), 4.75, "percent", 4.745, 4.755, metric="policy rate")
    [f] = compare_groups([group_of(a, b, metric="policy rate")], [a, b], documents=docs)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "earlier value" in f.message
    # without the "from", the same two figures conflict
    plain = text_a.replace("from ", "at ")
    docs[0] = Document(id="a.txt", path="a", text=plain)
    [f] = compare_groups([group_of(a, b, metric="policy rate")], [a, b], documents=docs)
    assert f.kind == "value_mismatch"


def test_figures_far_apart_are_a_note_not_a_conflict() -> None:
    a = claim("a.txt", 0, 400.0, "EUR", None, 400.5, qualifier="under", metric="aid")
    b = claim("b.txt", 0, 2.1e9, "EUR", 1.945e9, 2.255e9, qualifier="about", metric="aid")
    [f] = compare_groups([group_of(a, b, metric="aid")], [a, b])
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "different quantities" in f.message
    c = claim("c.txt", 0, 5.0e8, "EUR", 4.95e8, 5.05e8, metric="aid")  # four times: a conflict
    [f] = compare_groups([group_of(b, c, metric="aid")], [b, c])
    assert f.kind == "value_mismatch"


def test_zero_is_no_scale_slip() -> None:
    """'unchanged' (0, give or take 0.5) times a thousand spans 9%: still no slip of scale."""
    a = claim("a.txt", 0, 0.0, "percent", -0.5, 0.5, metric="revenue growth")
    b = claim("b.txt", 0, 9.0, "percent", 8.5, 9.5, metric="revenue growth")
    [f] = compare_groups([group_of(a, b, metric="revenue growth")], [a, b])
    assert f.kind == "value_mismatch"


def test_a_possible_slip_of_scale_is_never_set_aside_as_far_apart() -> None:
    """950,000,000 against 1 is far apart, but within 10% of a billion: a conflict at every
    tolerance (a value mismatch, then a slip of scale), never a note that a wider tolerance
    would turn into a conflict."""
    a = claim(
        "a.txt", 0, 950000000.0, "USD", 949999998.0, 950000002.0, when="2025-09-09", scale="bn"
    )
    b = claim("b.txt", 0, 1.0, "USD", 1.0, 1.0, when="2025-09-09")
    for tolerance, kind in ((0.0, "value_mismatch"), (0.1, "scale_mismatch")):
        [f] = compare_groups([group_of(a, b)], [a, b], Settings(tolerance=tolerance))
        assert (f.kind, f.severity) == (kind, "error")


def test_two_different_maxima_conflict_but_equal_ones_do_not() -> None:
    """'up to €400' against 'up to €500': a cap is one figure. 'up to €400' twice agrees."""
    a = claim("a.txt", 0, 400.0, "EUR", None, 400.5, qualifier="up_to", metric="payment cap")
    b = claim("b.txt", 0, 500.0, "EUR", None, 500.5, qualifier="up_to", metric="payment cap")
    c = claim("c.txt", 0, 400.0, "EUR", None, 400.5, qualifier="up_to", metric="payment cap")
    [f] = compare_groups([group_of(a, b, metric="payment cap")], [a, b])
    assert (f.kind, f.severity) == ("qualifier_conflict", "warning")
    assert "maximum" in f.message
    assert compare_groups([group_of(a, c, metric="payment cap")], [a, c]) == []
    later = b.model_copy(update={"when": "2025-09-10"})
    earlier = a.model_copy(update={"when": "2025-09-09"})
    assert compare_groups([group_of(earlier, later, metric="payment cap")], [earlier, later]) == []


def test_a_revised_figure_is_not_set_against_another_sources_unrevised_one() -> None:
    text_a = "Ostmark Freight posted a net profit of €321 million."
    text_b = "Ostmark Freight cut its reported second-half net profit to €298 million."
    docs = [
        Document(id="a.txt", path="a", text=text_a),
        Document(id="b.txt", path="b", text=text_b),
    ]
    a = claim("a.txt", text_a.index("€321"), 321e6, "EUR", 320.5e6, 321.5e6, metric="net income")
    b = claim("b.txt", text_b.index("€298"), 298e6, "EUR", 297.5e6, 298.5e6, metric="net income")
    [f] = compare_groups([group_of(a, b, metric="net income")], [a, b], documents=docs)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "revision" in f.message
    docs[1] = Document(id="b.txt", path="b", text=text_b.replace("cut its reported", "put its"))
    [f] = compare_groups([group_of(a, b, metric="net income")], [a, b], documents=docs)
    assert f.kind == "value_mismatch"


def test_neighbouring_figures_of_one_precision_conflict() -> None:
    """2.9% (2.85 to 2.95) and 2.8% (2.75 to 2.85) only touch: two different figures."""
    a = claim("a.txt", 0, 2.9, "percent", 2.85, 2.95, metric="inflation", when="2025-03")
    b = claim("b.txt", 0, 2.8, "percent", 2.75, 2.85, metric="inflation", when="2025-03")
    [f] = compare_groups([group_of(a, b, metric="inflation")], [a, b])
    assert f.kind == "value_mismatch"
    point = claim("c.txt", 0, 2.85, "percent", 2.85, 2.85, metric="inflation", when="2025-03")
    assert compare_groups([group_of(a, point, metric="inflation")], [a, point]) == []


def test_a_share_of_something_else_is_not_checked_against_a_part_and_whole() -> None:
    from reconcile import reconcile

    vote = "Results\n\nThe Alliance won 46% of the vote, giving it 71 of the 140 seats.\n"
    seats = "Results\n\nThe Alliance won 71 of the 140 seats, or 46% of the seats.\n"
    assert reconcile([Document(id="a.txt", path="a", text=vote)]).findings == []
    [f] = reconcile([Document(id="b.txt", path="b", text=seats)]).findings
    assert f.kind == "arithmetic" and "50.18% to 51.25%" in f.message


def test_one_deal_reported_on_two_days_is_still_one_deal() -> None:
    a = claim("a.txt", 0, 48e6, "EUR", 47.5e6, 48.5e6, metric="transfer fee", when="2025-08-11")
    b = claim("b.txt", 0, 45e6, "EUR", 44.5e6, 45.5e6, metric="transfer fee", when="2025-08-12")
    [f] = compare_groups([group_of(a, b, metric="transfer fee")], [a, b])
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    # a share price on two days is two figures
    c = a.model_copy(update={"metric": "share price"})
    d = b.model_copy(update={"metric": "share price"})
    [g] = compare_groups([group_of(c, d, metric="share price")], [c, d])
    assert g.kind == "different_scope"


def test_a_running_total_a_day_apart_is_a_note() -> None:
    """A fire's area on Tuesday and on Wednesday: it grew; no 'may be misdated' warning."""
    a = claim("a.txt", 0, 11500, "acre", 11450, 11550, metric="area burned", when="weekday:Tuesday")
    b = claim("b.txt", 0, 18300, "acre", 18250, 18350, metric="area burned", when="2026-08-12")
    [f] = compare_groups([group_of(a, b, metric="area burned")], [a, b])
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_an_offer_price_and_a_valuation_are_far_apart_not_a_slip() -> None:
    a = claim("a.txt", 0, 21.8, "HKD", 21.795, 21.805, metric="issue price")
    b = claim("b.txt", 0, 64e9, "HKD", 60.3e9, 67.7e9, qualifier="about", metric="issue price")
    [f] = compare_groups([group_of(a, b, metric="issue price")], [a, b])
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_a_grey_market_quote_a_day_before_a_close_is_a_note() -> None:
    a = claim("a.txt", 0, 12.0, "percent", 11.5, 12.5, when="weekday:Wednesday")
    b = claim("b.txt", 0, 27.0, "percent", 26.5, 27.5, when="weekday:Thursday")
    a = a.model_copy(update={"session": "pre-listing", "role": "change"})
    b = b.model_copy(update={"session": "close", "role": "change"})
    [f] = compare_groups([group_of(a, b)], [a, b])
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_a_headline_repeating_a_body_figure_is_left_out_of_the_finding() -> None:
    from reconcile.compare.summary import _headline_twins
    from reconcile.compare.wording import title_end

    text = "Published: 2026-08-12\n\nFire grows to 18,300 acres\n\nThe fire grew to 18,300 acres.\n"
    end = title_end(text, "Fire grows to 18,300 acres")
    assert text[:end].endswith("Fire grows to 18,300 acres")
    assert title_end("One line only.", "One line only.") == 0
    head = claim("b.txt", text.index("18,300"), 18300, "acre", 18250, 18350)
    body = claim("b.txt", text.rindex("18,300"), 18300, "acre", 18250, 18350)
    other = claim("c.txt", 0, 28000, "acre", 28000, None)
    by_id = {c.id: c for c in (head, body, other)}
    ids = set(by_id)
    assert _headline_twins(ids, by_id, {head.id}) == {head.id}
    assert _headline_twins(ids - {body.id}, by_id, {head.id}) == set()


def test_durations_of_unnamed_things_are_not_compared() -> None:
    a = claim("a.txt", 0, 4, "month", 3.5, 4.5, metric="duration")
    b = claim("b.txt", 0, 3, "month", 2.5, 3.5, metric="duration")
    assert compare_groups([group_of(a, b, metric="duration")], [a, b]) == []
    c = a.model_copy(update={"metric": "weight loss duration"})
    d = b.model_copy(update={"metric": "weight loss duration"})
    [f] = compare_groups([group_of(c, d, metric="weight loss duration")], [c, d])
    assert f.kind == "value_mismatch"


def test_a_sentence_the_text_repeats_is_checked_once_per_occurrence() -> None:
    """A live blog restates its lines: each occurrence of a sentence is its own arithmetic (the
    figures of three copies are not one sentence of nine figures)."""
    sentence = "The co-op sold 1,800 of its 2,400 crates, or 61%, at the fair."
    text = " ".join([sentence] * 3)
    at = [i * (len(sentence) + 1) for i in range(3)]
    cs = []
    for n, start in enumerate(at):
        part = claim("f.txt", start + 15, 1800, "crate", 1799.5, 1800.5, kind="count", text="1,800")
        whole = claim(
            "f.txt", start + 28, 2400, "crate", 2399.5, 2400.5, kind="count", text="2,400"
        )
        share = claim(
            "f.txt", start + 44, 61, "percent", 60.5, 61.5, kind="percent", role="share", text="61%"
        )
        cs += [_in_sentence(c, sentence) for c in (part, whole, share)]
        assert text[part.span[0] : part.span[0] + 5] == "1,800", n
    docs = [Document(id="f.txt", path="f", text=text)]
    findings = compare_groups([], cs, documents=docs)  # 1,800 / 2,400 is 75%, not 61%
    assert len(findings) == 3 and all(f.kind == "arithmetic" for f in findings)
    assert sorted(len(f.claims) for f in findings) == [3, 3, 3]


def _share_sentence(sentence: str, figures: list[tuple[str, float, str, str]]) -> list[Claim]:
    """Claims of ``sentence`` (document e.txt), each (text, value, unit, role) at its place."""
    out = []
    for text, value, unit, role in figures:
        start = sentence.index(text)
        kind = "percent" if unit == "percent" else "money"
        half = 0.5 if unit == "percent" else 0.05e6
        c = claim("e.txt", start, value, unit, value - half, value + half, kind=kind, text=text)
        out.append(_in_sentence(c.model_copy(update={"role": role}), sentence))
    return out


def test_an_amount_after_or_restates_the_share_and_is_not_its_whole() -> None:
    sentence = "The charity keeps 40% of the grant, or $4.2 million, and $0.6 million for travel."
    cs = _share_sentence(
        sentence,
        [
            ("40%", 40, "percent", "share"),
            ("$4.2 million", 4.2e6, "USD", "level"),
            ("$0.6 million", 0.6e6, "USD", "level"),
        ],
    )
    docs = [Document(id="e.txt", path="e.txt", text=sentence)]
    assert [f for f in compare_groups([], cs, documents=docs) if f.kind == "arithmetic"] == []


def test_control_a_share_whose_whole_is_named_is_checked() -> None:
    sentence = "The charity keeps $0.6 million, 40% of the $4.2 million grant."
    cs = _share_sentence(
        sentence,
        [
            ("$0.6 million", 0.6e6, "USD", "level"),
            ("40%", 40, "percent", "share"),
            ("$4.2 million", 4.2e6, "USD", "level"),
        ],
    )
    docs = [Document(id="e.txt", path="e.txt", text=sentence)]
    [f] = [f for f in compare_groups([], cs, documents=docs) if f.kind == "arithmetic"]
    assert "do not add up" in f.message
