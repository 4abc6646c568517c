"""A change with no name of its own on a fact-sheet line is the change of the line's labelled
level (class "a figure with no metric word in its clause whose noun is the line's label";
``context._labelled_changes``): "- Anglers: 3.1m (up 4% year on year)" gives the anglers'
change, as "anglers rose 4%" does, so the two sources' changes meet. The label's bracket is
left off the change's name; a vocabulary level gives its own change.

Controls: a change after another quantity of the line keeps that quantity ("Exports: $9bn,
imports $7bn, up 4%"); a change on a line with no label names nothing from this rule; a change
that names its own thing keeps it."""

from __future__ import annotations

from tests.reported import alarms, claims_of


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def test_a_bracketed_change_after_a_labelled_count_is_that_counts() -> None:
    text = "Lake Dorrin season\n\n- Anglers: 3.1m (up 4% year on year)\n- Boats: 410\n"
    assert _metric(text, "3.1m") is not None
    assert _metric(text, "4%") == "angler"


def test_a_signed_change_in_brackets_after_a_participle_label() -> None:
    text = "Pantry network, annual figures\n\n• Meals served: 2.3m (+9.4%)\n"
    level = _metric(text, "2.3m")
    assert level is not None
    assert _metric(text, "9.4%") == level.removesuffix("s")


def test_a_change_after_an_earlier_value_in_brackets() -> None:
    text = "Ferry line, yearly summary\n\n- Crossings: 18,200 (2024: 17,400), +4.6%\n"
    assert _metric(text, "4.6%") == "crossing"


def test_the_labelled_change_meets_the_prose_change() -> None:
    prose = (
        "Lake Dorrin season report\n\nAnglers at Lake Dorrin rose 6% last year to 3.1 million.\n"
    )
    sheet = (
        "Lake Dorrin trust figures\n\nThe trust published its figures.\n\n"
        "- Anglers: 3.1m (up 4% year on year)\n"
    )
    found = alarms(prose, sheet)
    assert any("6%" in a and "4%" in a for a in found), found


def test_control_another_quantity_between_keeps_its_change() -> None:
    text = "Trade note\n\nExports: $9bn, imports $7bn, up 4%.\n"
    assert _metric(text, "4%") != "exports"


def test_control_a_change_with_its_own_thing_keeps_it() -> None:
    text = "Harbour report\n\n- Cargo: 4.1m tonnes (fuel imports up 7%)\n"
    assert _metric(text, "7%") != "cargo"
