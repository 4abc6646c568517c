"""Conflicts lost although both figures share a group (issue 11): the verdict's excuse was
wrong. Each class is tested with fresh wording (invented names) and a control that keeps its
verdict.

- a part and another source's count taken by one verb ("cancelled 212 of them" / "221 were
  cancelled") read as a part against the whole;
- counts of one named thing written with two nouns ("24 Kestrel jets" / "36 Kestrel aircraft")
  never weighed, as if they counted two things;
- an estimate's range whose top goes past another source's maximum ("between 40 and 95
  million tonnes" / "up to 60 million tonnes") taken as consistent with it.
"""

from __future__ import annotations

import pytest

from reconcile.claims.models import Claim
from reconcile.compare.intervals import maxima_differ
from reconcile.compare.scope import governing_verb, one_named_thing
from tests.claim_builder import built_claim
from tests.test_scope import alarms, fig, judge

# ------------------------------------------------------------------ one part, one verb
# Class: a count written as a part of a stated whole ("closed 14 of them") against another
# source's count of what the same verb did ("nine branches were closed"): both count the part,
# so the difference is a conflict, not a part against a whole.

BRANCHES = {"unit": "branch", "kind": "count", "metric": "branches closed"}


@pytest.mark.parametrize(
    "b_text",
    [
        "The lender said 19 branches were closed during the year.",
        "Over the year, Tamsford Bank closed 19 branches, a spokesman said.",
    ],
)
def test_a_part_and_a_count_of_the_same_verb_conflict(b_text: str) -> None:
    a_text = "Tamsford Bank ran 640 branches in the year and closed 14 of them in the spring."
    a = fig("a.txt", a_text, "14", 14, **BRANCHES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "19 branches", 19, **BRANCHES)  # type: ignore[arg-type]
    assert governing_verb(a) == governing_verb(b) == "close"
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "branches closed"))
    assert f.kind == "value_mismatch"


def test_control_a_part_against_a_count_of_another_verb_stays_apart() -> None:
    a_text = "Tamsford Bank ran 640 branches in the year and closed 14 of them in the spring."
    b_text = "The lender said it now operates 19 branches in the north."
    a = fig("a.txt", a_text, "14", 14, **BRANCHES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "19 branches", 19, **BRANCHES)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "branches closed")
    assert not alarms(findings)
    assert "part" in findings[0].message


# ------------------------------------------------------------------ one named thing, two nouns
# Class: counts whose nouns differ ("jets", "aircraft"; "ferries", "vessels") but carry one
# proper name: two words for one named thing, weighed against each other.

NAMED = [
    (
        "The navy will buy a fleet of 24 Kestrel jets, the minister said.",
        "The ministry signed a contract for 36 Kestrel aircraft on Friday.",
        ("24 Kestrel jets", 24, "jet"),
        ("36 Kestrel aircraft", 36, "aircraft"),
    ),
    (
        "Ostrava Lines has ordered 8 Albatross ferries from the yard.",
        "The order covers 11 Albatross vessels, the shipbuilder said.",
        ("8 Albatross ferries", 8, "ferry"),
        ("11 Albatross vessels", 11, "vessel"),
    ),
]


@pytest.mark.parametrize(("a_text", "b_text", "x", "y"), NAMED)
def test_counts_of_one_named_thing_in_two_nouns_conflict(
    a_text: str, b_text: str, x: tuple[str, int, str], y: tuple[str, int, str]
) -> None:
    a = fig("a.txt", a_text, x[0], x[1], unit=x[2], kind="count", metric="orders")
    b = fig("b.txt", b_text, y[0], y[1], unit=y[2], kind="count", metric="orders")
    assert one_named_thing(a, b)
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "orders"))
    assert f.kind == "value_mismatch"


def test_control_counts_of_two_nouns_without_a_shared_name_are_not_weighed() -> None:
    a_text = "The navy will buy a fleet of 24 new jets, the minister said."
    b_text = "The ministry signed a contract for 36 transport aircraft on Friday."
    a = fig("a.txt", a_text, "24 new jets", 24, unit="jet", kind="count", metric="orders")
    b = fig("b.txt", b_text, "36 transport aircraft", 36, unit="aircraft", kind="count")
    b = b.model_copy(update={"metric": "orders"})
    assert not one_named_thing(a, b)
    assert judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "orders") == []


# ------------------------------------------------------------------ a range's top and a maximum
# Class: an estimate's range ("between 40 and 95 million tonnes") against another source's
# maximum of it ("up to 60 million tonnes"): the range's top is a maximum too.


def _tonnes(doc: str, surface: str, value: float, low: float | None, high: float, q: str) -> Claim:
    return built_claim(
        doc, surface, value, "tonne", low, high, kind="physical", metric="ore reserve", qualifier=q
    )


def test_a_range_reaching_past_a_maximum_conflicts() -> None:
    spread = _tonnes("a.txt", "40 and 95 million tonnes", 40e6, 39.5e6, 95.5e6, "range")
    cap = _tonnes("b.txt", "60 million tonnes", 60e6, None, 60.5e6, "up_to")
    assert maxima_differ(spread, cap, 0.0)
    texts = {"a.txt": spread.text, "b.txt": cap.text}
    [f] = alarms(judge(texts, [spread, cap], "ore reserve"))
    assert f.kind == "qualifier_conflict"
    assert "range that reaches above it" in f.message


@pytest.mark.parametrize(
    ("surface", "top"),
    [("40 and 60 million tonnes", 60.5e6), ("40 and 55 million tonnes", 55.5e6)],
)
def test_control_a_range_within_a_maximum_agrees(surface: str, top: float) -> None:
    spread = _tonnes("a.txt", surface, 40e6, 39.5e6, top, "range")
    cap = _tonnes("b.txt", "60 million tonnes", 60e6, None, 60.5e6, "up_to")
    assert not maxima_differ(spread, cap, 0.0)
    texts = {"a.txt": spread.text, "b.txt": cap.text}
    assert not alarms(judge(texts, [spread, cap], "ore reserve"))


def test_control_a_range_wholly_past_a_maximum_is_weighed_as_usual() -> None:
    """Nine times the cap: more likely two quantities under one name (far apart), an info
    note rather than two maxima of one estimate."""
    spread = _tonnes("a.txt", "540 and 560 million tonnes", 540e6, 539.5e6, 560.5e6, "range")
    cap = _tonnes("b.txt", "60 million tonnes", 60e6, None, 60.5e6, "up_to")
    assert not maxima_differ(spread, cap, 0.0)
    findings = judge({"a.txt": spread.text, "b.txt": cap.text}, [spread, cap], "ore reserve")
    assert all(f.kind != "qualifier_conflict" for f in findings)
