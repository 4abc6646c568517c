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
    ],
)
def test_control_a_restatement_that_converts_is_no_error(text: str) -> None:
    assert _arithmetic(text) == []
