"""A noun whose "of" holds the figure names what it measures, however weak a word it is
elsewhere (class: a weak keyword that owns the figure losing to a stronger keyword of another
phrase): "After legal costs of $2 million, the fines the regulator kept came to ..." gives a
cost, not a fine. Controls: a strong keyword that owns its figure keeps it, and a weak word
that does not own the figure still yields. Sentences written afresh."""

from __future__ import annotations

import pytest

from tests.reported import metric_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "After legal costs of $2 million, the fines the regulator kept came to $5m.",
            "$2 million",
        ),
        ("Running costs of €4.2 million ate into the fines the city took.", "€4.2 million"),
    ],
)
def test_the_noun_that_holds_the_figure_names_it(text: str, surface: str) -> None:
    assert metric_of(text + "\n", surface) == "cost"


def test_control_a_strong_owner_keeps_its_name() -> None:
    assert (
        metric_of("The bank paid penalties of £8 million after its costs rose.\n", "£8 million")
        == "fine"
    )


def test_control_a_weak_word_that_owns_nothing_yields() -> None:
    assert (
        metric_of("Costs rose as the firm paid £3 million in penalties.\n", "£3 million") != "cost"
    )
