"""A year between a determiner and a debt instrument ("the 2031 bonds", "its 2029 notes") names
the instrument by the year it falls due; it is no time of a figure about it (class: a label
read as a date). A year elsewhere still dates its figure. Sentences written afresh."""

from __future__ import annotations

from tests.reported import claims_of


def _when(text: str, surface: str) -> str | None:
    [claim] = [c for c in claims_of("t.txt", text) if c.text == surface]
    return claim.when


def test_a_year_naming_bonds_is_no_time() -> None:
    text = "Funds holding 18% of the 2031 bonds have hired advisers.\n"
    assert _when(text, "18%") is None


def test_control_a_year_after_a_preposition_still_dates_the_figure() -> None:
    text = "Funds held 18% of the bonds in 2031, the filing shows.\n"
    assert _when(text, "18%") == "year:2031"


def test_control_a_year_before_another_noun_still_dates_it() -> None:
    text = "Its 2030 target is 40 stores, the retailer said.\n"
    assert _when(text, "40 stores") == "year:2030"
