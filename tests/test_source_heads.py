"""A source named after "according to" whose name's head the capitalised run leaves out ("the
Office of the State Comptroller": the run is "State Comptroller") is still a source, never the
subject of the figures it reports (issue 11, class "a source's long name";
``entities._source_rx``). Control: a body named whole was a source already."""

from __future__ import annotations

import pytest

from tests.reported import claims_of


@pytest.mark.parametrize(
    "source", ["the Office of the State Comptroller", "the Department of the Treasury"]
)
def test_a_source_with_a_long_name_is_no_subject(source: str) -> None:
    text = (
        "Road audit\n\nThe 40-mile road in Kessby ended up costing 2.9 billion pounds, an "
        f"overrun of 35%, according to {source}.\n"
    )
    subjects = {c.text: c.subject for c in claims_of("t.txt", text)}
    assert subjects["35%"] == "Kessby", subjects


def test_control_a_body_named_whole() -> None:
    text = (
        "Road audit\n\nThe 40-mile road in Kessby ended up costing 2.9 billion pounds, an "
        "overrun of 35%, according to the National Audit Office.\n"
    )
    assert {c.text: c.subject for c in claims_of("t.txt", text)}["35%"] == "Kessby"
