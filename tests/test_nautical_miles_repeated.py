"""Class: a unit's adjective not repeated. A bare "miles" in a sentence that has already written
"nautical miles" is the same unit ("sailed 5,120 nautical miles to finish the 4,700 miles of
the leg"); another sentence's "miles" may be a road's. Fresh sentences with invented names."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _units(text: str) -> dict[float, str]:
    doc = Document(id="a.txt", path="a.txt", text=text)
    return {c.value: c.unit for c in extract_claims(doc)}


def test_bare_miles_after_nautical_miles_in_one_sentence() -> None:
    got = _units("The Brisa crew sailed 5,120 nautical miles to finish the 4,700 miles of the leg.")
    assert got == {5120: "nautical mile", 4700: "nautical mile"}


def test_control_miles_in_another_sentence_are_statute() -> None:
    got = _units(
        "The Brisa crew sailed 5,120 nautical miles. A bus then drove 40 miles to the port."
    )
    assert got[40] == "mile"


def test_control_miles_alone_are_statute() -> None:
    assert _units("The Tarn ferry covers 90 miles on each crossing.")[90] == "mile"
