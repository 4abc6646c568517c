"""False alarms of real coverage where a figure's text says more than the figure's own words
(issue 11's precision), each class tested with fresh sentences and a control that must still
conflict:

- a headline's bare figure whose body gives it only qualified ("About 300 people remain missing"
  under "300 missing") is as approximate as the body says (:mod:`reconcile.compare.qualified`);
- an adverb of approximation on the verb whose object is the figure ("nearly covered 60 miles")
  bears on the figure;
- a figure given as what is still left ("with 212 people still missing", "That leaves 141
  riders") below another source's figure of no later day is a later stage
  (:func:`reconcile.compare.scope.remainder`);
- a change over several years ("climbed by more than 35% in four years") is no change of one
  year;
- two percentages of wholes of different periods ("4% of its mean daily turnover", "8 per
  cent of its yearly revenue") are shares of two wholes, even as two maxima.
"""

from __future__ import annotations

from reconcile.compare.qualified import verb_qualifier
from reconcile.compare.scope import remaining, whole_period
from tests.test_scope import alarms, fig, judge

DAY = "2026-04-14"
MISSING = {"unit": "person", "kind": "count", "metric": "people missing"}
PATH = {"unit": "mile", "kind": "physical", "metric": "path length"}
FUEL = {"unit": "tonne", "kind": "physical", "metric": "fuel aboard"}
CAP = {"unit": "percent", "kind": "percent", "metric": "revenue", "qualifier": "up_to"}

# ------------------------------------------------------------------ a headline and its body

HEAD_ABOUT = (
    "Quarry slide at Harrowmoor: 300 missing\n\n"
    "About 300 people remain missing since a spoil heap slid onto Harrowmoor on Saturday."
)
HEAD_BARE = (
    "Quarry slide at Harrowmoor: 300 missing\n\n"
    "Officials said 300 people remain missing since a spoil heap slid onto Harrowmoor."
)
OTHER_MISSING = "Volunteers searching the valley said 292 people are missing in the mud."


def test_a_headline_figure_takes_the_qualifier_its_body_gives_it() -> None:
    a = fig("a.txt", HEAD_ABOUT, "300 missing", 300, **MISSING)  # type: ignore[arg-type]
    body = fig("a.txt", HEAD_ABOUT, "300 people", 300, qualifier="about", half=15.5, **MISSING)  # type: ignore[arg-type]
    b = fig("b.txt", OTHER_MISSING, "292 people", 292, **MISSING)  # type: ignore[arg-type]
    findings = judge({"a.txt": HEAD_ABOUT, "b.txt": OTHER_MISSING}, [a, body, b], "people missing")
    assert not alarms(findings)


def test_control_a_headline_figure_its_body_gives_bare_still_conflicts() -> None:
    a = fig("a.txt", HEAD_BARE, "300 missing", 300, **MISSING)  # type: ignore[arg-type]
    body = fig("a.txt", HEAD_BARE, "300 people", 300, nth=0, **MISSING)  # type: ignore[arg-type]
    b = fig("b.txt", OTHER_MISSING, "292 people", 292, **MISSING)  # type: ignore[arg-type]
    found = alarms(judge({"a.txt": HEAD_BARE, "b.txt": OTHER_MISSING}, [a, body, b]))
    assert found and all(f.kind == "value_mismatch" for f in found)


# ------------------------------------------------------------------ an adverb on the verb

NEARLY = "The funnel kept touching down for an hour and nearly crossed 60 miles of farmland."
PLAIN = "The funnel kept touching down for an hour and crossed 60 miles of farmland."
SURVEY = "Surveyors later said the funnel moved 59 miles before it lifted."


def test_an_adverb_of_approximation_on_the_verb_bears_on_its_object() -> None:
    a = fig("a.txt", NEARLY, "60 miles", 60, **PATH)  # type: ignore[arg-type]
    assert verb_qualifier(a) == "under"
    b = fig("b.txt", SURVEY, "59 miles", 59, **PATH)  # type: ignore[arg-type]
    assert not alarms(judge({"a.txt": NEARLY, "b.txt": SURVEY}, [a, b], "path length"))


def test_control_the_verb_without_the_adverb_leaves_the_figure_exact() -> None:
    a = fig("a.txt", PLAIN, "60 miles", 60, **PATH)  # type: ignore[arg-type]
    assert verb_qualifier(a) is None
    b = fig("b.txt", SURVEY, "59 miles", 59, **PATH)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": PLAIN, "b.txt": SURVEY}, [a, b], "path length"))
    assert f.kind == "value_mismatch"


# Class: a figure a colon sets off from the verb states the result the adverb's verb reached
# ("has nearly tripled this year: 60 miles"); the adverb bears on the verb, not on the figure.
# Control: the adverb right before the verb whose object the figure is (above).
COLON = "The trail network has nearly tripled since the spring: 60 miles of paths, up from 21."


def test_a_figure_set_off_by_a_colon_takes_no_adverb_of_the_verb() -> None:
    a = fig("a.txt", COLON, "60 miles", 60, **PATH)  # type: ignore[arg-type]
    assert verb_qualifier(a) is None


# ------------------------------------------------------------------ what is still left

STILL = "The minister said on Tuesday the stranded barge was still carrying 1,500 tonnes of fuel."
HELD = "The barge struck the sandbank carrying about 3,800 tonnes of fuel and 90 of diesel."
NOT_STILL = "The minister said on Tuesday the stranded barge was carrying 1,500 tonnes of fuel."


def test_what_is_still_left_is_a_later_stage_below_an_undated_figure() -> None:
    a = fig("a.txt", STILL, "1,500 tonnes", 1500, half=50, **FUEL)  # type: ignore[arg-type]
    assert remaining(a)
    b = fig("b.txt", HELD, "3,800 tonnes", 3800, half=50, qualifier="about", **FUEL)  # type: ignore[arg-type]
    findings = judge({"a.txt": STILL, "b.txt": HELD}, [a, b], "fuel aboard")
    assert not alarms(findings)
    assert "still left" in findings[0].message


def test_control_a_holding_not_given_as_left_still_conflicts() -> None:
    a = fig("a.txt", NOT_STILL, "1,500 tonnes", 1500, half=50, **FUEL)  # type: ignore[arg-type]
    assert not remaining(a)
    b = fig("b.txt", HELD, "3,800 tonnes", 3800, half=50, **FUEL)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": NOT_STILL, "b.txt": HELD}, [a, b], "fuel aboard"))


# ------------------------------------------------------------------ shares of two wholes

DAILY = "Regulators warned Kestrane could be fined as much as 4% of its mean daily turnover."
ANNUAL = "Kestrane could be fined as much as 8 per cent of its yearly revenue, lawyers said."
ANNUAL_TOO = "Kestrane could be fined as much as 4% of its yearly revenue, the regulator said."


def test_two_maxima_of_wholes_of_different_periods_are_two_shares() -> None:
    a = fig("a.txt", DAILY, "4%", 4, half=0.5, **CAP)  # type: ignore[arg-type]
    b = fig("b.txt", ANNUAL, "8 per cent", 8, half=0.5, **CAP)  # type: ignore[arg-type]
    assert (whole_period(a), whole_period(b)) == ("day", "year")
    findings = judge({"a.txt": DAILY, "b.txt": ANNUAL}, [a, b], "revenue")
    assert not alarms(findings)
    assert "a whole of one day" in findings[0].message


def test_control_two_maxima_of_one_period_s_whole_still_conflict() -> None:
    a = fig("a.txt", ANNUAL_TOO, "4%", 4, half=0.5, **CAP)  # type: ignore[arg-type]
    b = fig("b.txt", ANNUAL, "8 per cent", 8, half=0.5, **CAP)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": ANNUAL_TOO, "b.txt": ANNUAL}, [a, b], "revenue"))
    assert f.kind == "qualifier_conflict"


# ------------------------------------------------------------------ what a sentence leaves

RIDERS = {"unit": "rider", "kind": "count", "metric": "riders"}
LEAVES = "Nine riders quit during the climb. That leaves 141 riders in the race, organisers said."
FIELD = "Live: 150 riders roll out of the start town under grey skies."
COUNTED = "Nine riders quit during the climb. Organisers counted 141 riders in the race."


def test_what_that_leaves_is_a_later_stage_below_another_figure_of_the_day() -> None:
    a = fig("a.txt", LEAVES, "141 riders", 141, when=DAY, **RIDERS)  # type: ignore[arg-type]
    assert remaining(a)
    b = fig("b.txt", FIELD, "150 riders", 150, when=DAY, **RIDERS)  # type: ignore[arg-type]
    assert not alarms(judge({"a.txt": LEAVES, "b.txt": FIELD}, [a, b], "riders"))


def test_control_a_count_not_given_as_left_still_conflicts() -> None:
    a = fig("a.txt", COUNTED, "141 riders", 141, when=DAY, **RIDERS)  # type: ignore[arg-type]
    assert not remaining(a)
    b = fig("b.txt", FIELD, "150 riders", 150, when=DAY, **RIDERS)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": COUNTED, "b.txt": FIELD}, [a, b], "riders"))


# ------------------------------------------------------------------ a change over years

GROWTH = {"unit": "percent", "kind": "percent", "metric": "revenue growth", "role": "change"}
YEARLY = "Turnover rose 7% last season, according to the latest filing."
OVER_YEARS = "Sponsorship income climbed by more than 35% in four years under its owners."
NO_SPAN = "Sponsorship income climbed by more than 35% under its owners."


def test_a_change_over_several_years_is_no_change_of_one_year() -> None:
    a = fig("a.txt", YEARLY, "7%", 7, **GROWTH)  # type: ignore[arg-type]
    b = fig("b.txt", OVER_YEARS, "35%", 35, half=None, qualifier="over", **GROWTH)  # type: ignore[arg-type]
    findings = judge({"a.txt": YEARLY, "b.txt": OVER_YEARS}, [a, b], "revenue growth")
    assert not alarms(findings)
    assert "several years" in findings[0].message


def test_control_a_change_that_names_no_span_still_conflicts() -> None:
    a = fig("a.txt", YEARLY, "7%", 7, **GROWTH)  # type: ignore[arg-type]
    b = fig("b.txt", NO_SPAN, "35%", 35, half=None, qualifier="over", **GROWTH)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": YEARLY, "b.txt": NO_SPAN}, [a, b], "revenue growth"))


def test_a_share_with_no_period_word_after_of_is_read_without_a_parse(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reconcile.compare.scope as scope

    def no_parse(c: object) -> None:
        raise AssertionError("parsed a sentence that names no period")

    monkeypatch.setattr(scope, "parsed_figure", no_parse)
    for text, figure in (
        ("Turnout rose 3% on the day, officials said.", "3%"),
        ("About 12% of its staff work overseas.", "12%"),
        ("Sales were up 7% over the year.", "7%"),
    ):
        c = fig("a.txt", text, figure, 1, **CAP)  # type: ignore[arg-type]
        assert whole_period(c) is None


def test_the_period_word_read_wherever_the_of_phrase_stands() -> None:
    for text, figure, period in (
        ("Up to 5% of the firm's average weekly output was lost, its owner said.", "5%", "week"),
        ("The fee is 2% of monthly rent.", "2%", "month"),
        ("A fine of 6% of annual sales, the court ruled.", "6%", "year"),
        ("Lenders hold 30% of three-month bills.", "30%", "month"),
    ):
        c = fig("a.txt", text, figure, 1, **CAP)  # type: ignore[arg-type]
        assert whole_period(c) == period
