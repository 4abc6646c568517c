"""A person's name alone on a line in a page's head, before the first sentence of prose, is the
writer's byline written without "By": never the subject of the piece's figures. A name on such
a line that the body writes again is someone the story is about, and stays a subject."""

from __future__ import annotations

from tests.reported import report_of

COLUMN = """Feed bills will sink the small dairies

Marta Wendel

Ask any dairy farmer in the valley about feed and you get a number: 412 crowns a tonne.
Last winter it was closer to 300 crowns, and nobody has raised milk prices to match.
"""

PROFILE = """Marta Wendel

The dairy farmer who took on the feed merchants

Marta Wendel pays 412 crowns a tonne for feed this winter, she told the paper.
"""


def test_a_bare_byline_is_no_subject() -> None:
    subjects = {c.subject for c in report_of(COLUMN).claims}
    assert "Marta Wendel" not in subjects


def test_a_name_the_body_writes_again_stays_a_subject() -> None:
    subjects = {c.subject for c in report_of(PROFILE).claims}
    assert "Marta Wendel" in subjects
