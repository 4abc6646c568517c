"""When a strict bound ("more than X") meets a figure of X (issue 11, verdicts on the gold's
groups): the qualifier conflict needs the other source to state X itself, now. A figure the text
gives as the earlier mark that the bound goes past ("past its previously stated X") or X
restated in another unit ("(1,376 hectares)", which is not X acres exactly) does not."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Group
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def amount(
    doc: str,
    text: str,
    surface: str,
    value: float,
    unit: str,
    half: float,
    *,
    qualifier: str | None = None,
    kind: str = "money",
    metric: str = "grid investment",
) -> Claim:
    low = value if qualifier == "over" else value - half
    high = None if qualifier == "over" else value + half
    return built_claim(
        doc,
        surface,
        value,
        unit,
        low,
        high,
        start=text.index(surface),
        kind=kind,
        subject="Brennock Power",
        metric=metric,
        qualifier=qualifier,
        sentence=text,
    )


def alarms(texts: dict[str, str], *claims: Claim) -> list:  # type: ignore[type-arg]
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    g = Group(id="g1", label="Brennock Power", claims=[c.id for c in claims])
    found = compare_groups([g], list(claims), documents=docs)
    return [f for f in found if f.severity != "info"]


BOUND = "Brennock Power said it would invest more than 92 billion rand in the grid."
EARLIER = "Brennock said spending would go past its previously stated 92 billion rand."
STATED = "Brennock Power said it would invest 92 billion rand in the grid."


def test_a_bound_past_the_earlier_mark_is_no_qualifier_conflict() -> None:
    over = amount("a.txt", BOUND, "92 billion rand", 92e9, "ZAR", 0.5e9, qualifier="over")
    mark = amount("b.txt", EARLIER, "92 billion rand", 92e9, "ZAR", 0.5e9)
    assert alarms({"a.txt": BOUND, "b.txt": EARLIER}, over, mark) == []


def test_a_bound_against_the_amount_itself_is_still_a_qualifier_conflict() -> None:
    # control: the other source states the amount as the plan itself
    over = amount("a.txt", BOUND, "92 billion rand", 92e9, "ZAR", 0.5e9, qualifier="over")
    plan = amount("b.txt", STATED, "92 billion rand", 92e9, "ZAR", 0.5e9)
    [f] = alarms({"a.txt": BOUND, "b.txt": STATED}, over, plan)
    assert f.kind == "qualifier_conflict"


AREA_A = "The Saddleback fire has burned more than 3,400 acres of scrub."
AREA_B = "The fire has burned more than 3,400 acres (1,376 hectares) of scrub."
AREA_C = "The Saddleback fire has burned 3,400 acres of scrub, officials said."


def test_a_bound_against_its_restatement_in_another_unit_is_no_qualifier_conflict() -> None:
    over = amount(
        "a.txt", AREA_A, "3,400 acres", 3400, "acre", 0.5, qualifier="over", kind="physical"
    )
    ha = amount("b.txt", AREA_B, "1,376 hectares", 1376, "hectare", 0.5, kind="physical")
    assert alarms({"a.txt": AREA_A, "b.txt": AREA_B}, over, ha) == []


def test_a_bound_against_the_same_figure_in_its_own_unit_is_still_a_qualifier_conflict() -> None:
    # control: "3,400 acres" stated as such meets "more than 3,400 acres" inside its rounding
    over = amount(
        "a.txt", AREA_A, "3,400 acres", 3400, "acre", 0.5, qualifier="over", kind="physical"
    )
    exact = amount("c.txt", AREA_C, "3,400 acres", 3400, "acre", 0.5, kind="physical")
    [f] = alarms({"a.txt": AREA_A, "c.txt": AREA_C}, over, exact)
    assert f.kind == "qualifier_conflict"


MEMBERS_OVER = "The Harrowgate cooperative now has more than 40,000 members, it said."
MEMBERS_ROUND = "The Harrowgate cooperative has 40,000 members across the region."


def test_a_rounded_count_does_not_contradict_more_than_itself() -> None:
    # a count is measured and rounded when written: 40,000 members may be 40,400
    over = amount(
        "a.txt",
        MEMBERS_OVER,
        "40,000 members",
        40000,
        "member",
        0.5,
        qualifier="over",
        kind="count",
        metric="members",
    )
    rounded = amount(
        "b.txt",
        MEMBERS_ROUND,
        "40,000 members",
        40000,
        "member",
        0.5,
        kind="count",
        metric="members",
    )
    assert alarms({"a.txt": MEMBERS_OVER, "b.txt": MEMBERS_ROUND}, over, rounded) == []


FEE_OVER = "The Harrowgate cooperative will charge more than 40,000 rand a year for the lease."
FEE_STATED = "The Harrowgate cooperative will charge 40,000 rand a year for the lease."


def test_a_stated_amount_still_contradicts_more_than_itself() -> None:
    # control: an amount set by someone (a fee) is the figure itself, not a rounded count
    over = amount(
        "a.txt", FEE_OVER, "40,000 rand", 40000, "ZAR", 0.5, qualifier="over", metric="lease fee"
    )
    stated = amount("b.txt", FEE_STATED, "40,000 rand", 40000, "ZAR", 0.5, metric="lease fee")
    [f] = alarms({"a.txt": FEE_OVER, "b.txt": FEE_STATED}, over, stated)
    assert f.kind == "qualifier_conflict"
