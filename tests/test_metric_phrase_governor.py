"""What a figure measures when a word near it is no measured thing (issue 11, session 12).

Three classes, each with a control that must not change:

- an amount noun in an adverbial phrase ("in the sum of £80,000", "to the tune of $2m", "in
  the region of 400 homes") names nothing: the figure is the amount of what the phrase attaches
  to, so "an order was made in the sum of £X" meets "an order of £Y";
- a figure that only describes who does something ("the 61-year-old trader was jailed for
  nine years") lends no name to the duration of what is done: no "age duration";
- an amount of money per unit of a good ("$82 a barrel", "$2,410 an ounce") and its change are
  no share price, whatever the sentence lacks in keywords.

Sentences written afresh, names invented.
"""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import describe, governs, parse_sentences


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _claim(text: str, surface: str) -> Claim:
    found = [c for c in _claims("t.txt", text) if c.text == surface]
    assert found, [c.text for c in _claims("t.txt", text)]
    return found[0]


# --- an amount noun in an adverbial phrase --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "thing"),
    [
        # the passive subject of the verb the phrase attaches to
        (
            "A restraint order was issued against Corvill in the sum of £64,000 on Monday.",
            "£64,000",
            "order",
        ),
        # the verb's object
        ("The tribunal made an award to the tune of $2.3 million.", "$2.3 million", "award"),
        # a noun the phrase attaches to
        ("Vintner Holt sought damages in the amount of €410,000.", "€410,000", "damage"),
        # the verb itself when it acts on no noun
        ("Pell Haulage was penalised to the tune of £90,000 last year.", "£90,000", "penalise"),
    ],
)
def test_amount_phrase_names_what_it_attaches_to(text: str, surface: str, thing: str) -> None:
    [doc] = parse_sentences([text])
    start = text.index(surface)
    d = describe(doc, start, start + len(surface))
    assert d is not None and d.thing == thing
    assert not any(n.endswith((" sum", " tune", " amount")) for n in d.narrowing)


def test_amount_noun_as_the_clause_noun_is_unchanged() -> None:
    """Control: "the sum" is no adverbial phrase when it is the clause's own noun, nor is a
    plain "of" phrase ("a bill of £5,000")."""
    text = "A bill of £5,000 arrived, and the sum of £700 was refunded."
    [doc] = parse_sentences([text])
    for surface, thing in (("£5,000", "bill"), ("£700", "sum")):
        start = text.index(surface)
        d = describe(doc, start, start + len(surface))
        assert d is not None and d.thing == thing, (surface, d)


def test_amounts_stated_two_ways_meet() -> None:
    """One order in two sources, one with "in the sum of": one group, so their figures are
    compared."""
    a = _claims("a.txt", "The judge made a restraint order of £6.4 million against Corvill.")
    b = _claims(
        "b.txt",
        "A restraint order was made against Corvill in the sum of £640,000 on Friday.",
    )
    [x] = [c for c in a if c.text == "£6.4 million"]
    [y] = [c for c in b if c.text == "£640,000"]
    assert x.metric == y.metric == "restraint order"
    groups = group_claims([*a, *b])
    assert any({x.id, y.id} <= set(g.claims) for g in groups)


# --- a description of the subject lends no name to a duration --------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The 61-year-old trader from Oswick was jailed for nine years on Tuesday.",
            "nine years",
            "duration (jail)",
        ),
        (
            "A 40-year-old nurse was suspended for six months after the inquiry.",
            "six months",
            "duration (suspend)",
        ),
    ],
)
def test_subject_description_lends_no_name(text: str, surface: str, metric: str) -> None:
    assert _claim(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the object the verb acts on: the duration is its period
        (
            "Volunteers in the Merrow trial lost 11% of their body weight over 36 weeks.",
            "36 weeks",
            "weight loss duration",
        ),
        # the subject's value, through "worth": the deal's value is paid over the years
        (
            "The sponsorship deal, worth about €9 million a year, will run for six years.",
            "six years",
            "deal value duration",
        ),
    ],
)
def test_governed_figures_still_name_the_period(text: str, surface: str, metric: str) -> None:
    """Control: a figure the verb acts on, or the subject's own value, still names the
    period."""
    assert _claim(text, surface).metric == metric


def test_governs_leaves_out_subject_modifiers() -> None:
    text = "The 61-year-old trader was jailed for nine years."
    [doc] = parse_sentences([text])
    verb = next(t.i for t in doc if t.lower_ == "jailed")
    start = text.index("61-year-old")
    assert governs(doc, verb, start, start + len("61-year-old")) is None
    start = text.index("nine years")
    assert governs(doc, verb, start, start + len("nine years")) is not None


# --- a price per unit of a good is no share price --------------------------------------------


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("Brent crude rose 2% to $82 a barrel on Tuesday.", "$82 a barrel", "2%"),
        ("Gold climbed 1.5% to $2,410 an ounce in Asian trading.", "$2,410 an ounce", "1.5%"),
    ],
)
def test_price_per_unit_is_no_share_price(text: str, level: str, change: str) -> None:
    lv, ch = _claim(text, level), _claim(text, change)
    assert lv.metric is not None and "share" not in lv.metric
    assert ch.metric is None or "share" not in ch.metric
    assert lv.role == "level" and ch.role == "change"


def test_share_price_unchanged() -> None:
    """Control: a price with no unit of a good, linked to its change, stays a share price."""
    text = "Dellmark Foods rose 4% to $31.20 on Tuesday."
    assert _claim(text, "$31.20").metric == "share price"
    assert _claim(text, "4%").metric == "share-price change"


# --- a change read from a comparative or from a change noun in apposition --------------------


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the noun a comparative adjective describes, with no "high" or "low" of its own
        (
            "Tessany Rail ran 91.2% of trains on time, a punctuality rate 2.1 percentage "
            "points higher than in May.",
            "2.1 percentage points",
            "punctuality rate",
        ),
        (
            "Brook Quarry shipped 38,000 tonnes in June, a volume 7% lower than in May.",
            "7%",
            "volume",
        ),
        # a change noun in apposition to a level the parse named: that level's change
        (
            "The vacancy rate at Delmont Park reached 7.2%, an increase of 0.4 percentage "
            "points on the quarter.",
            "0.4 percentage points",
            "vacancy rate",
        ),
    ],
)
def test_change_of_the_noun_it_describes(text: str, surface: str, metric: str) -> None:
    c = _claim(text, surface)
    assert c.role == "change" and c.metric == metric


def test_two_wordings_of_one_change_meet() -> None:
    a = _claims(
        "a.txt",
        "Tessany Rail ran 91.2% of trains on time, a punctuality rate 2.1 percentage points "
        "higher than a year earlier.",
    )
    b = _claims(
        "b.txt",
        "Tessany Rail's punctuality rate rose to 91.2%, a gain of 1.2 percentage points.",
    )
    [x] = [c for c in a if c.text == "2.1 percentage points"]
    [y] = [c for c in b if c.text == "1.2 percentage points"]
    assert x.metric == y.metric == "punctuality rate"


def test_change_noun_without_apposition_unchanged() -> None:
    """Control: a change noun that stands alone ("a gain of 3%" as the object of a verb) and a
    comparative with no noun of its own keep their reading."""
    c = _claim("Harlow Mills reported a gain of 3% in the quarter.", "3%")
    assert c.metric != "punctuality rate" and c.role == "change"
    d = _claim("The index closed 2% higher on Friday.", "2%")
    assert d.role == "change" and d.metric is not None and "high" not in d.metric.split()


# --- a percentage restated by a count is the share of what the count counts ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Union won 38.2%, or 1,204,310 votes, in Sunday's vote.",
        "Preliminary returns gave Option B 52.6 percent -- 880,120 votes -- against Option A.",
        "The Farmers' List had 9.4%, some 312,000 votes, with most ballots counted.",
    ],
)
def test_percentage_restated_by_votes_is_a_vote_share(text: str) -> None:
    pct = next(c for c in _claims("t.txt", text) if c.kind == "percent")
    assert pct.metric == "vote share" and pct.role == "share"


def test_two_sources_of_one_share_meet() -> None:
    a = _claims("a.txt", "The Liberal Union won 38.2%, or 1,204,310 votes.")
    b = _claims("b.txt", "The Liberal Union took 38.2% of the vote.")
    [x] = [c for c in a if c.kind == "percent"]
    [y] = [c for c in b if c.kind == "percent"]
    assert x.metric == y.metric == "vote share"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a count of a noun no share phrase of the vocabulary names
        ("Harbour traffic fell 8%, or 1,900 ships, in the year.", "8%"),
        # a percentage its own keyword names
        ("Turnout reached 61%, or 3.2 million voters.", "61%"),
        # a count in brackets, which is no restatement of a share
        ("The Farmers' List had 9.4% (312,000 votes) with most ballots counted.", "312,000 votes"),
    ],
)
def test_restatement_without_a_share_phrase_unchanged(text: str, surface: str) -> None:
    """Control: no vote share where the vocabulary names no share of the count's noun, and a
    keyword of the percentage's own keeps its metric."""
    assert _claim(text, surface).metric != "vote share"


# --- a verb keyword names only the amount it takes as its object -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Under the settlement the fire service will get about £18m over two years.",
        "Each district will receive more than $4 million, the treasurer said.",
        "The lifeboat charity will get €2.5 million from the fund.",
    ],
)
def test_amount_received_is_spending(text: str) -> None:
    """The amount right after "will get" / "will receive", across its qualifier ("about",
    "more than"), is what is allocated."""
    money = next(c for c in _claims("t.txt", text) if c.kind == "money")
    assert money.metric == "capital spending"


def test_amount_of_what_is_received_is_not_spending() -> None:
    """Control: what the verb takes is another noun, whose value the figure is ("will get
    machinery worth €12m"), so the verb names nothing of the figure's."""
    text = "Orwick's growers will get machinery worth roughly €12m from the cooperative."
    money = next(c for c in _claims("t.txt", text) if c.kind == "money")
    assert money.metric != "capital spending"


@pytest.mark.parametrize(
    "text",
    [
        "Detectives said the bogus scheme had taken about £2.4m from pensioners.",
        "Trustees of the Harlow Mills pension scheme, with 9,100 members, reported a £61m deficit.",
    ],
)
def test_a_scheme_is_no_spending(text: str) -> None:
    """A "scheme" names no capital spending: a fraud, a pension or a loyalty scheme is no
    plan to spend (the vocabulary keyword is gone; "a scheme to cost" stays one)."""
    money = next(c for c in _claims("t.txt", text) if c.kind == "money")
    assert money.metric != "capital spending"


def test_a_scheme_to_cost_is_still_spending() -> None:
    """Control."""
    text = "Officials unveiled a flood scheme to cost about £45m over four years."
    money = next(c for c in _claims("t.txt", text) if c.kind == "money")
    assert money.metric == "capital spending"
