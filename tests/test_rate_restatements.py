"""Rates implied by amounts restated in another currency (issue 11, verdicts on the gold's
groups): a "restatement" whose rate is further than ``unrelated_ratio`` from another source's is
no conversion ("$88m (£67,000)": a slip within one text). It is not weighed against the rates of
other amounts, which would call each of them wrong; against another restatement of the same
amount it is still the slip it is."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def money(doc: str, text: str, surface: str, value: float, unit: str, half: float) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        unit,
        value - half,
        value + half,
        start=text.index(surface),
        subject="Ostrander sale",
        metric="sale price",
        sentence=text,
    )


ESTATE = "The Ostrander estate sold for £4.1m ($5.4m) at the spring auction."
SLIPPED = "A tapestry from the house went for $88m (£67,000) to a private buyer."
AGAIN = "The Ostrander estate fetched £4.1m ($6.9m), the auction house said."


def rate_alarms(texts: dict[str, str], claims: list[Claim]) -> list:  # type: ignore[type-arg]
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    found = compare_groups([], claims, documents=docs)
    return [f for f in found if f.kind == "arithmetic" and f.severity != "info"]


def test_a_restatement_a_thousand_times_off_is_not_weighed_as_a_rate() -> None:
    cs = [
        money("a.txt", ESTATE, "£4.1m", 4.1e6, "GBP", 0.05e6),
        money("a.txt", ESTATE, "$5.4m", 5.4e6, "USD", 0.05e6),
        money("b.txt", SLIPPED, "$88m", 88e6, "USD", 0.5e6),
        money("b.txt", SLIPPED, "£67,000", 67000, "GBP", 0.5),
    ]
    assert rate_alarms({"a.txt": ESTATE, "b.txt": SLIPPED}, cs) == []


def test_one_amount_restated_at_two_rates_is_still_an_arithmetic_finding() -> None:
    # control: £4.1m given as $5.4m and as $6.9m, rates 0.76 and 0.59
    cs = [
        money("a.txt", ESTATE, "£4.1m", 4.1e6, "GBP", 0.05e6),
        money("a.txt", ESTATE, "$5.4m", 5.4e6, "USD", 0.05e6),
        money("c.txt", AGAIN, "£4.1m", 4.1e6, "GBP", 0.05e6),
        money("c.txt", AGAIN, "$6.9m", 6.9e6, "USD", 0.05e6),
    ]
    [f] = rate_alarms({"a.txt": ESTATE, "c.txt": AGAIN}, cs)
    assert "rates disagree" in f.message


SAME_SUM = "The tapestry went for $88m (£67m), the buyer's agent said."


def test_a_slipped_restatement_of_the_same_amount_is_still_an_arithmetic_finding() -> None:
    # control: another source restates the same $88m as £67m; the £67,000 is the slip
    cs = [
        money("b.txt", SLIPPED, "$88m", 88e6, "USD", 0.5e6),
        money("b.txt", SLIPPED, "£67,000", 67000, "GBP", 0.5),
        money("d.txt", SAME_SUM, "$88m", 88e6, "USD", 0.5e6),
        money("d.txt", SAME_SUM, "£67m", 67e6, "GBP", 0.5e6),
    ]
    [f] = rate_alarms({"b.txt": SLIPPED, "d.txt": SAME_SUM}, cs)
    assert sorted(c.split("#")[0] for c in f.claims) == ["b.txt", "d.txt"]


FINE = "Regulators fined the carrier 2.6 billion euros ($3.0 billion) on Monday."
NO_SCALE = "Regulators fined the carrier 2.6 euros ($3 billion), the ruling says."


def scaled(doc: str, text: str, surface: str, value: float, unit: str, half: float) -> Claim:
    """An amount whose mention keeps its scale word, as extraction writes it."""
    c = money(doc, text, surface, value, unit, half)
    scale = "billion" if "billion" in surface else None
    return c.model_copy(update={"mention": c.mention.model_copy(update={"scale": scale})})


def test_an_amount_missing_its_scale_word_raises_no_rate_alarm() -> None:
    # "2.6 euros" beside "$3 billion": the text dropped "billion", which its twin gives
    cs = [
        scaled("a.txt", FINE, "2.6 billion euros", 2.6e9, "EUR", 0.05e9),
        scaled("a.txt", FINE, "$3.0 billion", 3.0e9, "USD", 0.05e9),
        scaled("c.txt", NO_SCALE, "2.6 euros", 2.6, "EUR", 0.05),
        scaled("c.txt", NO_SCALE, "$3 billion", 3e9, "USD", 0.5e9),
    ]
    texts = {"a.txt": FINE, "c.txt": NO_SCALE}
    assert rate_alarms(texts, cs) == []
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    [note] = [f for f in compare_groups([], cs, documents=docs) if f.kind == "arithmetic"]
    assert note.severity == "info" and "scale word" in note.message
    assert {c.split("#")[0] for c in note.claims} == {"c.txt"}
