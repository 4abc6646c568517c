"""Figures of one group that their sentences set apart at verdict time (reconcile/compare/scope):
different measuring bodies, stages of a count, a further move, a running count. Each class is
tested with two wordings and a control that still conflicts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import compare_groups
from reconcile.compare.context import Ctx
from reconcile.compare.scope import count_stage, named_owner, previous_sentence
from reconcile.config import Settings

_SENTENCES = re.compile(r"(?:[^.!?]|[.!?](?=\S))+[.!?]?")  # "36.2" does not end one


def fig(
    doc: str,
    text: str,
    written: str,
    value: float,
    *,
    unit: str = "kilometer",
    kind: str = "physical",
    metric: str = "depth",
    qualifier: str | None = None,
    half: float | None = 0.5,
    when: str | None = None,
    role: str = "level",
    nth: int = 0,
) -> Claim:
    """The claim of ``written`` (its ``nth`` occurrence) in ``text``; ``half`` is its rounding
    (None: a lower bound)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    span = (start, start + len(written))
    low = value - (half or 0.0)
    high = None if half is None else value + half
    sentence = next(
        m.group(0).strip() for m in _SENTENCES.finditer(text) if m.start() <= start < m.end()
    )
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=low,
        high=high,
        qualifier=qualifier,
    )
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit=unit,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,  # type: ignore[arg-type]
        subject="Quake",
        metric=metric,
        when=when,
        role=role,  # type: ignore[arg-type]
        sentence=sentence,
        mention=mention,
    )


def judge(texts: dict[str, str], claims: list[Claim], metric: str = "depth") -> list[Finding]:
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    g = Group(id="g1", label=f"Quake: {metric}", claims=[c.id for c in claims], metric=metric)
    return compare_groups([g], claims, documents=docs)


def alarms(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity != "info"]


# ------------------------------------------------------------------ measuring bodies

A_BODY = "The quake was centred at a depth of 31 km, according to the Northern Seismic Bureau."
B_BODIES = [
    "The tremor was 12 km deep, the Coastal Geophysics Institute said.",
    # the body is named in the sentence before the figure's
    "Fresh readings were released at noon, according to the Coastal Geophysics Institute. The "
    "depth was put at 12 km below the seabed.",
]


@pytest.mark.parametrize("b_text", B_BODIES)
def test_measurements_by_different_bodies_are_two_measurements(b_text: str) -> None:
    a = fig("a.txt", A_BODY, "31 km", 31)
    b = fig("b.txt", b_text, "12 km", 12)
    findings = judge({"a.txt": A_BODY, "b.txt": b_text}, [a, b])
    assert not alarms(findings)
    [note] = findings
    assert note.kind == "different_scope"
    assert "different measuring bodies" in note.message
    assert "Northern Seismic Bureau" in note.message  # as the text writes it


def test_a_source_naming_no_body_takes_the_body_of_the_figure_it_repeats() -> None:
    c_text = "Rescuers said the shallow quake, 31 km down, shook the whole valley."
    b_text = B_BODIES[0]
    a = fig("a.txt", A_BODY, "31 km", 31)
    b = fig("b.txt", b_text, "12 km", 12)
    c = fig("c.txt", c_text, "31 km", 31)
    findings = judge({"a.txt": A_BODY, "b.txt": b_text, "c.txt": c_text}, [a, b, c])
    assert not alarms(findings)


@pytest.mark.parametrize(
    "b_text",
    [
        "The tremor was 12 km deep, the Northern Seismic Bureau said.",  # the same body
        "The tremor was 12 km deep, residents who felt it said.",  # no body named
    ],
)
def test_measurements_of_one_body_or_of_none_still_conflict(b_text: str) -> None:
    a = fig("a.txt", A_BODY, "31 km", 31)
    b = fig("b.txt", b_text, "12 km", 12)
    [f] = alarms(judge({"a.txt": A_BODY, "b.txt": b_text}, [a, b]))
    assert f.kind == "value_mismatch"


def test_a_body_named_in_both_sentences_is_one_body_read_twice() -> None:
    """Class: different measuring bodies read where one sentence names the other's body too
    ("the Bureau, which runs a station in Velmar, said": Velmar read as the body), so one
    body's measurement was let pass as another body's."""
    a_text = "The Northern Seismic Bureau, which runs a station in Velmar, said it was 31 km deep."
    b_text = "The tremor was 12 km deep, according to the Northern Seismic Bureau."
    a = fig("a.txt", a_text, "31 km", 31)
    b = fig("b.txt", b_text, "12 km", 12)
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b]))
    assert f.kind == "value_mismatch"


def test_counts_attributed_to_different_bodies_still_conflict() -> None:
    a_text = "Nine people died, according to the Northern Seismic Bureau."
    b_text = "Fourteen people died, the Coastal Geophysics Institute said."
    kw = {"unit": "person", "kind": "count", "metric": "death toll"}
    a = fig("a.txt", a_text, "Nine people", 9, **kw)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "Fourteen people", 14, **kw)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "death toll"))
    assert f.kind == "value_mismatch"


def test_previous_sentence_stops_at_a_paragraph() -> None:
    text = "The institute said so.\nThe depth was 12 km."
    c = fig("a.txt", text, "12 km", 12)
    assert previous_sentence(c, text) == ""
    text = "The institute said so. The depth was 12 km."
    c = fig("a.txt", text, "12 km", 12)
    assert previous_sentence(c, text) == "The institute said so."


# ------------------------------------------------------------------ stages of a count

SHARE = {"unit": "percent", "kind": "percent", "metric": "vote share", "half": 0.05}
FINAL = "The Greens finished on 43.0 percent, the electoral office announced on Monday."


@pytest.mark.parametrize(
    "a_text",
    [
        "With 97 percent of ballots counted, the Greens stood at 41.2 percent.",
        "After counting about half the votes, officials gave the Greens 41.2 percent.",
    ],
)
def test_a_share_part_way_through_the_count_is_not_the_final_share(a_text: str) -> None:
    a = fig("a.txt", a_text, "41.2 percent", 41.2, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", FINAL, "43.0 percent", 43.0, **SHARE)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": FINAL}, [a, b], "vote share")
    assert not alarms(findings)
    assert "stages of the count" in findings[0].message


def test_preliminary_and_final_results_are_two_stages() -> None:
    a_text = "Preliminary results gave the Greens 41.2 percent of the vote."
    b_text = "Final results gave the Greens 43.0 percent of the vote."
    a = fig("a.txt", a_text, "41.2 percent", 41.2, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "43.0 percent", 43.0, **SHARE)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "vote share")
    assert not alarms(findings)
    assert "different stages (preliminary; final)" in findings[0].message


def test_shares_at_one_stated_stage_still_conflict() -> None:
    a_text = "With 97 percent of ballots counted, the Greens stood at 41.2 percent."
    b_text = "With 97% of the ballots counted, the Greens polled 43.0 percent."
    a = fig("a.txt", a_text, "41.2 percent", 41.2, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "43.0 percent", 43.0, **SHARE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "vote share"))
    assert f.kind == "value_mismatch"


def test_shares_of_one_tally_conflict_whatever_stage_each_names() -> None:
    """Both sources give the same raw count (a distinctive figure): one tally, two shares."""
    a_text = (
        "With nearly all ballots counted, the Greens had 41.2 percent. They won 1,284,517 votes."
    )
    b_text = "With 96 percent of votes in, the Greens had 43.0 percent, or 1,284,517 votes."
    votes = {"unit": "vote", "kind": "count", "metric": "votes", "half": 0.5}
    a = fig("a.txt", a_text, "41.2 percent", 41.2, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "43.0 percent", 43.0, **SHARE)  # type: ignore[arg-type]
    av = fig("a.txt", a_text, "1,284,517 votes", 1284517, **votes)  # type: ignore[arg-type]
    bv = fig("b.txt", b_text, "1,284,517 votes", 1284517, **votes)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b, av, bv], "vote share")
    assert [f.kind for f in alarms(findings)] == ["value_mismatch"]


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["percent", "%", " per cent"]))
def test_a_count_stage_is_its_stated_progress(n: int, sign: str) -> None:
    spaced = sign if sign == "%" else f" {sign.strip()}"
    text = f"With {n}{spaced} of the vote counted, the Greens led with 41.2 percent."
    c = fig("a.txt", text, "41.2 percent", 41.2, **SHARE)  # type: ignore[arg-type]
    assert count_stage(c) == (str(n),)


# ------------------------------------------------------------------ a further move

MOVE = {
    "unit": "percent",
    "kind": "percent",
    "metric": "share-price change",
    "half": 0.5,
    "role": "change",
}
WHOLE = "Holmfirth shares fell 30% on Thursday after the profit warning."


@pytest.mark.parametrize(
    "b_text",
    [
        "The stock was down another 12% in early trading on Thursday.",
        "By the afternoon Holmfirth had slipped a further 12% on Thursday.",
    ],
)
def test_a_further_move_is_not_the_whole_move(b_text: str) -> None:
    a = fig("a.txt", WHOLE, "30%", -30, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "12%", -12, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    findings = judge({"a.txt": WHOLE, "b.txt": b_text}, [a, b], "share-price change")
    assert not alarms(findings)
    assert "further move" in findings[0].message


def test_another_count_of_people_is_no_further_move() -> None:
    """ "Another 120 were hurt" counts others beside the dead: still the injured count."""
    a_text = "Three people died and another 120 were hurt when the stand gave way."
    b_text = "Medics said 98 people were hurt when the stand gave way."
    hurt = {"unit": "person", "kind": "count", "metric": "people injured"}
    a = fig("a.txt", a_text, "120", 120, **hurt)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "98", 98, **hurt)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "people injured"))
    assert f.kind == "value_mismatch"


def test_two_whole_moves_of_one_day_still_conflict() -> None:
    b_text = "The stock was down 12% in trading on Thursday."
    a = fig("a.txt", WHOLE, "30%", -30, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "12%", -12, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": WHOLE, "b.txt": b_text}, [a, b], "share-price change"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a running count

HURT = {"unit": "person", "kind": "count", "metric": "people injured"}
LOWER = "Medics said 98 people were hurt when the stand gave way."


@pytest.mark.parametrize(
    ("a_text", "written", "qualifier"),
    [
        # a bound its sentence calls running (a bound alone: tests/test_running_bound_days.py)
        ("The collapse has left at least 120 people injured so far.", "120", "at_least"),
        ("So far 120 people have been treated for injuries, the mayor said.", "120", None),
    ],
)
def test_a_running_count_above_another_tally_is_a_timeline(
    a_text: str, written: str, qualifier: str | None
) -> None:
    half = None if qualifier else 0.5
    a = fig("a.txt", a_text, written, 120, qualifier=qualifier, half=half, **HURT)  # type: ignore[arg-type]
    b = fig("b.txt", LOWER, "98", 98, **HURT)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": LOWER}, [a, b], "people injured")
    assert not alarms(findings)
    assert "running count" in findings[0].message


def test_a_running_count_of_the_same_update_still_conflicts() -> None:
    """The two sentences share another figure (4 dead): one update, two injured counts."""
    a_text = "The collapse killed 4 people and left at least 120 injured."
    b_text = "The collapse killed 4 people and left 98 injured."
    dead = {"unit": "person", "kind": "count", "metric": "death toll"}
    a = fig("a.txt", a_text, "120", 120, qualifier="at_least", half=None, **HURT)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "98", 98, **HURT)  # type: ignore[arg-type]
    ad = fig("a.txt", a_text, "4 people", 4, **dead)  # type: ignore[arg-type]
    bd = fig("b.txt", b_text, "4 people", 4, **dead)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b, ad, bd], "people injured"))
    assert f.kind == "value_mismatch"


def test_two_plain_tallies_still_conflict() -> None:
    a_text = "The collapse left 120 people injured, the mayor said."
    a = fig("a.txt", a_text, "120", 120, **HURT)  # type: ignore[arg-type]
    b = fig("b.txt", LOWER, "98", 98, **HURT)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": LOWER}, [a, b], "people injured"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ extended hours

DAY = "Holmfirth shares fell 9% on Thursday after the profit warning."


@pytest.mark.parametrize(
    "b_text",
    [
        "Holmfirth was down 14% in premarket trading on Thursday.",
        "After hours on Thursday it had lost 14% of its value.",
    ],
)
def test_a_move_outside_the_regular_session_is_not_the_session_move(b_text: str) -> None:
    a = fig("a.txt", DAY, "9%", -9, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "14%", -14, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    findings = judge({"a.txt": DAY, "b.txt": b_text}, [a, b], "share-price change")
    assert not alarms(findings)
    assert "outside the regular session" in findings[0].message


def test_two_premarket_moves_still_conflict() -> None:
    a_text = "Holmfirth was down 9% in premarket trading on Thursday."
    b_text = "Holmfirth was down 14% in premarket trading on Thursday."
    a = fig("a.txt", a_text, "9%", -9, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "14%", -14, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "share-price change"))
    assert f.kind == "value_mismatch"


def test_premarket_words_far_from_the_figure_do_not_count() -> None:
    """The session word belongs to another figure of a long sentence."""
    b_text = (
        "Holmfirth, which had traded flat in premarket dealing for most of the week, closed "
        "down 14% on Thursday."
    )
    a = fig("a.txt", DAY, "9%", -9, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "14%", -14, when="weekday:Thursday", **MOVE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": DAY, "b.txt": b_text}, [a, b], "share-price change"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ an expectation

CARRIED = "Through October the carrier flew 29.4 million travellers."
TRAVEL = {"unit": "passenger", "kind": "count", "metric": "passengers", "half": 0.05e6}


@pytest.mark.parametrize(
    "b_text",
    [
        "Brokers expect the carrier to fly 36.2 million travellers in the year.",
        "The regulator had proposed a cap of 36.2 million travellers for the year.",
        # the word is the object of a verb whose "to" phrase holds the figure: its new value
        "The carrier has cut its forecast to 36.2 million travellers for the year.",
        # another figure closes a clause, but a relative clause carries the wish on
        "The carrier wants its fleet grown to 140 jets, which brokers say could fly 36.2 "
        "million travellers.",
    ],
)
def test_an_expected_figure_is_not_an_outcome(b_text: str) -> None:
    a = fig("a.txt", CARRIED, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    findings = judge({"a.txt": CARRIED, "b.txt": b_text}, [a, b], "passengers")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


@pytest.mark.parametrize(
    "b_text",
    [
        "Against a projected 52 million seats, the carrier flew 36.2 million travellers.",
        "Brokers had expected 31 million; the carrier flew 36.2 million travellers.",
    ],
)
def test_an_expectation_word_of_another_figure_does_not_make_this_one_expected(
    b_text: str,
) -> None:
    """Class: an expectation excuse on wording that does not say so: the word of expectation
    belongs to another figure that closes a clause before this one ("against a projected 52
    million seats, the carrier flew ..."), so an outcome was let pass as an expectation."""
    a = fig("a.txt", CARRIED, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": CARRIED, "b.txt": b_text}, [a, b], "passengers"))
    assert f.kind == "value_mismatch"


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (
            "Brokers expect the carrier to fly 29.4 million travellers in the year.",
            "The carrier's own forecast is for 36.2 million travellers in the year.",
        ),
        (CARRIED, "Through October the carrier flew 36.2 million travellers."),
        (  # the word of expectation far from the figure, still in its sentence
            "The brokers expected, in a survey published over the weekend by this paper, that "
            "the carrier would fly 29.4 million travellers.",
            "The carrier's own forecast is for 36.2 million travellers in the year.",
        ),
    ],
)
def test_two_expectations_or_two_outcomes_still_conflict(a_text: str, b_text: str) -> None:
    a = fig("a.txt", a_text, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "passengers"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ different people

AGE = {"unit": "year", "kind": "count", "metric": "age"}


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (
            "The turnout was poor, said returning officer Mabel Ostrow, 58.",
            "Queues formed early, said ward clerk Tomas Reyl, 44.",
        ),
        (
            "Among the founders is the engineer Priya Castellane, 58, who still runs the lab.",
            "The chairman, Olaf Brenning, 44, joined in the spring.",
        ),
    ],
)
def test_ages_beside_two_names_are_two_peoples(a_text: str, b_text: str) -> None:
    a = fig("a.txt", a_text, "58", 58, **AGE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "44", 44, **AGE)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "age")
    assert not alarms(findings)
    assert "different names" in findings[0].message


@pytest.mark.parametrize(
    "b_text",
    [
        "Queues formed early, said returning officer Mabel Ostrow, 44.",  # the same person
        "Queues formed early, said Mrs Ostrow, 44.",  # her surname alone
    ],
)
def test_ages_of_one_name_or_beside_no_name_still_conflict(b_text: str) -> None:
    a_text = "The turnout was poor, said returning officer Mabel Ostrow, 58."
    a = fig("a.txt", a_text, "58", 58, **AGE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "44", 44, **AGE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "age"))
    assert f.kind == "value_mismatch"


def test_a_name_is_read_on_the_figure_s_line_only() -> None:
    text = "Board of the Savings Council.\n\nGovernor Ana Lutz, 58, opened the meeting."
    c = fig("a.txt", text, "58", 58, **AGE)  # type: ignore[arg-type]
    ctx = Ctx(Settings(), {c.id: c}, {"a.txt": text}, set())
    assert named_owner(c, ctx) == "Governor Ana Lutz"


@pytest.mark.parametrize(
    "b_text",
    [
        "The fire covered 14,000 acres at dawn, according to the Brenn Forestry Office.",
        "The Brenn Forestry Office put the burned area at 14,000 acres at dawn.",
    ],
)
def test_a_running_total_attributed_to_two_bodies_is_still_one_figure(b_text: str) -> None:
    # an area burned (a running total) is quoted from one count, however outlets attribute it
    a_text = "By dawn the blaze had burned 9,200 acres, the Tarvel County Fire Service said."
    area = {"unit": "acre", "metric": "area burned"}
    a = fig("a.txt", a_text, "9,200 acres", 9200, half=50, **area)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "14,000 acres", 14000, half=500, **area)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "area burned"))
    assert f.kind == "value_mismatch"


@pytest.mark.parametrize(
    "b_text",
    [
        "The statistics office projects 36.2 million travellers for the year.",
        "On its projected path the carrier flies 36.2 million travellers in the year.",
    ],
)
def test_a_projected_figure_is_not_an_outcome(b_text: str) -> None:
    a = fig("a.txt", CARRIED, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    assert not alarms(judge({"a.txt": CARRIED, "b.txt": b_text}, [a, b], "passengers"))


def test_projects_as_a_noun_gives_no_expectation() -> None:
    b_text = "The two airport projects handled 36.2 million travellers in the year."
    a = fig("a.txt", CARRIED, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": CARRIED, "b.txt": b_text}, [a, b], "passengers"))
    assert f.kind == "value_mismatch"


@pytest.mark.parametrize(
    "b_text",
    [
        "I have wanted this since I was 9 years old, the champion said.",
        "When Ilse Varro was 9 years old she won her first junior title.",
    ],
)
def test_an_age_at_an_earlier_time_of_life_is_no_current_age(b_text: str) -> None:
    a_text = "The 27-year-old Ilse Varro lifted the trophy on Sunday."
    a = fig("a.txt", a_text, "27-year-old", 27, **AGE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "9 years old", 9, **AGE)  # type: ignore[arg-type]
    assert not alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "age"))


def test_a_current_age_still_conflicts() -> None:
    a_text = "The 27-year-old Ilse Varro lifted the trophy on Sunday."
    b_text = "Ilse Varro, who is 29 years old, lifted the trophy on Sunday."
    a = fig("a.txt", a_text, "27-year-old", 27, **AGE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "29 years old", 29, **AGE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "age"))
    assert f.kind == "value_mismatch"


TALLY = {"unit": "tally", "kind": "tally", "metric": "tally"}


@pytest.mark.parametrize(
    "a_text",
    [
        "Mira Kessel won the final 6-3, 7-6, 6-4 on Sunday.",
        "The council passed the budget 9-2 and the housing plan 7-4.",
    ],
)
def test_a_score_listed_with_others_is_one_of_several(a_text: str) -> None:
    b_text = "Mira Kessel won 6-2 in the end."
    listed = re.findall(r"\d-\d", a_text)
    mine = [fig("a.txt", a_text, t, int(t[0]), half=0.0, **TALLY) for t in listed]  # type: ignore[arg-type]
    a = next(c for c in mine if c.text in ("7-6", "7-4"))
    b = fig("b.txt", b_text, "6-2", 6, half=0.0, **TALLY)  # type: ignore[arg-type]
    docs = [Document(id=d, path=d, text=t) for d, t in (("a.txt", a_text), ("b.txt", b_text))]
    g = Group(id="g1", label="Kessel: tally", claims=[a.id, b.id], metric="tally")
    assert not alarms(compare_groups([g], [*mine, b], documents=docs))


def test_two_scores_given_alone_still_conflict() -> None:
    a_text = "Mira Kessel won the final 7-5 on Sunday."
    b_text = "Mira Kessel won the final 6-2 on Sunday."
    a = fig("a.txt", a_text, "7-5", 7, half=0.0, **TALLY)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "6-2", 6, half=0.0, **TALLY)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "tally"))
    assert f.kind == "value_mismatch"


PRICES = {"unit": "GBP", "kind": "money", "metric": "cost"}


@pytest.mark.parametrize(
    "a_text",
    [
        "Annual memberships range from £120 to £300 this year.",
        "Fees for the new term, ranging from £120 for juniors, were set on Friday.",
    ],
)
def test_the_low_end_of_a_range_is_no_earlier_value(a_text: str) -> None:
    # the range's low end against another source's earlier price still meets it as a
    # current figure against an earlier one: a note, not an alarm
    b_text = "Memberships cost £120, compared with £95 last year."
    a = fig("a.txt", a_text, "£120", 120, **PRICES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "£95", 95, **PRICES)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "cost")
    assert not alarms(findings)
    assert any("earlier value" in f.message for f in findings)


# ------------------------------------------------------------------ a count said to be running

ISSUED = {"unit": "ticket", "kind": "count", "metric": "fines issued"}
CARNIVAL_TOTAL = "Wardens issued 310 fines during the carnival, the council said."


@pytest.mark.parametrize(
    "a_text",
    [
        "Wardens have issued 140 fines so far, a council spokesman said at lunchtime.",
        "To date 140 fines have been handed out, the council said.",
    ],
)
def test_a_count_said_to_be_running_is_another_tally(a_text: str) -> None:
    """A metric no vocabulary calls evolving: the sentence's "so far" says the count runs."""
    a = fig("a.txt", a_text, "140", 140, **ISSUED)  # type: ignore[arg-type]
    b = fig("b.txt", CARNIVAL_TOTAL, "310", 310, **ISSUED)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": CARNIVAL_TOTAL}, [a, b], "fines issued")
    assert not alarms(findings)
    assert "running" in findings[0].message


def test_two_counts_neither_said_running_still_conflict() -> None:
    a_text = "Wardens issued 140 fines during the carnival, a council spokesman said."
    a = fig("a.txt", a_text, "140", 140, **ISSUED)  # type: ignore[arg-type]
    b = fig("b.txt", CARNIVAL_TOTAL, "310", 310, **ISSUED)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": CARNIVAL_TOTAL}, [a, b], "fines issued"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ part of a period

SEEN = {"unit": "patient", "kind": "count", "metric": "patients seen"}
SHOW_TOTAL = "First-aid crews saw 1,020 patients over the four days of the show."


@pytest.mark.parametrize(
    "b_text",
    [
        "First-aid crews have seen 415 patients today, organisers said.",
        "On Sunday alone, first-aid crews saw 415 patients.",
        "First-aid crews saw 415 patients on the opening day, organisers said.",
    ],
)
def test_a_days_count_is_part_of_the_whole_periods(b_text: str) -> None:
    a = fig("a.txt", SHOW_TOTAL, "1,020", 1020, **SEEN)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "415", 415, **SEEN)  # type: ignore[arg-type]
    findings = judge({"a.txt": SHOW_TOTAL, "b.txt": b_text}, [a, b], "patients seen")
    assert not alarms(findings)
    assert "whole period" in findings[0].message


def test_two_whole_period_counts_still_conflict() -> None:
    b_text = "In total, first-aid crews saw 415 patients at the show."
    a = fig("a.txt", SHOW_TOTAL, "1,020", 1020, **SEEN)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "415", 415, **SEEN)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": SHOW_TOTAL, "b.txt": b_text}, [a, b], "patients seen"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a peak and a reading

GUST = {"unit": "kilometer / hour", "kind": "physical", "metric": "wind speed"}
READING = "By nightfall the wind at the harbour was still blowing at 62 km/h."


@pytest.mark.parametrize(
    "a_text",
    [
        "Gusts hit 118 km/h at the harbour on Sunday afternoon.",
        "The wind peaked at 118 km/h at the harbour on Sunday.",
    ],
)
def test_a_lower_reading_is_not_set_against_the_peak(a_text: str) -> None:
    a = fig("a.txt", a_text, "118 km/h", 118, **GUST)  # type: ignore[arg-type]
    b = fig("b.txt", READING, "62 km/h", 62, **GUST)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": READING}, [a, b], "wind speed")
    assert not alarms(findings)
    assert "peak" in findings[0].message


def test_a_reading_above_the_peak_or_two_peaks_still_conflict() -> None:
    peak = "Gusts hit 58 km/h at the harbour on Sunday afternoon."
    a = fig("a.txt", peak, "58 km/h", 58, **GUST)  # type: ignore[arg-type]
    b = fig("b.txt", READING, "62 km/h", 62, **GUST)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": peak, "b.txt": READING}, [a, b], "wind speed"))
    assert f.kind == "value_mismatch"
    other_peak = "The wind peaked at 97 km/h at the harbour on Sunday."
    a = fig("a.txt", "Gusts hit 118 km/h.", "118 km/h", 118, **GUST)  # type: ignore[arg-type]
    c = fig("c.txt", other_peak, "97 km/h", 97, **GUST)  # type: ignore[arg-type]
    texts = {"a.txt": "Gusts hit 118 km/h.", "c.txt": other_peak}
    [f] = alarms(judge(texts, [a, c], "wind speed"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a time of day

TURNOUT = {"unit": "percent", "kind": "percent", "metric": "turnout"}
FINAL_TURNOUT = "Final turnout in the county was 67.5%, the returning officer said."


@pytest.mark.parametrize(
    "b_text",
    [
        "Turnout in the county stood at 41.2% by 16:00, officials said.",
        "As of 4pm, turnout in the county had reached 41.2%.",
    ],
)
def test_a_figure_as_of_a_time_of_day_is_a_stage_of_the_count(b_text: str) -> None:
    a = fig("a.txt", FINAL_TURNOUT, "67.5%", 67.5, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "41.2%", 41.2, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    findings = judge({"a.txt": FINAL_TURNOUT, "b.txt": b_text}, [a, b], "turnout")
    assert not alarms(findings)
    assert (
        "time of day" in findings[0].message
        or "16:00" in findings[0].message
        or "4pm" in (findings[0].message)
    )


def test_two_figures_of_one_time_of_day_or_an_event_s_clock_time_still_conflict() -> None:
    a_text = "Turnout in the county stood at 39.0% by 16:00, officials said."
    b_text = "Turnout in the county stood at 41.2% by 16:00, the council said."
    a = fig("a.txt", a_text, "39.0%", 39.0, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "41.2%", 41.2, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout"))
    assert f.kind == "value_mismatch"
    struck = "The landslide at 14:05 buried 23 homes in the valley."
    other = "The landslide buried 31 homes in the valley, the mayor said."
    homes = {"unit": "home", "kind": "count", "metric": "homes destroyed"}
    a = fig("a.txt", struck, "23 homes", 23, **homes)  # type: ignore[arg-type]
    b = fig("b.txt", other, "31 homes", 31, **homes)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": struck, "b.txt": other}, [a, b], "homes destroyed"))
    assert f.kind == "value_mismatch"


@pytest.mark.parametrize(
    ("a_text", "written", "value"),
    [
        ("The levy on a litre of diesel goes up by 1.20 krona from July.", "1.20 krona", 1.20),
        ("From July the charge rises by 2.15 dinars on each litre of diesel.", "2.15 dinars", 2.15),
    ],
)
def test_a_figure_whose_digits_read_like_a_clock_time_is_no_time_of_day(
    a_text: str, written: str, value: float
) -> None:
    """ "by 1.20 krona" is the size of a rise, not a figure given as of twenty past one: it still
    conflicts with another source's rise of one day."""
    b_text = "The levy on a litre of diesel will rise by 0.85 krona from July, the ministry said."
    money = {"unit": "SEK", "kind": "money", "metric": "levy change", "role": "change"}
    a = fig("a.txt", a_text, written, value, **money, half=0.005)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "0.85 krona", 0.85, **money, half=0.005)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "levy change"))
    assert f.kind == "value_mismatch"
    assert "time of day" not in f.message


# ------------------------------------------------------------------ an early stage of a count


@pytest.mark.parametrize(
    "b_text",
    [
        "Provisional figures put turnout in the district at 58.4%.",
        "Turnout in the district was 58.4% on a preliminary count, officials said.",
    ],
)
def test_a_provisional_figure_is_an_earlier_stage_than_a_plain_one(b_text: str) -> None:
    a_text = "Turnout in the district was 59.1%, the returning officer announced."
    a = fig("a.txt", a_text, "59.1%", 59.1, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "58.4%", 58.4, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout")
    assert not alarms(findings)
    assert "early" in findings[0].message


def test_control_two_provisional_figures_still_conflict() -> None:
    a_text = "Provisional figures put turnout in the district at 59.1%."
    b_text = "Turnout in the district was 58.4% on a provisional count, officials said."
    a = fig("a.txt", a_text, "59.1%", 59.1, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "58.4%", 58.4, **TURNOUT, half=0.05)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout"))
    assert f.kind == "value_mismatch"


CHANGE = {"unit": "percent", "kind": "percent", "metric": "share-price change", "role": "change"}


@pytest.mark.parametrize(
    "b_text",
    [
        "The shares jumped 44% on their debut after the initial public offering priced.",
        "The grocer closed up 44% on a first day the preliminary prospectus hinted at.",
    ],
)
def test_a_market_move_is_no_early_stage_of_a_count(b_text: str) -> None:
    """Class: a stage excuse on wording that names no stage of a count: a market move whose
    sentence says "initial public offering" or "preliminary prospectus" was read as an early
    stage of a count and let pass against another source's move of the same session."""
    a_text = "Quillon shares rose 31% on their first day of trading."
    a = fig("a.txt", a_text, "31%", 31, **CHANGE, when="2026-03-05")  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "44%", 44, **CHANGE, when="2026-03-05")  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "share-price change"))
    assert f.kind == "value_mismatch"


def test_a_weaker_tremor_is_not_set_against_the_strongest_of_a_swarm() -> None:
    quake = {"unit": "magnitude", "kind": "number", "metric": "magnitude", "half": 0.05}
    a_text = "Seismologists logged 240 tremors overnight, the strongest of magnitude 5.2."
    b_text = "A magnitude 4.1 tremor shook the harbour town at dawn."
    a = fig("a.txt", a_text, "5.2", 5.2, **quake)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "4.1", 4.1, **quake)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "magnitude")
    assert not alarms(findings)
    c_text = "A magnitude 5.6 tremor shook the harbour town at dawn."
    c = fig("c.txt", c_text, "5.6", 5.6, **quake)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "c.txt": c_text}, [a, c], "magnitude"))
    assert f.kind == "value_mismatch"  # a tremor above the strongest still conflicts


# ------------------------------------------------------------------ part and whole

STATIONS = {"unit": "station", "kind": "count", "metric": "stations"}


@pytest.mark.parametrize(
    "a_text",
    [
        "Flooding shut nine of its 14 stations on Monday, the operator said.",
        "Nine of the 14 stations on the line were shut by flooding on Monday.",
    ],
)
def test_a_whole_is_not_set_against_a_part_counted_elsewhere(a_text: str) -> None:
    b_text = "Flooding shut nine stations on Monday, the operator said."
    a = fig("a.txt", a_text, "14 stations", 14, **STATIONS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "nine stations", 9, **STATIONS)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "stations")
    assert not alarms(findings)
    assert "whole" in findings[0].message


def test_control_two_plain_counts_of_stations_still_conflict() -> None:
    a_text = "Flooding shut 14 stations on Monday, the operator said."
    b_text = "Flooding shut nine stations on Monday, the operator said."
    a = fig("a.txt", a_text, "14 stations", 14, **STATIONS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "nine stations", 9, **STATIONS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "stations"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ debt included

DEAL = {"unit": "GBP", "kind": "money", "metric": "takeover offer price", "half": 0.05e9}


@pytest.mark.parametrize(
    "b_text",
    [
        "Including net debt of £300m, the bid values Wexley Foods at £1.5bn.",
        "Once Wexley's borrowings of £300m are included, the deal is worth £1.5bn.",
        "Counting the grocer's borrowings, the bid values Wexley Foods at £1.5bn.",
    ],
)
def test_a_value_with_debt_included_is_not_the_offer_for_the_shares(b_text: str) -> None:
    a_text = "Tolland Group has offered £1.2bn for Wexley Foods."
    a = fig("a.txt", a_text, "£1.2bn", 1.2e9, **DEAL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "£1.5bn", 1.5e9, **DEAL)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "takeover offer price")
    assert not alarms(findings)
    assert "debt" in findings[0].message


def test_control_two_offers_for_the_shares_still_conflict() -> None:
    a_text = "Tolland Group has offered £1.2bn for Wexley Foods."
    b_text = "Tolland Group's bid values Wexley Foods at £1.5bn."
    a = fig("a.txt", a_text, "£1.2bn", 1.2e9, **DEAL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "£1.5bn", 1.5e9, **DEAL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "takeover offer price"))
    assert f.kind == "value_mismatch"


def test_the_sentence_before_a_count_can_give_its_period() -> None:
    a_text = "First-aid crews saw 1,020 patients over the four days. Sixty went to hospital."
    b_text = "First-aid crews saw 415 patients today. Twenty-two went to hospital."
    hosp = {"unit": "patient", "kind": "count", "metric": "patients hospitalised"}
    a = fig("a.txt", a_text, "Sixty", 60, **hosp)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "Twenty-two", 22, **hosp)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "patients hospitalised")
    assert not alarms(findings)
    assert "whole period" in findings[0].message


def test_a_part_is_not_set_against_a_count_of_the_whole() -> None:
    shots = {"unit": "shot", "kind": "count", "metric": "shots"}
    a_text = "Dunmere had 17 shots in the second half."
    b_text = "Only six of their shots troubled the keeper."
    a = fig("a.txt", a_text, "17 shots", 17, **shots)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "six", 6, **shots)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "shots")
    assert not alarms(findings)
    assert "part" in findings[0].message


def test_control_two_sources_debt_figures_still_conflict() -> None:
    debt = {"unit": "GBP", "kind": "money", "metric": "debt", "half": 0.5e6}
    a_text = "Including net debt of £300m, the bid values Wexley Foods at £1.5bn."
    b_text = "Wexley Foods carries net debt of £380m, its accounts show."
    a = fig("a.txt", a_text, "£300m", 300e6, **debt)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "£380m", 380e6, **debt)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "debt"))
    assert f.kind == "value_mismatch"


def test_a_bare_number_said_to_be_running_is_another_tally() -> None:
    """A number written without its noun ("has struck 41,000 so far this year": the noun is
    the verb's) is said running as a count is."""
    bare = {"unit": "", "kind": "number", "metric": "coins struck"}
    a_text = "The Velmor mint has struck 41,000 so far this year, its director said."
    b_text = "The Velmor mint struck 18,000 commemorative coins in the quarter."
    a = fig("a.txt", a_text, "41,000", 41000, **bare)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "18,000", 18000, **bare)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "coins struck")
    assert not alarms(findings)
    assert "running" in findings[0].message
    c_text = "The Velmor mint struck 41,000 commemorative coins in the quarter."  # control
    c = fig("c.txt", c_text, "41,000", 41000, **bare)  # type: ignore[arg-type]
    [f] = alarms(judge({"c.txt": c_text, "b.txt": b_text}, [c, b], "coins struck"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ an addition
# Class: a count written as an addition ("could add another five stops", "will hire a further
# 30 drivers") read as the whole count another source gives. The count a verb adds is an
# addition; "another 120 were hurt" (the subject) stays its own count (see
# test_another_count_of_people_is_no_further_move).

STOPS = {"unit": "stop", "kind": "count", "metric": "stops", "half": 0.5}
NETWORK = "The Quorra tram network has 22 stops across the old town."


@pytest.mark.parametrize(
    ("b_text", "written", "value"),
    [
        ("A spur to the harbour, still unfunded, could add another five stops.", "five", 5),
        ("The transit board will open an extra 7 stops on the eastern loop.", "7", 7),
        ("Planners hope to build a further 9 stops by the end of the decade.", "9", 9),
    ],
)
def test_a_count_a_verb_adds_is_no_whole_count(b_text: str, written: str, value: int) -> None:
    a = fig("a.txt", NETWORK, "22", 22, **STOPS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, written, value, **STOPS)  # type: ignore[arg-type]
    findings = judge({"a.txt": NETWORK, "b.txt": b_text}, [a, b], "stops")
    assert not alarms(findings)
    assert "an addition" in findings[0].message


def test_control_two_whole_counts_of_stops_still_conflict() -> None:
    b_text = "Trams on the Quorra network call at 27 stops across the old town."
    a = fig("a.txt", NETWORK, "22", 22, **STOPS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "27", 27, **STOPS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": NETWORK, "b.txt": b_text}, [a, b], "stops"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a requirement
# Class: what an outcome would need to reach ("it needs to fly 36.2 million to meet its goal")
# read as an outcome. Control: "need" as a noun, or elsewhere, is no requirement.


def test_a_required_figure_is_not_an_outcome() -> None:
    b_text = "To meet its goal the carrier still needs to fly 36.2 million travellers this year."
    a = fig("a.txt", CARRIED, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    findings = judge({"a.txt": CARRIED, "b.txt": b_text}, [a, b], "passengers")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


def test_control_need_as_a_noun_makes_no_requirement() -> None:
    b_text = "Despite the need for new jets, the carrier flew 36.2 million travellers."
    a = fig("a.txt", CARRIED, "29.4 million", 29.4e6, **TRAVEL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "36.2 million", 36.2e6, **TRAVEL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": CARRIED, "b.txt": b_text}, [a, b], "passengers"))
    assert f.kind == "value_mismatch"


# Class: a word of expectation that is no part of the figure's phrase ("trimmed its forecast
# after a nine-day stoppage": the forecast is what was trimmed; the stoppage happened) excused
# an outcome as an expectation. Control: the word over the figure still makes it expected.

HALT = {"unit": "day", "kind": "count", "metric": "stoppage duration"}
HALTED = "Output at the Brisvane pit fell after a six-day stoppage, the operator said."


@pytest.mark.parametrize(
    ("b_text", "expected"),
    [
        ("The operator trimmed its annual forecast after a nine-day stoppage at Brisvane.", False),
        ("Engineers expect a nine-day stoppage at the Brisvane pit next month.", True),
    ],
)
def test_a_word_of_expectation_counts_only_over_the_figure(b_text: str, expected: bool) -> None:
    a = fig("a.txt", HALTED, "six-day", 6, **HALT)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "nine-day", 9, **HALT)  # type: ignore[arg-type]
    findings = judge({"a.txt": HALTED, "b.txt": b_text}, [a, b], "stoppage duration")
    if expected:
        assert not alarms(findings)
        assert "an expectation, a forecast" in findings[0].message
    else:
        [f] = alarms(findings)
        assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ bases of a change
# Class: a quarter-on-quarter move weighed against a year-on-year one ("12.8% quarter-on-
# quarter" / "up 34% on the same quarter of last year"). Control: two moves on one
# stated base, or one with no stated base, still conflict.

GROWTH = {"unit": "percent", "kind": "percent", "metric": "sales change", "role": "change"}
YEARLY = "Tamsett's orders climbed 31% on the same quarter of last year, the firm said."


@pytest.mark.parametrize(
    "b_text",
    [
        "Orders at Tamsett were up 11.5% quarter-on-quarter, the company said.",
        "Orders at Tamsett climbed 11.5% from the previous three months.",
    ],
)
def test_moves_on_different_bases_are_two_quantities(b_text: str) -> None:
    a = fig("a.txt", YEARLY, "31%", 31, **GROWTH)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "11.5%", 11.5, **GROWTH)  # type: ignore[arg-type]
    findings = judge({"a.txt": YEARLY, "b.txt": b_text}, [a, b], "sales change")
    assert not alarms(findings)
    assert "previous quarter" in findings[0].message


@pytest.mark.parametrize(
    "b_text",
    [
        "Orders at Tamsett were up 11.5% year-on-year, the company said.",
        "Orders at Tamsett were up 11.5% in the third quarter.",  # no stated base
        # the next figure's base is not this one's
        "Orders at Tamsett rose 11.5% (+4% q/q) in the quarter.",
    ],
)
def test_control_moves_on_one_base_or_none_still_conflict(b_text: str) -> None:
    a = fig("a.txt", YEARLY, "31%", 31, **GROWTH)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "11.5%", 11.5, **GROWTH)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": YEARLY, "b.txt": b_text}, [a, b], "sales change"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ people the clause is about
# Class: counts said of two different people, each the subject of the figure's clause ("Ann
# Roe was convicted on two counts" / "Ben Ode was jailed after his conviction on three
# counts"), weighed as one count. Controls: one person named both times; a figure that is
# itself the subject, whose name beside it is the reporter's.

COUNTS = {"unit": "count", "kind": "count", "metric": "counts", "half": 0.5}
ROE = "His deputy, Annika Roe, was convicted on two counts of theft on Friday."


@pytest.mark.parametrize(
    "b_text",
    [
        "Bertram Odell was jailed for nine years after his conviction on three counts of theft.",
        "The jury found Bertram Odell guilty, and Odell was convicted on three counts of theft.",
    ],
)
def test_counts_said_of_two_people_are_two_counts(b_text: str) -> None:
    a = fig("a.txt", ROE, "two counts", 2, **COUNTS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "three counts", 3, **COUNTS)  # type: ignore[arg-type]
    findings = judge({"a.txt": ROE, "b.txt": b_text}, [a, b], "counts")
    assert not alarms(findings)
    assert "different people" in findings[0].message


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (ROE, "Annika Roe was jailed for two years after her conviction on three counts."),
        (
            "Two people were killed in the crash, said Harald Stoyle of the fire service.",
            "Three people were killed in the crash, said Mirela Quast of the police.",
        ),
    ],
)
def test_control_one_person_or_a_reporter_still_conflicts(a_text: str, b_text: str) -> None:
    wa = "two counts" if "two counts" in a_text else "Two people"
    wb = "three counts" if "three counts" in b_text else "Three people"
    a = fig("a.txt", a_text, wa, 2, **COUNTS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, wb, 3, **COUNTS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "counts"))
    assert f.kind == "value_mismatch"
