"""A list item's label that names the figure's metric is no subject (issue 11, class "label
read as a name"): "- Imports: $9.2bn" opens a line with a capitalised word, which is what is
measured, not whose; the figure falls to the story's main subject. A label that names someone
("- Quellin Foods: $9.2bn") stays the subject."""

from __future__ import annotations

from tests.reported import claims_of

_STORY = (
    "Tarnwick posts record quarter\n\n"
    "Tarnwick reported its strongest quarter on Thursday, and Tarnwick shares rose.\n\n"
    "Key figures\n"
    "- Imports: $9.2bn, up 4%\n"
    "- Deficit: $1.1bn\n"
)


def _subject(text: str, surface: str) -> str | None:
    return next(c.subject for c in claims_of("t.txt", text) if c.text == surface)


def test_a_label_naming_the_metric_is_no_subject() -> None:
    assert _subject(_STORY, "$9.2bn") == "Tarnwick"
    assert _subject(_STORY, "$1.1bn") == "Tarnwick"


def test_control_a_label_naming_someone_stays_the_subject() -> None:
    story = _STORY.replace("- Imports: $9.2bn, up 4%", "- Quellin Foods: $9.2bn, up 4%")
    assert _subject(story, "$9.2bn") == "Quellin Foods"
