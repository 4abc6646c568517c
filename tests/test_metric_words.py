"""What a figure measures, named alike however a source words it (issue 11, class "two words
for one thing"), and never by a misread word (class "a metric from the wrong noun"):

- an act told by its verb in one source and by its noun in another is one act: "police
  arrested three men", "two suspects were arrested" and "31 arrests" all count arrests;
  "produced 84,000 ounces" is the output another source names (and an output analysts
  expected is an estimate);
- a share of the things a vocabulary metric counts is a share of that count, whichever of
  its nouns names them: "9% of its workforce" and "a fifth of its 2,100 staff" are shares
  of the jobs, as "2,100 staff" is a count of them;
- a count's own noun keeps its English plural ("14 men", not "mans"; "40 witnesses");
- a metric keyword that only modifies the noun a figure quantifies, a noun the vocabulary
  does not know, is no name for the figure (class "a metric from the wrong noun"): "net
  revenue retention stood at 118%" is no revenue, "a loss ratio of over 85%" no net income; known
  nouns keep it ("the jobless rate", "revenue guidance"); an amount of a few dollars is a
  price, not the capital spending a "plan" names;

Sentences are written afresh with invented names; each class has a control that must not
change.
"""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims, plural
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


def _group_of(claims: list[Claim]) -> dict[str, str]:
    return {cid: g.id for g in group_claims(claims) for cid in g.claims}


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Customs officers arrested four women at the Tarnby crossing on Friday.", "four"),
        ("Nine protesters were arrested outside the Velmont assembly.", "Nine"),
        ("Officers made 31 arrests during the Ostrava derby.", "31"),
        ("A total of 12 people were arrested after the Brask march.", "12"),
        ("Detectives in Harlow arrested two suspects at dawn on Monday.", "two"),
    ],
)
def test_a_count_of_arrests_is_arrests_whatever_noun_counts_it(text: str, digits: str) -> None:
    assert _one(_claims("t.txt", text), digits).metric == "arrests"


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("Police in Tarnby interviewed 40 witnesses on Friday.", "40", "witnesses"),
        ("Tarnby police questioned five men on Friday.", "five", "men"),
        # the visitors are not what was arrested: "with" ties them to "saw", not to the act
        ("With 90,000 visitors, the Kelby show saw few arrests.", "90,000", "visitors"),
    ],
)
def test_a_count_the_act_does_not_befall_keeps_its_own_name(
    text: str, digits: str, metric: str
) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


def test_arrests_told_by_two_nouns_are_one_quantity_and_people_questioned_another() -> None:
    a = _claims("a.txt", "Police in Tarnby arrested three men on Friday after the depot raid.")
    b = _claims("b.txt", "Tarnby police arrested five suspects on Friday after the depot raid.")
    c = _claims("c.txt", "Tarnby police questioned eight men on Friday after the depot raid.")
    group = _group_of([*a, *b, *c])
    men, suspects, questioned = _one(a, "three"), _one(b, "five"), _one(c, "eight")
    assert group[men.id] == group[suspects.id]
    assert group[questioned.id] != group[men.id]


def test_an_amount_produced_is_the_output_another_source_names() -> None:
    a = _claims("a.txt", "Harnby Metals produced 84,000 ounces in the quarter, it said.")
    b = _claims("b.txt", "Harnby Metals said gold output fell 4% to 80,500 ounces in the quarter.")
    c = _claims("c.txt", "Harnby Metals sold 61,000 ounces in the quarter, it said.")
    produced, output, sold = _one(a, "84,000"), _one(b, "80,500"), _one(c, "61,000")
    assert produced.metric == output.metric == "output"
    assert sold.metric != "output"
    group = _group_of([*a, *b, *c])
    assert group[produced.id] == group[output.id] != group[sold.id]


def test_a_count_of_things_produced_keeps_its_noun() -> None:
    claim = _one(_claims("t.txt", "The Harnby plant produced 12,000 tractors last year."), "12,000")
    assert claim.metric == "tractors"


def test_an_output_analysts_expected_is_an_estimate() -> None:
    claim = _one(
        _claims(
            "t.txt", "Gold output at Harnby Metals beat the consensus estimate of 82,000 ounces."
        ),
        "82,000",
    )
    assert claim.metric == "output (estimate)"


@pytest.mark.parametrize(
    ("noun", "many"),
    [
        ("man", "men"),
        ("woman", "women"),
        ("child", "children"),
        ("witness", "witnesses"),
        ("sheep", "sheep"),
        # controls: a listed regular plural stays, an abbreviation is no plural
        ("person", "persons"),
        ("minute", "minutes"),
        ("factory", "factories"),
        ("box", "boxes"),
    ],
)
def test_a_metric_name_takes_the_english_plural(noun: str, many: str) -> None:
    assert plural(noun) == many


def test_a_count_of_men_is_named_men() -> None:
    claim = _one(_claims("t.txt", "The Skelby lifeboat brought 14 men ashore on Sunday."), "14")
    assert claim.metric == "men"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Velko plans to cut 400 jobs, about 9% of its workforce.", "9%"),
        ("Velko will shed 400 roles, nearly a fifth of Velko's 2,100 staff.", "a fifth"),
        ("Velko is to lay off 12 per cent of its employees by June.", "12 per cent"),
    ],
)
def test_a_share_of_the_staff_is_a_share_of_the_jobs(text: str, digits: str) -> None:
    claim = _one(_claims("t.txt", text), digits)
    assert (claim.metric, claim.role) == ("jobs", "share")


def test_shares_of_staff_and_workforce_meet_and_a_share_of_homes_is_no_damage() -> None:
    a = _claims("a.txt", "Velko plans to cut 400 jobs, about 9% of its workforce.")
    b = _claims("b.txt", "Velko will shed 400 roles, nearly a fifth of Velko's 2,100 staff.")
    group = _group_of([*a, *b])
    assert group[_one(a, "9%").id] == group[_one(b, "a fifth").id]
    homes = _one(_claims("c.txt", "Some 40% of homes in Dorrin have solar panels."), "40%")
    assert homes.metric != "homes damaged"


@pytest.mark.parametrize(
    ("text", "digits", "wrong"),
    [
        ("Kelvo's net revenue retention stood at 118% last year.", "118%", "revenue"),
        ("Harlen insurers fear a loss ratio of over 85% this winter.", "85%", "net income"),
    ],
)
def test_a_keyword_that_only_modifies_an_unknown_noun_does_not_name_the_figure(
    text: str, digits: str, wrong: str
) -> None:
    claim = _one(_claims("t.txt", text), digits)
    assert claim.metric is not None
    assert claim.metric.split(" (", 1)[0] != wrong


def test_a_rejected_keyword_leaves_the_figure_to_the_parse_not_to_a_farther_keyword() -> None:
    claims = _claims(
        "t.txt",
        "Kelvo said it lost about £30m in sales and booked a one-off profit hit of some £12m.",
    )
    assert _one(claims, "£30m").metric == "revenue"
    assert _one(claims, "£12m").metric == "profit hit"


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("The jobless rate in Kelvo climbed to 5.3 per cent in May.", "5.3", "unemployment"),
        ("Kelvo lifted its revenue guidance to $18 billion.", "$18", "revenue (forecast)"),
        ("Kelvo revenue rose 5% to $2 billion.", "$2", "revenue"),
    ],
)
def test_a_keyword_on_a_noun_the_vocabulary_knows_still_names_the_figure(
    text: str, digits: str, metric: str
) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


@pytest.mark.parametrize(
    ("text", "digits", "spending"),
    [
        ("Kelvo said its basic plan will rise to $7.99 a month from January.", "$7.99", False),
        ("Kelvo will spend $4 billion on new depots under the plan.", "$4", True),
        ("The Kelvo plan will cost $4 billion.", "$4", True),
    ],
)
def test_a_price_is_no_spending_however_near_a_plan(text: str, digits: str, spending: bool) -> None:
    """Class "a metric from the wrong noun": an amount of a few dollars is a price, not the
    capital spending a "plan" keyword names (metrics.toml min_amount)."""
    claim = _one(_claims("t.txt", text), digits)
    assert (claim.metric == "capital spending") is spending


# --- a cut told in the past tense is still a cut (class: inflections of a metric's verbs) ------


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring Drovemoor Tools eliminated 640 roles across its depots.",
        "The lender axed 1,150 posts in its branch network in 2024.",
        "Haskett Foods laid off 380 workers at its bakery, the union said.",
        "The broadcaster slashed 90 jobs from its regional newsrooms.",
    ],
)
def test_a_past_tense_cut_counts_job_cuts(sentence: str) -> None:
    c = _one(_claims("a.txt", sentence), next(w for w in sentence.split() if w[0].isdigit()))
    assert c.metric == "job cuts", c.metric


def test_control_a_workforce_is_still_jobs() -> None:
    c = _one(_claims("a.txt", "Drovemoor Tools employs 5,200 people in nine depots."), "5,200")
    assert c.metric == "jobs"


# --- an average count is the average, not the count of them all (class: averages) ----------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Visitors stayed an average of 5.9 nights in Orvalla's guesthouses.", "5.9 nights"),
        ("Guests at Orvalla's hotels stayed 4.4 nights on average.", "4.4 nights"),
    ],
)
def test_an_average_count_is_named_an_average(text: str, figure: str) -> None:
    metric = _one(_claims("a.txt", text), figure.split()[0]).metric or ""
    assert metric.startswith("average "), metric


def test_a_median_stays_a_median() -> None:
    text = "Patients waited a median of 41 days for a first appointment."
    metric = _one(_claims("a.txt", text), "41").metric or ""
    assert "median" in metric and "average" not in metric, metric


def test_control_a_total_count_is_no_average() -> None:
    text = "Visitors spent 38.1 million nights in Orvalla's hotels, the average being higher."
    assert not (_one(_claims("a.txt", text), "38.1").metric or "").startswith("average")
