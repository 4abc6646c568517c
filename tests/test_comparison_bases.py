"""What is NOT a figure's own quantity: the base it is compared with, and an age that bounds a
group of people.

Class 1, a base of comparison before the figure: "X grew faster than the Y, reaching N" counts
X; the Y after "than" (or "outpacing", "against", "compared with") is what X is set against.
Class 2, an open age band: "aged 65 or over", "the over-80s" names a group, it measures no one's
age, so it is no figure at all (a closed band, "aged 18 to 24", never was).
"""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def claims_of(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def metric_of(text: str, surface: str) -> str | None:
    [c] = [c for c in claims_of(text) if surface in c.text]
    return c.metric


def test_a_keyword_after_than_is_not_the_figures_metric() -> None:
    text = (
        "Car ownership in Dunmore rose faster than the population, reaching 61,200, "
        "the council said."
    )
    assert "population" not in (metric_of(text, "61,200") or "")
    text = "Shipments climbed more steeply than revenue, outpacing it to reach 4,800 units."
    assert "revenue" not in (metric_of(text, "4,800") or "")


def test_control_the_same_keyword_as_the_figures_own_metric_stays() -> None:
    text = "The population of Dunmore grew faster than expected, reaching 61,200 people."
    assert metric_of(text, "61,200") == "population"


def test_an_open_age_band_is_no_figure() -> None:
    text = (
        "The median resident of Tollerby is 44.1 years old. Residents aged 70 or older make up "
        "19 percent of the town, and the over-85s number about 900."
    )
    surfaces = [c.text for c in claims_of(text)]
    assert any("44.1" in s for s in surfaces)
    assert not any(s.strip() in ("70", "85") for s in surfaces), surfaces
    assert any("19 percent" in s for s in surfaces)


def test_control_a_persons_age_is_still_a_figure() -> None:
    text = "The driver, aged 67, was unhurt. Her passenger is 70 years old."
    values = sorted(c.value for c in claims_of(text) if c.metric == "age")
    assert values == [67.0, 70.0]


def test_an_amount_called_a_premium_is_the_premium_not_the_offer() -> None:
    """Class: a money figure the sentence calls a premium measures the premium ("pays a
    premium of about £310m"), as a percentage called one does; the offer stays the offer."""
    text = (
        "Kestrel Foods agreed to buy Pellam Dairies for £1.4bn in cash, paying a premium of "
        "about £310m over Pellam's market value."
    )
    assert metric_of(text, "£310m") == "offer premium"
    assert metric_of(text, "£1.4bn") != "offer premium"


def test_an_enterprise_value_is_not_the_offer_for_the_equity() -> None:
    """Class: the value of a whole business with its debt ("an enterprise value of ...", "an EV
    of ...") is a quantity of its own; the offer for the shares stays the offer."""
    text = (
        "Brannock Tools bid £880m for Wexcombe Forge, giving the target an enterprise value "
        "of roughly £1.05bn, the largest deal in the sector this year."
    )
    assert metric_of(text, "£1.05bn") == "enterprise value"
    assert metric_of(text, "£880m") != "enterprise value"
    note = "Our model implies an EV of $3.4bn for Halden Glass against the $2.9bn cash bid."
    assert metric_of(note, "$3.4bn") == "enterprise value"
