"""Figures a text sets another against (false alarms on copy nobody on the team wrote): the
"current" pay a new rate is "higher than", or the record "set when" an athlete last won that a
new mark beats, are earlier values, not the quantity the other source reports now. A plain
figure, and a bound "more than X" (no article), are still weighed."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Group
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def figure(doc: str, text: str, surface: str, value: float, unit: str, half: float) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        unit,
        value - half,
        value + half,
        start=text.index(surface),
        kind="money" if unit == "GBP" else "physical",
        subject="Quenby nurses" if unit == "GBP" else "Ade Halsey",
        metric="day rate" if unit == "GBP" else "throw",
        sentence=text,
    )


def alarms(texts: dict[str, str], *claims: Claim) -> list:  # type: ignore[type-arg]
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    g = Group(id="g1", label="group", claims=[c.id for c in claims])
    found = compare_groups([g], list(claims), documents=docs)
    return [f for f in found if f.severity != "info"]


NEW = "Under the settlement, agency nurses in Quenby will be paid £412 a shift."
HIGHER = "The new shift rate is £37 higher than the current £375, the union said."
PLAIN = "Agency nurses in Quenby are paid £375 a shift, the union said."


def test_the_current_rate_a_new_one_is_higher_than_is_an_earlier_value() -> None:
    a = figure("a.txt", NEW, "£412", 412, "GBP", 0.5)
    b = figure("b.txt", HIGHER, "£375", 375, "GBP", 0.5)
    assert alarms({"a.txt": NEW, "b.txt": HIGHER}, a, b) == []


def test_a_plain_rate_still_conflicts() -> None:
    # control: nothing in the sentence sets the £375 against another figure
    a = figure("a.txt", NEW, "£412", 412, "GBP", 0.5)
    b = figure("b.txt", PLAIN, "£375", 375, "GBP", 0.5)
    [f] = alarms({"a.txt": NEW, "b.txt": PLAIN}, a, b)
    assert f.kind == "value_mismatch"


TODAY = "Halsey threw 74.62m in the final round to win the title on Sunday."
BEATEN = "It beat the mark set when winning 72.05m at the spring meeting."
OTHER = "Halsey's winning throw in the final round measured 72.05m."


def test_a_record_set_when_winning_that_a_new_mark_beats_is_an_earlier_value() -> None:
    a = figure("a.txt", TODAY, "74.62m", 74.62, "metre", 0.005)
    b = figure("b.txt", BEATEN, "72.05m", 72.05, "metre", 0.005)
    assert alarms({"a.txt": TODAY, "b.txt": BEATEN}, a, b) == []


def test_a_plain_mark_still_conflicts() -> None:
    # control: the other source gives its figure as today's throw
    a = figure("a.txt", TODAY, "74.62m", 74.62, "metre", 0.005)
    b = figure("b.txt", OTHER, "72.05m", 72.05, "metre", 0.005)
    [f] = alarms({"a.txt": TODAY, "b.txt": OTHER}, a, b)
    assert f.kind == "value_mismatch"
