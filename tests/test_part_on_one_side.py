"""A figure whose measured noun a noun modifier narrows to a part ("dairy output", "freight
revenue") is a different quantity from the whole named plainly ("output", "revenue") even when
only one side names a part (issue 11, class "part against whole on one side";
``separate.contradiction``): a report's farm sector falling while the economy grew is no
disagreement. A modifier on the other side the tagger read as a kind ("operating" margin as an
adjective on one side, a noun on the other) does not make it a plain whole.
Controls: two plain figures of the whole still conflict, and so do two figures of one part."""

from __future__ import annotations

from tests.reported import alarms

_WHOLE = (
    "Quarterly economy figures\n\n"
    "The Pellmark economy expanded in the spring quarter, and output was up 2.3%, the office said."
)
_PART = (
    "Quarterly economy figures\n\n"
    "Farmers had a poor spring in Pellmark, with dairy output falling 1.4% after the drought."
)


def test_a_part_on_one_side_does_not_meet_the_whole() -> None:
    found = alarms(_WHOLE, _PART)
    assert not any("2.3" in m and "1.4" in m for m in found), found


def test_control_two_wholes_conflict() -> None:
    other = _WHOLE.replace("the office said", "a report showed").replace("2.3%", "1.4%")
    found = alarms(_WHOLE, other)
    assert any("2.3" in m and "1.4" in m for m in found), found


def test_control_two_figures_of_one_part_conflict() -> None:
    other = _PART.replace("1.4%", "2.9%").replace("after the drought", "in the dry months")
    found = alarms(_PART, other)
    assert any("1.4" in m and "2.9" in m for m in found), found
