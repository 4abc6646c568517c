"""Two amounts that sources give as what two different things cost are two quantities under one
name: a family pass's price against an adult ticket's, a one-off bonus's cost
against what the walkouts cost. They are set apart when either thing is any one of a kind ("a
... costs": a unit price), or when some source gives the costs of both things apart. Two
definite things no source tells apart ("the bridge" / "the crossing") may be one thing under
two words, and a thing written in the other's sentence too is no other thing: those pairs
still conflict (scope.cost_subjects_apart)."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Finding, Group
from tests.reported import hand_claim


def amount(doc: str, text: str, written: str, value: float, start_at: int = 0) -> Claim:
    start = text.index(written, start_at)
    first = text.rfind(". ", 0, start)
    first = 0 if first < 0 else first + 2
    return hand_claim(
        doc,
        text,
        written,
        value,
        unit="EUR",
        kind="money",
        subject="Ostwell Rovers",
        metric="cost",
        low=value,
        high=value,
        start_at=start_at,
        sentence=text[first : text.index(".", start) + 1],
        claim_id=f"{doc}#{start}",
    )


def judged(
    one: str, other: str, fig_one: str, fig_other: str, more: str = "", more_fig: str = ""
) -> Finding:
    from reconcile.compare import compare_groups

    docs = [
        Document(id="a.txt", path="a.txt", text=one + more),
        Document(id="b.txt", path="b.txt", text=other),
    ]
    x = amount("a.txt", one + more, fig_one, float(fig_one.strip("€m")))
    y = amount("b.txt", other, fig_other, float(fig_other.strip("€m")))
    claims = [x, y]
    if more:  # the first source's own figure of the other thing, in no group
        z = amount("a.txt", one + more, more_fig, float(more_fig.strip("€m")), len(one))
        claims.append(z.model_copy(update={"metric": "spending"}))
    g = Group(id="g1", label="Ostwell Rovers: cost", claims=[x.id, y.id])
    [f] = compare_groups([g], claims, documents=docs)
    return f


SEASON = "At the Brookside ground a family pass costs €48 for the cup match."
SINGLE = "Fans on their own will find that an adult ticket now costs €30 in the home end."


def test_a_unit_price_of_one_thing_against_another_things_is_no_conflict() -> None:
    f = judged(SEASON, SINGLE, "€48", "€30")
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_definite_things_a_source_tells_apart_are_no_conflict() -> None:
    one = "The one-off bonus will cost about €9m over the season."
    other = "Directors said the walkouts cost the club €4m in lost gate receipts."
    more = " Separately the stewards' walkouts cost roughly €4m, they said."
    f = judged(one, other, "€9m", "€4m", more, "€4m")
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_control_definite_things_no_source_tells_apart_still_conflict() -> None:
    one = "Engineers said the footbridge would cost €90m to complete."
    other = "The council now says the crossing will cost €120m in all."
    f = judged(one, other, "€90m", "€120m")
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_one_thing_named_in_both_sentences_still_conflicts() -> None:
    one = "A season ticket costs €410, the club said."
    other = "A season ticket for adults costs €450 from July."
    f = judged(one, other, "€410", "€450")
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_a_thing_named_only_as_part_of_the_others_name_is_another_thing() -> None:
    one = "The opening ceremony, which cost about €3m, drew a crowd of dignitaries."
    other = "A ceremony hall, costing €7m, will be finished next spring."
    f = judged(one, other, "€3m", "€7m")
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_the_subject_of_a_joined_verb_is_the_thing_that_costs() -> None:
    one = "The basic tablet has a 14in screen and will cost €650 in the shops."
    other = "A version with twice the memory will cost €900, the maker said."
    f = judged(one, other, "€650", "€900")
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_control_the_same_thing_of_a_joined_verb_still_conflicts() -> None:
    one = "The basic tablet has a 14in screen and will cost €650 in the shops."
    other = "A basic tablet will cost €700 once it goes on sale, the maker said."
    f = judged(one, other, "€650", "€700")
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message
