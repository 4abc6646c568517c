"""A list item's label (issue 11, class "a label read as a name"): in "- Penalty: $12m" or
"- Wells tested: 214" the capital is the label's, and a word of the language there says nothing
of a name. Such a word is judged as a sentence's first word is: a name only when it recurs and
never appears in lower case. The figure then falls to the story's subject, and a figure no
vocabulary names takes the label as what it counts; a label that names neither the figure's
metric nor any vocabulary metric narrows it ("- Design maximum: 1,450 passengers"). Controls:
a list of names keeps them ("- Orlen: 37%"), and a word that recurs as a name stays one."""

from __future__ import annotations

import pytest

from tests.reported import alarms, claims_of

_DIGEST = (
    "Corlen Mining settles pollution case\n"
    "Corlen Mining agreed on Tuesday to settle the case brought by the river authority.\n"
    "At a glance\n"
    "- Penalty: $12m\n"
    "- Clean-up bill: $31m\n"
    "- Wells tested: 214\n"
    "- Sludge removed: 4,300 tonnes\n"
)


def _claim(text: str, surface: str) -> tuple[str | None, str | None]:
    found = [c for c in claims_of("a.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("a.txt", text)]
    return found[0].subject, found[0].metric


@pytest.mark.parametrize("surface", ["$12m", "$31m", "214", "4,300 tonnes"])
def test_a_labels_word_is_no_subject(surface: str) -> None:
    assert _claim(_DIGEST, surface)[0] == "Corlen Mining"


def test_a_figure_no_vocabulary_names_takes_its_label() -> None:
    text = _DIGEST.replace("- Penalty: $12m", "- Outflow: $19m")
    assert _claim(text, "$19m")[1] == "outflow"


def test_control_a_list_of_names_keeps_them() -> None:
    text = (
        "Dravik leads the count\nDravik was ahead in the early count, officials said.\n"
        "Results so far\n- Dravik: 41%\n- Orlen: 37%\n"
    )
    assert _claim(text, "37%")[0] == "Orlen"
    assert _claim(text, "41%")[0] == "Dravik"


def test_control_a_word_that_recurs_as_a_name_stays_one() -> None:
    text = (
        "Harbour Authority results\nThe Harbour Authority reported on Monday.\n"
        "By terminal\n- Holmcroft: 1.2 million containers\n"
        "Volumes at Holmcroft rose, and Holmcroft now handles most transshipment.\n"
    )
    assert _claim(text, "1.2 million containers")[0] == "Holmcroft"


_SPEC = (
    "Ferry order for Selkirk Lines\n"
    "Selkirk Lines ordered four ferries from a Baltic yard on Monday.\n"
    "Specification\n"
    "- Design maximum: 1,450 passengers\n"
    "- Crew: 38\n"
)
_LAYOUT = (
    "Selkirk Lines ferries\n"
    "Each of the new Selkirk Lines ferries carries 1,100 passengers, the company said on Monday."
)


def test_a_label_naming_no_metric_narrows_the_figure() -> None:
    assert _claim(_SPEC, "1,450 passengers")[1] == "passengers (design maximum)"


def test_a_labelled_maximum_does_not_conflict_with_a_layout() -> None:
    found = [m for m in alarms(_SPEC, _LAYOUT) if "1,450" in m]
    assert not found, found


def test_control_a_label_naming_the_metric_adds_nothing() -> None:
    text = _SPEC.replace("- Design maximum: 1,450 passengers", "- Passengers: 1,450 passengers")
    assert _claim(text, "1,450 passengers")[1] == "passengers"
