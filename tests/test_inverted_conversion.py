"""A measurement that is another source's converted the wrong way round ("5,300 hectares" /
"2,145 acres": 5,300 divided by 2.47 acres a hectare instead of multiplied) is a conversion
error, not two quantities far apart under one name (class: a unit conversion inverted).
Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import alarms

FIELDS = "Floodwater covered 5,300 hectares of farmland around Penby, the council said on Monday.\n"


def _other(figure: str) -> str:
    return (
        f"About {figure} of farmland around Penby were under water, the council said on Monday.\n"
    )


def test_an_area_converted_the_wrong_way_is_an_error() -> None:
    found = alarms(FIELDS, _other("2,145 acres"))
    assert len(found) == 1 and "wrong way round" in found[0]


def test_a_length_converted_the_wrong_way_is_an_error() -> None:
    one = "The new jetty at Corran is 18 metres long, the harbour board said.\n"
    other = "The harbour board said the Corran jetty is 5.5 feet long.\n"
    assert len(alarms(one, other)) == 1


def test_control_the_right_conversion_agrees() -> None:
    assert alarms(FIELDS, _other("13,100 acres")) == []


def test_control_a_figure_far_off_any_conversion_stays_a_note() -> None:
    docs = [
        Document(id="a.txt", path="a.txt", text=FIELDS),
        Document(id="b.txt", path="b.txt", text=_other("700 acres")),
    ]
    findings = reconcile(docs).findings
    assert [f.severity for f in findings] == ["info"]
