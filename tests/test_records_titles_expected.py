"""False alarms of figures of another thing named in their sentence, or of another stage (issue
11's precision), each class with fresh sentences and a control that must still conflict:

- the record a verb of beating has as object, or a record called old or previous ("set to break
  the alpine speed record of 430.5 km/h", "the old record of 37.6C"), is an earlier value: it does
  not meet the new record, while two sources' old records still meet;
- a figure counting the subject of a passive verb of expecting ("120 ships were expected to
  pass") is an expectation, not what happened;
- "in a count based on 99.9 percent of votes" is a stage of the count;
- the figure of a subject called previous ("The maker's previous handset had a 4,600mAh
  battery") is an earlier value;
- a figure in brackets right after a quoted title (“Brassmere” ($120 million)) is that work's,
  unless the other figure's sentence names the title too.
"""

from __future__ import annotations

from tests.test_scope import alarms, fig, judge

SPEED = {"unit": "kilometer per hour", "kind": "physical", "metric": "speed record"}
HEAT = {"unit": "degree_Celsius", "kind": "physical", "metric": "temperature record"}
SHIPS = {"unit": "ship", "kind": "count", "metric": "ships"}
SHARE = {"unit": "percent", "kind": "percent", "metric": "vote share", "half": 0.005}
BUDGET = {"unit": "USD", "kind": "money", "metric": "budget", "half": 500_000}

# ------------------------------------------------------------------ a record beaten

TO_BREAK = "The sled team is set to break the alpine speed record of 430.5 km/h on Friday."
NEW = "Timekeepers confirmed a fresh alpine speed record of 471.2 km/h after the descent."
ALSO_NEW = "The descent set an alpine speed record of 430.5 km/h, timekeepers said."


def test_the_record_a_verb_of_beating_takes_is_the_earlier_one() -> None:
    a = fig("a.txt", TO_BREAK, "430.5 km/h", 430.5, half=0.05, **SPEED)  # type: ignore[arg-type]
    b = fig("b.txt", NEW, "471.2 km/h", 471.2, half=0.05, **SPEED)  # type: ignore[arg-type]
    findings = judge({"a.txt": TO_BREAK, "b.txt": NEW}, [a, b], "speed record")
    assert not alarms(findings)
    assert "earlier value" in findings[0].message


def test_control_two_new_records_still_conflict() -> None:
    a = fig("a.txt", ALSO_NEW, "430.5 km/h", 430.5, half=0.05, **SPEED)  # type: ignore[arg-type]
    b = fig("b.txt", NEW, "471.2 km/h", 471.2, half=0.05, **SPEED)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": ALSO_NEW, "b.txt": NEW}, [a, b], "speed record"))


BEAT = "The reading beat the previous regional record of 38.1C logged at a hill station in 2019."
OLD = "The old record of 37.6C, logged at that same hill station in 2019, has fallen."


def test_control_two_sources_old_records_still_conflict() -> None:
    a = fig("a.txt", BEAT, "38.1C", 38.1, half=0.05, **HEAT)  # type: ignore[arg-type]
    b = fig("b.txt", OLD, "37.6C", 37.6, half=0.05, **HEAT)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": BEAT, "b.txt": OLD}, [a, b], "temperature record"))


# ------------------------------------------------------------------ what is expected

EXPECTED = "Officials said 120 ships were expected to pass through the strait by Tuesday."
PASSED = "Officials said 120 ships passed through the strait by Tuesday."
QUEUE = "A line of about 380 ships was waiting on either side of the strait."


def test_a_count_of_the_subject_of_a_passive_of_expecting_is_an_expectation() -> None:
    a = fig("a.txt", EXPECTED, "120 ships", 120, **SHIPS)  # type: ignore[arg-type]
    b = fig("b.txt", QUEUE, "380 ships", 380, half=19, qualifier="about", **SHIPS)  # type: ignore[arg-type]
    findings = judge({"a.txt": EXPECTED, "b.txt": QUEUE}, [a, b], "ships")
    assert not alarms(findings)
    assert "an expectation" in findings[0].message


def test_control_the_same_count_of_what_happened_still_conflicts() -> None:
    a = fig("a.txt", PASSED, "120 ships", 120, **SHIPS)  # type: ignore[arg-type]
    b = fig("b.txt", QUEUE, "380 ships", 380, half=19, qualifier="about", **SHIPS)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": PASSED, "b.txt": QUEUE}, [a, b], "ships"))


# ------------------------------------------------------------------ a stage of the count

STAGED = (
    "The Leave camp took 52.40 percent, officials announced in a count based on 99.9 percent "
    "of votes."
)
UNSTAGED = "The Leave camp took 52.40 percent, officials announced on Monday."
OFFICIAL = "The electoral board said the Yes side won 52.61 percent of the vote."


def test_a_count_based_on_part_of_the_ballots_is_a_stage() -> None:
    a = fig("a.txt", STAGED, "52.40 percent", 52.4, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", OFFICIAL, "52.61 percent", 52.61, **SHARE)  # type: ignore[arg-type]
    assert not alarms(judge({"a.txt": STAGED, "b.txt": OFFICIAL}, [a, b], "vote share"))


def test_control_without_the_stage_the_shares_still_conflict() -> None:
    a = fig("a.txt", UNSTAGED, "52.40 percent", 52.4, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", OFFICIAL, "52.61 percent", 52.61, **SHARE)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": UNSTAGED, "b.txt": OFFICIAL}, [a, b], "vote share"))


# ------------------------------------------------------------------ a quoted title

LISTED = "Blockbusters such as “Brassmere” ($120 million) cost more than the whole probe."
PROBE = "The orbiter had a budget of $112.5 million, the agency said."
FILM = "“Brassmere” had a budget of $112.5 million, its studio said."


def test_a_figure_bracketed_after_a_quoted_title_is_the_work_s() -> None:
    a = fig("a.txt", LISTED, "$120 million", 120e6, **BUDGET)  # type: ignore[arg-type]
    b = fig("b.txt", PROBE, "$112.5 million", 112.5e6, **{**BUDGET, "half": 50_000})  # type: ignore[arg-type]
    findings = judge({"a.txt": LISTED, "b.txt": PROBE}, [a, b], "budget")
    assert not alarms(findings)
    assert "Brassmere" in findings[0].message


def test_control_a_figure_of_the_same_titled_work_still_conflicts() -> None:
    a = fig("a.txt", LISTED, "$120 million", 120e6, **BUDGET)  # type: ignore[arg-type]
    b = fig("b.txt", FILM, "$112.5 million", 112.5e6, **{**BUDGET, "half": 50_000})  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": LISTED, "b.txt": FILM}, [a, b], "budget"))


# ------------------------------------------------------------------ time since the event

INJURED = {"unit": "person", "kind": "count", "metric": "people injured"}
HOURS_AFTER = (
    "Three hours after the capsizing, the coastguard said 210 people had been brought ashore, "
    "including 11 injured."
)
NO_STAGE = "The coastguard said 210 people had been brought ashore, including 11 injured."
IN_PHRASE = "Three hours after the 11 injured were brought ashore, the ward was full."
COUNT = "Twelve people were injured in the capsizing, officials said."


def test_a_sentence_opening_with_the_time_since_the_event_stages_its_counts() -> None:
    a = fig("a.txt", HOURS_AFTER, "11 injured", 11, **INJURED)  # type: ignore[arg-type]
    b = fig("b.txt", COUNT, "Twelve people", 12, **INJURED)  # type: ignore[arg-type]
    findings = judge({"a.txt": HOURS_AFTER, "b.txt": COUNT}, [a, b], "people injured")
    assert not alarms(findings)
    assert "three hours after the" in findings[0].message


def test_control_without_the_time_or_with_the_figure_inside_it_the_counts_conflict() -> None:
    for text in (NO_STAGE, IN_PHRASE):
        a = fig("a.txt", text, "11 injured", 11, **INJURED)  # type: ignore[arg-type]
        b = fig("b.txt", COUNT, "Twelve people", 12, **INJURED)  # type: ignore[arg-type]
        assert alarms(judge({"a.txt": text, "b.txt": COUNT}, [a, b], "people injured")), text


# ------------------------------------------------------------------ before and after tax

PAY = {"unit": "EUR", "kind": "money", "metric": "wages", "half": 500_000}
NET = "Her four-year deal is said to net her a yearly wage of €28m."
GROSS = "Her pay reaches 41m euros per year before tax, a newspaper reported."
PLAIN_PAY = "Her four-year deal is said to pay her a yearly wage of €28m."


def test_an_amount_after_tax_and_one_before_it_are_two_amounts() -> None:
    a = fig("a.txt", NET, "€28m", 28e6, **PAY)  # type: ignore[arg-type]
    b = fig("b.txt", GROSS, "41m euros", 41e6, **PAY)  # type: ignore[arg-type]
    findings = judge({"a.txt": NET, "b.txt": GROSS}, [a, b], "wages")
    assert not alarms(findings)
    assert "before tax" in findings[0].message


def test_control_an_amount_that_states_no_basis_still_conflicts() -> None:
    a = fig("a.txt", PLAIN_PAY, "€28m", 28e6, **PAY)  # type: ignore[arg-type]
    b = fig("b.txt", GROSS, "41m euros", 41e6, **PAY)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": PLAIN_PAY, "b.txt": GROSS}, [a, b], "wages"))


# ------------------------------------------------------------------ the thing before

CELL = {"unit": "milliampere_hour", "kind": "physical", "metric": "battery"}
PREVIOUS = "The maker's previous handset, the Zanthe 4, had a 4,600mAh battery and weighed 231g."
CURRENT = "The Zanthe 5 has a 6.5-inch screen and a 5,100 mAh battery, the maker said."
SAME_THING = "The maker's handset, the Zanthe 5, had a 4,600mAh battery in early tests."


def test_a_figure_of_a_subject_called_previous_is_an_earlier_value() -> None:
    a = fig("a.txt", PREVIOUS, "4,600mAh", 4600, **CELL)  # type: ignore[arg-type]
    b = fig("b.txt", CURRENT, "5,100 mAh", 5100, **CELL)  # type: ignore[arg-type]
    findings = judge({"a.txt": PREVIOUS, "b.txt": CURRENT}, [a, b], "battery")
    assert not alarms(findings)
    assert "earlier value" in findings[0].message


def test_control_the_same_subject_without_previous_still_conflicts() -> None:
    a = fig("a.txt", SAME_THING, "4,600mAh", 4600, **CELL)  # type: ignore[arg-type]
    b = fig("b.txt", CURRENT, "5,100 mAh", 5100, **CELL)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": SAME_THING, "b.txt": CURRENT}, [a, b], "battery"))
