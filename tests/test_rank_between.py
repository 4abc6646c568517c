"""A place in a ranking between a name and a figure is that name's (issue 11: the subject of a
figure): "X was third with 61.2 metres and Y fourth with 60.5" gives X the 61.2 metres. The
ordinal is no other figure whose far side belongs to someone else, so the name after the
figure, in the next clause, does not take it."""

from __future__ import annotations

import pytest

from tests.reported import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "digits", "subject"),
    [
        (
            "Halden's Ola Vinter was third with 61.2 metres and veteran Kai Roth fourth with 60.5.",
            "61.2",
            "Ola Vinter",
        ),
        (
            "Team Orsa's Lina Berg finished second in 4:02.11 and rookie Eva Holm fifth in 4:05.",
            "4:02.11",
            "Lina Berg",
        ),
    ],
)
def test_the_name_before_its_place_holds_the_figure(text: str, digits: str, subject: str) -> None:
    assert claim_with(claims_of("t.txt", text), digits).subject == subject


def test_control_the_next_clause_keeps_its_own_figure() -> None:
    text = "Halden's Ola Vinter was third with 61.2 metres and veteran Kai Roth fourth with 60.5 m."
    assert claim_with(claims_of("t.txt", text), "60.5").subject == "Kai Roth"
