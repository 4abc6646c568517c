"""Unit names as people write them (issue 12): every physical unit of the data is reported in
words ("square kilometer", "kilometer per hour") that pint reads back as the same unit, and a
money rate's unit ("USD per hour") is a quantity the later stages can use."""

from __future__ import annotations

import pytest

from reconcile import extract_quantities
from reconcile.quantities.physical import phys_name, spoken_unit
from reconcile.units import load_data, registry, to_quantity

_PHYS = load_data("physical_units")
_EXPRESSIONS = sorted(
    {*_PHYS["words"].values(), *_PHYS["symbols"].values(), *_PHYS["attached"].values()}
)


@pytest.mark.parametrize("expr", _EXPRESSIONS)
def test_every_spoken_unit_reads_back_as_the_same_unit(expr: str) -> None:
    name = phys_name(expr)
    assert name is not None
    assert "**" not in name and "_" not in name and "/" not in name
    q = to_quantity(type("M", (), {"value": 1.0, "unit": name, "kind": "physical"})())
    assert q.to(registry().Unit(expr)).magnitude == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("pint_name", "spoken"),
    [
        ("kilometer ** 2", "square kilometer"),
        ("kilometer ** 3", "cubic kilometer"),
        ("kilometer / hour", "kilometer per hour"),
        ("(barrel) / day", "barrel per day"),
        ("metric_ton", "metric ton"),
        ("degree_Celsius", "degree Celsius"),
    ],
)
def test_spoken_unit(pint_name: str, spoken: str) -> None:
    assert spoken_unit(pint_name) == spoken


def test_a_money_rate_is_a_quantity_of_its_own() -> None:
    (wage,) = extract_quantities("a wage of $15.4/hour")
    assert (wage.kind, wage.unit) == ("money", "USD per hour")
    q = to_quantity(wage)
    assert q.to(f"USD / {'day'}").magnitude == pytest.approx(15.4 * 24)
    (amount,) = extract_quantities("a fee of $15.4")
    assert to_quantity(amount).dimensionality != q.dimensionality
