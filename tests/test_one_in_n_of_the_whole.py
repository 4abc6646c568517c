"""A share written "one in eight of the <noun>" is a share of that noun, as "a quarter of the
<noun>" is (class "a noun the parse attaches elsewhere"; ``parse._of_whole``): the parse hangs
"of the pupils" on "eight", the ratio's last number, not on its root "one", so the figure was
named by the clause's verb or a word of a relative clause ("... who ate that day ended up
ill": "day end") and never met another source's "4.7% of the pupils".

Controls: "a quarter of the pupils" keeps its reading; a ratio with no "of" phrase is not
named by this rule."""

from __future__ import annotations

from tests.reported import claims_of


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def test_one_in_eight_of_the_pupils_is_a_share_of_pupils() -> None:
    text = (
        "Canteen outbreak\n\nAlmost one in eight of the pupils who ate the canteen meal that "
        "day ended up ill.\n"
    )
    assert _metric(text, "one in eight") == "pupil"


def test_it_meets_a_percentage_of_the_same_pupils() -> None:
    text = "Canteen outbreak\n\nThat is roughly 4.7% of the 8,300 pupils who ate the meal.\n"
    ratio = "Canteen outbreak\n\nOne in eight of the pupils fell ill.\n"
    assert _metric(text, "4.7%") == _metric(ratio, "One in eight")


def test_control_a_quarter_of_the_pupils() -> None:
    text = "Canteen outbreak\n\nNearly a quarter of the pupils fell ill.\n"
    assert _metric(text, "a quarter") == "pupil"


def test_control_a_ratio_without_an_of_phrase() -> None:
    text = "Canteen outbreak\n\nOne in eight fell ill, the council said.\n"
    assert _metric(text, "One in eight") != "pupil"
