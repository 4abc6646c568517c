"""What a span of time is the length of, read from the parse (class "one span, one name"):
a thing out of service is in one state however a writer puts it ("went dark", "offline",
"unavailable", "nine days offline"), so its time is the outage's length, as "the outage
lasted" names it. A participle of lasting ("a recount lasting six hours") and a common noun
the tagger takes for a date ("the season ran for") name what lasts, as a verb of lasting
with a subject does, and so does a list item's label ("- Season length: 124 days"). A span so
named is one length, not an evolving count. A span set before or after an event ("six hours
before the breach") is the time before or after it; a span spent in a place ("were inside for
14 minutes") is the time there. Sentences written afresh, names invented."""

from __future__ import annotations

import datetime as dt

import pytest
from reported import alarms, claims_of, metric_of

from reconcile.claims.group import group_claims
from reconcile.compare.rules import evolving


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Kelvane ticket website went dark for 11 hours on Friday.", "11 hours"),
        ("Brossel's payroll portal was unavailable for three days last month.", "three days"),
        ("The tram signalling came back after 40 hours offline, the operator said.", "40 hours"),
        ("Phone lines at Ardeth council stayed offline for nine days.", "nine days"),
    ],
)
def test_a_span_out_of_service_is_the_outage(text: str, surface: str) -> None:
    assert metric_of(text, surface) == "outage duration"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The intruders remained undetected inside Corvel's network for 40 days.",
            "40 days",
            "undetected duration",
        ),
        (
            "Officials in Tresk blamed a recount lasting six hours for the late result.",
            "six hours",
            "recount duration",
        ),
        (
            "The ski season ran for 131 days, from early December.",
            "131 days",
            "ski season duration",
        ),
    ],
)
def test_what_lasts_by_a_participle_or_a_date_read_noun(
    text: str, surface: str, metric: str
) -> None:
    """Controls and class together: a state that is no outage keeps its own word; the noun a
    participle of lasting modifies, and a noun the tagger reads as a date, last."""
    assert metric_of(text, surface) == metric


def test_control_a_name_that_lasts_is_no_noun() -> None:
    """A name as the subject of a verb of lasting says nothing of what lasted."""
    assert (
        metric_of("Dravetti lasted 40 minutes before the referee stopped it.", "40 minutes")
        == "duration"
    )


def test_two_wordings_of_one_outage_meet() -> None:
    """End to end: "the outage lasted" and "went dark for" give one group; the time a state
    that is no outage lasted stays out of it."""
    a = claims_of("a.txt", "The outage at Kelvane's booking system lasted about 12 hours.")
    b = claims_of(
        "b.txt",
        "Kelvane's booking system went dark for more than 15 hours. The flaw had remained "
        "undetected for 20 hours before that.",
    )
    ids = {c.text: c.id for c in [*a, *b]}
    groups = group_claims([*a, *b])
    shared = [g for g in groups if ids["12 hours"] in g.claims]
    assert shared and ids["15 hours"] in shared[0].claims
    assert ids["20 hours"] not in shared[0].claims


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Fact box:\n\n- Festival length: 12 days\n- Stages: 4\n", "12 days", "festival duration"),
        ("Key figures:\n\n- Refit period: 27 months\n", "27 months", "refit duration"),
        ("Key figures:\n\n- Bridge closure: five weeks\n", "five weeks", "bridge closure duration"),
        # control: a label that only says "duration" names nothing that lasts
        ("Key figures:\n\n- Duration: 9 hours\n", "9 hours", "duration"),
    ],
)
def test_a_list_label_names_what_a_span_lasts(text: str, surface: str, metric: str) -> None:
    """A list item's label before a span says what lasted, as a sentence's subject of a verb
    of lasting does; the words for a span or a length ("period", "length") are dropped."""
    assert metric_of(text, surface) == metric


def test_a_labelled_span_meets_the_sentence_that_tells_it() -> None:
    a = claims_of("a.txt", "The Tarrow festival ran for 12 days this summer.")
    b = claims_of("b.txt", "The Tarrow festival in brief:\n\n- Festival length: 10 days\n")
    ids = {c.text: c.id for c in [*a, *b]}
    groups = group_claims([*a, *b])
    assert any(ids["12 days"] in g.claims and ids["10 days"] in g.claims for g in groups)


def test_an_outage_length_is_no_running_count() -> None:
    """A span of an outage is one length, told once whichever day tells it: not an evolving
    count ([time_sensitive] evolving "outage"), which a dated and an undated figure never
    weigh; counts of what an outage reaches stay evolving."""
    assert not evolving("outage duration")
    assert evolving("outages") and evolving("customers without power")


def test_a_dated_and_an_undated_outage_length_disagree() -> None:
    found = alarms(
        "Brossel's payroll portal came back on 9 March 2026 after six days offline.",
        "Brossel's payroll portal stayed dark for 15 days before it was restored.",
        day=dt.date(2026, 3, 11),
    )
    assert any("outage duration" in m for m in found), found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The harbour master raised the alarm nearly three hours before the collapse.",
            "three hours",
            "before collapse duration",
        ),
        (
            "Ferry sailings resumed 52 hours after the landslide.",
            "52 hours",
            "after landslide duration",
        ),
        (
            "Sirens sounded two hours and 15 minutes before the surge, the council said.",
            "two hours and 15 minutes",
            "before surge duration",
        ),
        # control: a span "after" which something ended is the length of what ended
        ("The Morrow dock strike ended after nine days.", "nine days", "dock strike duration"),
    ],
)
def test_a_span_before_or_after_an_event(text: str, surface: str, metric: str) -> None:
    """A span set before or after an event by a preposition right after it is the time
    before or after that event, named by it (as a spell without rain is named by the rain),
    not a plain duration, which is never compared."""
    assert metric_of(text, surface) == metric


def test_two_lead_times_before_one_event_disagree() -> None:
    found = alarms(
        "Engineers warned the town almost three hours before the collapse.",
        "The Tressel engineers warned the town more than four hours before the collapse.",
    )
    assert any("before collapse duration" in m for m in found), found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The stranded crew spent 19 hours aboard before a tug arrived.",
            "19 hours",
            "aboard duration",
        ),
        (
            "Two cavers were inside for 19 hours before rescuers reached them.",
            "19 hours",
            "inside duration",
        ),
        ("Inspectors spent 45 minutes inside the reactor hall.", "45 minutes", "inside duration"),
        (
            "Investigators say the 40 minutes they spent inside were well rehearsed.",
            "40 minutes",
            "inside duration",
        ),
        # control: a place by its name is no word of place; the span stays unnamed
        ("The delegates were in Geneva for 12 days.", "12 days", "duration"),
    ],
)
def test_a_span_spent_in_a_place(text: str, surface: str, metric: str) -> None:
    """A span spent somewhere ("were inside for", "spent ... inside") is the time there, named
    by the word of place, whatever verb spends it."""
    assert metric_of(text, surface) == metric


def test_two_times_inside_disagree() -> None:
    found = alarms(
        "The robbers were inside the Halden depot for nine minutes.",
        "The robbers spent more than 15 minutes inside the Halden depot.",
    )
    assert any("inside duration" in m for m in found), found


def test_a_span_taken_off_something_lasts_nothing() -> None:
    """ "taking 0.3 seconds off the old record" takes a margin away: the clause's subject does
    not last it (as it would "taking 0.3 seconds" alone)."""
    text = "The relay was the highlight, taking 0.3 seconds off the old record."
    assert metric_of(text, "0.3 seconds") == "duration"
