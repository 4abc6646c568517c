"""A measurement restated in another unit beside itself must convert (pint's factors are exact;
the slack is each figure's rounding and qualifier). Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _arithmetic(text: str) -> list[str]:
    report = reconcile([Document(id="a.txt", path="a.txt", text=text)])
    return [f.message for f in report.findings if f.kind == "arithmetic"]


@pytest.mark.parametrize(
    "text",
    [
        "The storm dropped 14mm of hail (about 1.4 inches) on the orchards.",
        "The ridge tops out at 3,720 metres (roughly 9,400ft) near the pass.",
        "The ash drifted 12 km (almost four miles) east of the crater.",
        "The thermometer in the square read 36.2C (87F) at noon.",
        "Gusts on the headland hit 160 mph (240 km/h) overnight.",  # tens do not cover it
        # one digit and zeros round by a quarter at most: 4.4 metres is 14.4 feet, not "about 10"
        "The culvert is only 4.4 metres (about 10ft) across at the weir.",
        "The sea wall is 4.2 metres (10ft) high along the promenade.",
    ],
)
def test_a_restatement_that_does_not_convert_is_an_arithmetic_error(text: str) -> None:
    [message] = _arithmetic(text)
    assert "does not convert" in message


@pytest.mark.parametrize(
    "text",
    [
        "The storm dropped 14mm of hail (about 0.55 inches) on the orchards.",
        "The ridge tops out at 3,720 metres (roughly 12,200ft) near the pass.",
        "The ash drifted 12 km (about 7.5 miles) east of the crater.",
        "The thermometer in the square read 36.2C (97F) at noon.",  # an offset, not a factor
        "The depot is 40km (25 minutes) from the border.",  # another dimension: no restatement
        "Gusts on the headland hit 160 mph (260 km/h) overnight.",  # 257.5 to the nearest ten
        "The culvert is only 6.1 metres (about 20ft) across at the weir.",  # 20.01 feet
        "The pass sits 5 km (about 3 miles) beyond the dam.",  # 3.1 miles
        "The reservoir lies 18 km (about 10 miles) upstream.",  # 11.2: within a quarter of ten
    ],
)
def test_control_a_restatement_that_converts_is_no_error(text: str) -> None:
    assert _arithmetic(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The lake's surface has warmed 1.5C (2.7F) since the first survey.",
        "Nights in the basin are now 2 degrees Celsius (3.6 degrees Fahrenheit) warmer.",
    ],
)
def test_a_change_of_temperature_converts_without_the_offset(text: str) -> None:
    assert _arithmetic(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Inside the cellar the air cooled by 4C (7.2F) within an hour.",
        "The river's temperature fell 3 degrees Celsius (5.4 degrees Fahrenheit) after the storm.",
    ],
)
def test_a_fall_of_temperature_converts_as_a_difference_whatever_its_sign(text: str) -> None:
    assert _arithmetic(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Inside the cellar the air cooled by 4C (39F) within an hour.",
        "The river's temperature rose by 5C (41F) after the dam opened.",
    ],
)
def test_a_change_restated_as_a_reading_is_an_error(text: str) -> None:
    # 4C read as a thermometer's reading is 39.2F: the writer converted the change as a level
    [message] = _arithmetic(text)
    assert "does not convert" in message and "as a change" in message


def test_control_a_change_that_converts_neither_way_is_an_error() -> None:
    [message] = _arithmetic("The lake's surface has warmed 1.5C (3.5F) since the first survey.")
    assert "does not convert" in message


def _warnings(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in zip("ab", texts, strict=True)
    ]
    report = reconcile(docs)
    return [f.message for f in report.findings if f.severity in ("warning", "error")]


def test_bare_degrees_that_agree_as_fahrenheit_and_celsius_are_no_conflict() -> None:
    texts = (
        "Tovik, Sunday. The temperature in the valley town touched 113 degrees on Sunday.",
        "Tovik, Sunday. The temperature in the valley town touched 45 degrees on Sunday.",
    )
    assert _warnings(*texts) == []


def test_control_bare_degrees_that_agree_neither_way_conflict() -> None:
    texts = (
        "Tovik, Sunday. The temperature in the valley town touched 113 degrees on Sunday.",
        "Tovik, Sunday. The temperature in the valley town touched 39 degrees on Sunday.",
    )
    assert any("cannot both hold" in m for m in _warnings(*texts))


def test_temperatures_in_two_scales_are_weighed_against_each_other() -> None:
    day = "Tovik, Sunday. The airfield in the valley town reached {} on Sunday afternoon."
    assert _warnings(day.format("40.3C"), day.format("104.5F")) == []
    assert any("cannot both hold" in m for m in _warnings(day.format("40.3C"), day.format("99F")))
