"""A count's noun is never the object of a verb standing between it and the number: when a
lower-case word that may be a verb ("showed", "drifting") stands between a number and a
plural, and the sentence's parse makes that word a clause's verb with the plural its object,
the number counts no such plural (``counts.verb_over_count``; the "metric" class of misses:
"Production of 156,910 outpaced deliveries" counted deliveries). The controls: a participle
the parse makes the noun's adjective ("registered", "oiled", "packing") keeps the count."""

from __future__ import annotations

from reconcile.quantities import extract_quantities


def _units(text: str) -> dict[str, str]:
    return {m.surface: m.unit for m in extract_quantities(text)}


def test_plural_object_of_the_verb_after_the_number_is_not_counted() -> None:
    units = _units("Of the 600,000 frames, roughly 2,100 showed otters.")
    assert "otter" not in units.values()
    assert units.get("2,100") == ""


def test_plural_object_of_a_verb_after_a_scaled_whole_is_not_counted() -> None:
    units = _units("Of the 1.4m clips, about 3,900 showed foxes.")
    assert "fox" not in units.values()


def test_control_participle_as_the_nouns_adjective_keeps_the_count() -> None:
    assert _units("The clinic has 1,900 registered patients.") == {
        "1,900 registered patients": "patient"
    }
    assert _units("Crews rescued 150 oiled seabirds on the shore.") == {
        "150 oiled seabirds": "seabird"
    }
    assert _units("The mill, where some 1,300 packing crates stood idle, closed.") == {
        "1,300 packing crates": "crate"
    }
