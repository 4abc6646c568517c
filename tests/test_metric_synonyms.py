"""What a figure measures, named alike however a source words it (issue 11):

- class "two words for one thing": a metric's name built from a source's own words takes the
  one word metrics.toml [synonyms] gives for two words news writes for one thing ("a 72-hour
  walkout" and "a 48-hour strike" are strike durations; "900 positions" are jobs; "18 jets"
  are aircraft; "a four-year contract" is a deal's duration), so that two sources' figures meet
  in one group; words that name a kind of a thing or another thing keep their own name;
- class "a modifier that splits one quantity wrongly": a forecast cue that is a word of
  another phrase ("forecast gales", "cut its forecast after a closure") does not make an age or
  a duration a forecast; a cue the figure stands under ("forecast 4,000 jobs") still does, and
  an estimable metric keeps its cue as before;
- class "a metric from the wrong noun": a keyword before a figure's qualifier is as near the
  figure as without it ("to shed more than 2,700 jobs" is a job cut, as "to shed 2,700 jobs"
  is), so the counted noun's own name does not win for want of two words, and the "as" of
  "as many as" is no clause's edge; a count with no such keyword keeps its noun's metric.

Sentences are written afresh with invented names; each class has a control that must not
change.
"""

from __future__ import annotations

import pytest

from reconcile.claims.context import canonical_metric, extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("The 72-hour walkout at the Brenmouth docks began on Monday.", "72", "strike duration"),
        ("Harvel Group will remove 900 positions over two years.", "900", "jobs"),
        ("The air force ordered 18 jets from Corvell.", "18", "aircraft"),
        ("Lindqvist signed a four-year contract with Borstad on Friday.", "four", "deal duration"),
        ("Delegations from 61 nations attended the summit in Corvell.", "61", "countries"),
        ("The balloon climbed to an altitude of 38 km over Lake Vennor.", "38", "height"),
        ("Mount Ardelle rises to an elevation of 4,120 metres.", "4,120", "height"),
    ],
)
def test_a_second_word_for_one_thing_takes_the_first(text: str, digits: str, metric: str) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("Borstad hired 120 contractors last spring.", "120", "contractors"),
        ("The trainers ran 14 role-play sessions at Kelby.", "14", "sessions"),
        ("Lindqvist signed a four-year deal with Borstad on Friday.", "four", "deal duration"),
        ("The air force ordered 18 aircraft from Corvell.", "18", "aircraft"),
    ],
)
def test_control_other_words_keep_their_names(text: str, digits: str, metric: str) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


def test_canonical_metric_keeps_names_and_case() -> None:
    assert canonical_metric("walkouts") == "strikes"
    assert canonical_metric("deal value") == "deal value"
    assert canonical_metric("persons (walkout)") == "persons (strike)"
    assert canonical_metric("Jets") == "Jets"  # a name, not a word of the vocabulary


def test_two_words_for_one_strike_meet_in_one_group() -> None:
    a = _claims("a.txt", "A 36-hour walkout by Brenmouth dock workers ended on Tuesday.")
    b = _claims("b.txt", "The 48-hour strike by Brenmouth dock workers ended on Tuesday.")
    groups = [g for g in group_claims([*a, *b]) if len(g.claims) == 2]
    assert groups and groups[0].metric == "strike duration"


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        (
            "Despite gales forecast for Friday, the 34-year-old trawler left Kessel harbour.",
            "34",
            "age",
        ),
        (
            "Dunmore Mining lowered its copper forecast because of a four-day closure at its "
            "Reddick pit.",
            "four",
            "closure duration",
        ),
    ],
)
def test_a_forecast_cue_of_another_phrase_makes_no_forecast(
    text: str, digits: str, metric: str
) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("The ministry forecast 4,000 jobs at the Tarrow plant.", "4,000", "jobs (forecast)"),
        ("Dunmore raised its revenue forecast to $3.1 billion.", "3.1", "revenue (forecast)"),
    ],
)
def test_control_a_cue_the_figure_stands_under_stays(text: str, digits: str, metric: str) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("Norbeck Foods is to shed more than 2,700 jobs across Europe.", "2,700", "job cuts"),
        ("The Halden yard will axe no fewer than 880 jobs by March.", "880", "job cuts"),
        ("Kelby Motors will cut as many as 640 jobs in Tarrow.", "640", "job cuts"),
    ],
)
def test_a_qualifier_does_not_part_a_verb_from_its_figure(
    text: str, digits: str, metric: str
) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("Norbeck Foods employs more than 12,000 workers in Ostrava.", "12,000", "jobs"),
        ("Norbeck Foods, with about 41,000 staff, cut 900 jobs.", "41,000", "jobs"),
    ],
)
def test_control_a_qualified_count_without_the_verb_keeps_its_noun(
    text: str, digits: str, metric: str
) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


def _narrowing(text: str, figure: str, metric: str) -> tuple[str | None, frozenset[str]]:
    from reconcile.claims.parse import narrowing_of, parse_sentences

    doc = parse_sentences([text])[0]
    at = text.find(figure)
    found = narrowing_of(doc, at, at + len(figure), metric, False)
    assert found is not None
    return found.period, found.basis


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Ostry Foods said its pre-tax profit for the half-year slipped to £140m.",
            "£140m",
            "pre-tax profit",
        ),
        ("Ostry Foods said half-year revenue climbed to £2.1 billion.", "£2.1 billion", "revenue"),
        (
            "Ostry Foods made pre-tax profit of £150 million for the half.",
            "£150 million",
            "pre-tax profit",
        ),
    ],
)
def test_a_half_year_is_a_half_however_written(text: str, figure: str, metric: str) -> None:
    """Class "modifiers that make a different quantity": "for the half-year" narrows a figure
    to six months as "for the half" does (it read as no period, and split one quantity)."""
    assert _narrowing(text, figure, metric)[0] == "half"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Ostry Foods said annual revenue climbed to £2.1 billion.", "year"),
        ("Ostry Foods said revenue for the year climbed to £2.1 billion.", None),
    ],
)
def test_control_a_year_stays_a_year(text: str, period: str | None) -> None:
    assert _narrowing(text, "£2.1 billion", "revenue")[0] == period


def test_a_relative_clause_on_half_year_results_narrows_its_figure() -> None:
    """The noun a relative clause describes ("half-year results that showed ...") gives the
    period of the quantity the clause shows, and the verb's object the metric names gives
    its basis ("adjusted"), though the parse takes the figure for the verb's own."""
    text = (
        "Ostry Foods published half-year results that showed adjusted operating profit down "
        "to £140m from £160m."
    )
    assert _narrowing(text, "£140m", "operating profit") == ("half", frozenset({"adjusted"}))


def test_control_plain_results_narrow_nothing() -> None:
    text = "Ostry Foods published results that showed operating profit down to £140m from £160m."
    assert _narrowing(text, "£140m", "operating profit") == (None, frozenset())


def test_control_a_verbs_object_lends_only_its_basis() -> None:
    """The object's other modifiers ("benchmark lending") are no parts of the figure: a
    source that writes "rates" measures the same rate."""
    from reconcile.claims.parse import narrowing_of, parse_sentences

    text = "The Velm central bank lifted its benchmark lending rate by 50 basis points to 5.25%."
    doc = parse_sentences([text])[0]
    at = text.find("5.25%")
    found = narrowing_of(doc, at, at + len("5.25%"), "policy rate", False)
    assert found is not None
    assert (found.parts, found.kinds, found.basis) == (frozenset(), frozenset(), frozenset())


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        (
            "Intruders got into the Orvel systems in May and stayed undetected for 52 days.",
            "52",
            "undetected duration",
        ),
        ("The Brask mountain pass remained closed for 12 days.", "12", "closed duration"),
        ("They went unnoticed for 25 days at Orvel.", "25", "undetected duration"),
    ],
)
def test_a_duration_on_a_state_is_that_states(text: str, digits: str, metric: str) -> None:
    """A duration the parse hangs on an adjective a verb puts its subject in ("remained
    undetected for 52 days") is the state's time, as "were offline for nine days" is; and
    "unnoticed" is the same state as "undetected" (metrics.toml [synonyms])."""
    assert _one(_claims("t.txt", text), digits).metric == metric


def test_control_a_state_duration_keeps_other_states_apart() -> None:
    cs = _claims("t.txt", "The Orvel servers stayed offline for nine days.")
    assert _one(cs, "nine").metric == "outage duration"
