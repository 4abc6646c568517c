"""Verdict classes of issue 11 seen on new data; each tested with fresh wording (invented names)
and a control that keeps its verdict.

- a tally compared by its first count only ("won 3-1" / "won 3-2" agreed): the second counts
  of two tallies read exactly set them apart, in the pair's verdict and in the group's camps;
- a target given by the verb of aim ("aims to have 40 gigawatts", "aiming for") weighed
  against an outcome as if it were one;
- a threshold in a condition or a definition ("is issued when rivers rise above 4.5 metres",
  "is defined as") weighed against a reported measurement;
- an undated count in an article dated only by a long header line's full date, excused as
  "does not say which day".
"""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups
from reconcile.compare.intervals import tallies_differ, tally_counts, unit_slip
from reconcile.time.values import header_day
from tests.test_scope import alarms, fig, judge

# ------------------------------------------------------------------ two counts of a tally
# Class: a tally's value is its first count; two tallies whose second counts differ ("3-1",
# "3-2"; a bowler's "7 for 58", "seven for 61") are two results, not one.

TALLY = {"unit": "tally", "kind": "tally", "metric": "score", "half": 0.0}


def tally(doc: str, text: str, written: str, counts: tuple[int, int]) -> Claim:
    c = fig(doc, text, written, counts[0], **TALLY)  # type: ignore[arg-type]
    whole = f"{counts[0]}-{counts[1]}"
    return c.model_copy(update={"mention": c.mention.model_copy(update={"modifier": whole})})


SCORES = [
    (
        "Corvane United won 3-1 at Pellham Road on Saturday.",
        "Corvane United won 3-2 at Pellham Road on Saturday.",
        ("3-1", (3, 1)),
        ("3-2", (3, 2)),
        "3-1 against 3-2",
    ),
    (
        "Ilse Marwick took 7 for 58 as the visitors were bowled out.",
        "Marwick finished with seven for 61, her best figures this season.",
        ("7 for 58", (7, 58)),
        ("seven for 61", (7, 61)),
        "7-58 against 7-61",
    ),
]


@pytest.mark.parametrize(("a_text", "b_text", "x", "y", "shown"), SCORES)
def test_tallies_whose_second_counts_differ_conflict(
    a_text: str,
    b_text: str,
    x: tuple[str, tuple[int, int]],
    y: tuple[str, tuple[int, int]],
    shown: str,
) -> None:
    a, b = tally("a.txt", a_text, *x), tally("b.txt", b_text, *y)
    assert tallies_differ(a, b)
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "score"))
    assert f.kind == "value_mismatch"
    assert shown in f.message


def test_control_one_tally_in_two_wordings_agrees() -> None:
    a_text = "Corvane United won 3-1 at Pellham Road on Saturday."
    b_text = "Corvane beat Daleholt 3-1 in front of a full house."
    a, b = tally("a.txt", a_text, "3-1", (3, 1)), tally("b.txt", b_text, "3-1", (3, 1))
    assert not tallies_differ(a, b)
    assert judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "score") == []


def test_a_figure_that_is_no_tally_has_no_counts() -> None:
    text = "Corvane United signed 3 players in the summer."
    c = fig("a.txt", text, "3", 3, unit="player", kind="count", metric="signings", half=0.0)
    assert tally_counts(c) is None


def test_the_camps_of_a_group_keep_tallies_with_different_second_counts_apart() -> None:
    texts = {
        "a.txt": "Corvane United won 4-2 at Pellham Road.",
        "b.txt": "Corvane won 4-2 against Daleholt.",
        "c.txt": "Corvane held on to win 4-1 at Pellham Road.",
    }
    claims = [
        tally("a.txt", texts["a.txt"], "4-2", (4, 2)),
        tally("b.txt", texts["b.txt"], "4-2", (4, 2)),
        tally("c.txt", texts["c.txt"], "4-1", (4, 1)),
    ]
    [f] = alarms(judge(texts, claims, "score"))
    assert "2 of 3 sources agree" in f.message
    assert "4-2 against 4-1" in f.message or "4-1 against 4-2" in f.message


# ------------------------------------------------------------------ a target of intention
# Class: a figure governed by the verb of aim ("aims to", "aiming for") is a target, not an
# outcome; a stated plan ("intends to", "plans to") is not.

SOLAR = {"unit": "gigawatt", "kind": "physical", "metric": "solar capacity", "half": 0.5}
INSTALLED = "Across the republic of Ostervik, about 11 gigawatts of solar panels are in use."


@pytest.mark.parametrize(
    "b_text",
    [
        "The Ostervik cabinet aims to have 40 gigawatts of solar installed by 2040.",
        "Ministers say the country is aiming for 40 gigawatts of solar within fifteen years.",
    ],
)
def test_a_figure_of_intention_is_a_target_not_an_outcome(b_text: str) -> None:
    a = fig("a.txt", INSTALLED, "11 gigawatts", 11, **SOLAR)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "40 gigawatts", 40, **SOLAR)  # type: ignore[arg-type]
    findings = judge({"a.txt": INSTALLED, "b.txt": b_text}, [a, b], "solar capacity")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


def test_control_two_stated_plans_still_conflict() -> None:
    """A plan ("intends to spend", "plans to spend") is reported as the figure itself."""
    a_text = "Norvale Power intends to spend 12 billion crowns on new lines this year."
    b_text = "Norvale Power plans to spend 14 billion crowns on new lines this year."
    money = {"unit": "SEK", "kind": "money", "metric": "capital spending", "half": 0.5e9}
    a = fig("a.txt", a_text, "12 billion", 12e9, **money)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "14 billion", 14e9, **money)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "capital spending"))
    assert f.kind == "value_mismatch"


def test_control_an_installed_figure_against_another_still_conflicts() -> None:
    b_text = "The grid operator said 40 gigawatts of solar panels are now connected in Ostervik."
    a = fig("a.txt", INSTALLED, "11 gigawatts", 11, **SOLAR)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "40 gigawatts", 40, **SOLAR)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": INSTALLED, "b.txt": b_text}, [a, b], "solar capacity"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a threshold
# Class: a figure in a condition (a clause of if/when/once/unless whose verb of crossing is in
# the present) or in a definition states a threshold, not a value of the story.

LEVEL = {"unit": "meter", "kind": "physical", "metric": "river level", "half": 0.05}
CREST = "The Tarrow stood at 5.1 metres in Hennick on Sunday night."


@pytest.mark.parametrize(
    "b_text",
    [
        "A red warning is issued when rivers rise above 4.5 metres at the Hennick gauge.",
        "Flood gates at Hennick close once the Tarrow tops 4.5 metres, the council said.",
        "Engineers said the embankment fails if the river exceeds 4.5 metres for a day.",
        "A major flood is defined as a river at or above 4.5 metres at the town gauge.",
    ],
)
def test_a_threshold_in_a_condition_or_definition_is_not_a_reading(b_text: str) -> None:
    a = fig("a.txt", CREST, "5.1 metres", 5.1, **LEVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "4.5 metres", 4.5, **LEVEL)  # type: ignore[arg-type]
    findings = judge({"a.txt": CREST, "b.txt": b_text}, [a, b], "river level")
    assert not alarms(findings)
    assert "threshold" in findings[0].message


@pytest.mark.parametrize(
    "b_text",
    [
        # a past verb of crossing reports what happened
        "When the Tarrow reached 4.5 metres on Sunday, residents of Hennick were moved out.",
        "The Tarrow stood at 4.5 metres in Hennick on Sunday night.",
    ],
)
def test_control_a_reported_level_still_conflicts(b_text: str) -> None:
    a = fig("a.txt", CREST, "5.1 metres", 5.1, **LEVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "4.5 metres", 4.5, **LEVEL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": CREST, "b.txt": b_text}, [a, b], "river level"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ an article's day
# Class: an undated running count ("buried 31 homes") in an article whose day stands only in a
# long header line ("Outlet | By ..., Desk | Friday 6 November 2026") was excused as "does not
# say which day": the header's full date is the article's day, and the count stands as of it.

HEADER = "The Vellmoor Gazette | By Ida Roe, Senior Writer, Regional Desk | Friday 6 November 2026"
HOMES = {"unit": "home", "kind": "count", "metric": "homes damaged", "half": 0.0}


def judge_dated(
    texts: dict[str, str], published: dict[str, dt.date], claims: list[Claim]
) -> list[Finding]:
    docs = [Document(id=d, path=d, text=t, published=published.get(d)) for d, t in texts.items()]
    ids = [c.id for c in claims]
    g = Group(id="g1", label="Kettleby: homes", claims=ids, metric="homes damaged")
    return compare_groups([g], claims, documents=docs)


def test_a_full_date_closing_a_header_line_is_the_article_day() -> None:
    assert header_day(HEADER + "\n\nBody.", [2026]) == dt.date(2026, 11, 6)
    # the weekday must be the date's, and a date inside a sentence is no header's
    assert header_day(HEADER.replace("Friday", "Monday") + "\n", [2026]) is None
    assert header_day("Rain fell on Friday 6 November 2026 across the valley.\n", [2026]) is None


@pytest.mark.parametrize(("header", "alarm"), [(HEADER, True), ("The Vellmoor Gazette", False)])
def test_an_undated_count_in_an_article_dated_by_its_header(header: str, alarm: bool) -> None:
    a_text = f"{header}\n\nThe mudslide buried 31 homes in Kettleby, the council said."
    b_text = "KETTLEBY\n\nThe mudslide buried 13 homes in Kettleby, officials said."
    a = fig("a.txt", a_text, "31 homes", 31, **HOMES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "13 homes", 13, **HOMES)  # type: ignore[arg-type]
    texts = {"a.txt": a_text, "b.txt": b_text}
    findings = judge_dated(texts, {"b.txt": dt.date(2026, 11, 6)}, [a, b])
    if alarm:
        [f] = alarms(findings)
        assert f.kind == "value_mismatch"
    else:  # control: an article of no known day still does not say which day its count is for
        assert not alarms(findings)
        assert "which day" in findings[0].message


# ------------------------------------------------------------------ one number, two units
# Class: the same written number with two units of one measure ("38 hectares" / "38 square
# kilometres", a hundred times apart) was excused as "more than 5 times apart, two quantities":
# one source put the wrong unit to the number.

AREA = {"unit": "kilometer ** 2", "kind": "physical", "metric": "area flooded"}


def area(doc: str, text: str, written: str, km2: float, unit: str, half: float) -> Claim:
    c = fig(doc, text, written, km2, half=half, **AREA)  # type: ignore[arg-type]
    return c.model_copy(update={"mention": c.mention.model_copy(update={"unit": unit})})


def test_one_number_in_two_units_is_a_unit_slip() -> None:
    a_text = "The water spread across 38 hectares of farmland near Brisca."
    b_text = "Floodwater covered 38 square kilometres of farmland near Brisca."
    a = area("a.txt", a_text, "38 hectares", 0.38, "hectare", 0.005)
    b = area("b.txt", b_text, "38 square kilometres", 38, "kilometer ** 2", 0.5)
    assert unit_slip(a, b)
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "area flooded"))
    assert f.kind == "scale_mismatch"
    assert "unit wrong" in f.message


@pytest.mark.parametrize(
    ("b_written", "km2", "half"),
    [("0.38 square kilometres", 0.38, 0.005), ("950 square kilometres", 950, 0.5)],
)
def test_control_a_conversion_or_another_number_is_no_unit_slip(
    b_written: str, km2: float, half: float
) -> None:
    a_text = "The water spread across 38 hectares of farmland near Brisca."
    b_text = f"Floodwater covered {b_written} of farmland near Brisca."
    a = area("a.txt", a_text, "38 hectares", 0.38, "hectare", 0.005)
    b = area("b.txt", b_text, b_written, km2, "kilometer ** 2", half)
    assert not unit_slip(a, b)
    assert not alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "area flooded"))
