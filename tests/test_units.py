"""The shared unit registry: currencies as dimensions, distinct percent units, conversions."""

from __future__ import annotations

import math

import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.units as units
from reconcile import extract_quantities
from reconcile.units import (
    ConversionError,
    convert,
    count_unit,
    currency_codes,
    currency_for,
    normalize,
    pint_unit_name,
    rates_from_rows,
    to_quantity,
    ureg,
)


def test_one_shared_registry() -> None:
    import reconcile.units as again

    assert again.ureg is ureg
    q = to_quantity(extract_quantities("HK$138.0")[0])
    assert q._REGISTRY is ureg
    assert str(q.units) == "HKD"


@pytest.mark.parametrize(
    "code",
    ["USD", "HKD", "CNY", "EUR", "GBP", "JPY", "INR", "KRW", "TWD", "SGD", "AUD", "CAD", "CHF"],
)
def test_required_currencies_are_base_dimensions(code: str) -> None:
    assert code in currency_codes()
    assert dict(ureg.Quantity(1, code).dimensionality) == {f"[currency_{code}]": 1}


@pytest.mark.parametrize(
    ("token", "code", "factor"),
    [
        ("$", "USD", 1.0),
        ("US$", "USD", 1.0),
        ("dollar", "USD", 1.0),
        ("HK$", "HKD", 1.0),
        ("Hong Kong dollar", "HKD", 1.0),
        ("yuan", "CNY", 1.0),
        ("RMB", "CNY", 1.0),
        ("renminbi", "CNY", 1.0),
        ("CN¥", "CNY", 1.0),
        ("€", "EUR", 1.0),
        ("£", "GBP", 1.0),
        ("pound sterling", "GBP", 1.0),
        ("¥", "CNY", 1.0),
        ("yen", "JPY", 1.0),
        ("₹", "INR", 1.0),
        ("rupee", "INR", 1.0),
        ("₩", "KRW", 1.0),
        ("won", "KRW", 1.0),
        ("NT$", "TWD", 1.0),
        ("S$", "SGD", 1.0),
        ("A$", "AUD", 1.0),
        ("C$", "CAD", 1.0),
        ("CHF", "CHF", 1.0),
        ("cents", "USD", 0.01),
        ("pence", "GBP", 0.01),
    ],
)
def test_symbols_and_names_come_from_data(token: str, code: str, factor: float) -> None:
    assert currency_for(token) == (code, factor)


def test_unknown_currency_token() -> None:
    assert currency_for("zorkmid") is None


def test_currencies_never_convert_without_rates() -> None:
    with pytest.raises(pint.errors.DimensionalityError):
        ureg.Quantity(1, "USD").to("CNY")
    with pytest.raises(ConversionError, match="no exchange rate for USD->CNY"):
        convert(1.0, "USD", "CNY")
    with pytest.raises(ConversionError):
        convert(1.0, "USD", "percent")


def test_convert_with_caller_rates() -> None:
    rates = {("USD", "CNY"): 7.13}
    assert convert(100.0, "USD", "CNY", rates) == pytest.approx(713.0)
    assert convert(713.0, "CNY", "USD", rates) == pytest.approx(100.0)
    assert convert(5.0, "EUR", "EUR") == 5.0


def test_rates_from_settings_rows() -> None:
    rows = [
        {"date": "2025-09-23", "base": "USD", "quote": "HKD", "rate": 7.78},
        {"date": "2025-09-24", "base": "usd", "quote": "hkd", "rate": 7.77},
    ]
    assert rates_from_rows(rows) == {("USD", "HKD"): 7.77}
    assert rates_from_rows(rows, date="2025-09-23") == {("USD", "HKD"): 7.78}
    with pytest.raises(ConversionError):
        rates_from_rows([{"base": "USD", "quote": "HKD", "rate": -1}])
    with pytest.raises(ConversionError):
        rates_from_rows([{"base": "USD"}])


def test_percent_percentage_point_basis_point_are_distinct() -> None:
    with pytest.raises(ConversionError):
        convert(2.0, "percent", "percentage_point")
    with pytest.raises(ConversionError):
        convert(2.0, "basis_point", "percent")
    assert convert(250.0, "basis_point", "percentage_point") == pytest.approx(2.5)
    pct, pp, bp = extract_quantities("up 2%, or 2 percentage points, or 200 bps")
    assert (pct.unit, pp.unit, bp.unit) == ("percent", "percentage_point", "basis_point")
    assert to_quantity(pct).dimensionality != to_quantity(pp).dimensionality
    assert to_quantity(bp).to("percentage_point").magnitude == pytest.approx(2.0)


def test_counted_nouns_are_their_own_dimensions() -> None:
    with pytest.raises(ConversionError):
        convert(3.0, "chip", "user")
    chips = to_quantity(extract_quantities("23,000 chips")[0])
    assert chips.magnitude == 23000 and str(chips.units) == "chip"
    # a noun outside the vocabulary is a plain count
    assert to_quantity(type("M", (), {"value": 3.0, "unit": "gizmo"})()).dimensionless


def test_physical_units_use_pint_names() -> None:
    assert pint_unit_name("km/h") == "kilometer / hour"
    speed = extract_quantities("a top speed of 120km/h")[0]
    assert speed.unit == "kilometer per hour"  # pint's name as people write it
    assert to_quantity(speed).to("mile / hour").magnitude == pytest.approx(74.5645, rel=1e-5)
    assert normalize(1.0, "mile") == (1.609344, "kilometer")
    assert normalize(5.0, "USD") == (5.0, "USD")
    assert normalize(5.0, "percent") == (5.0, "percent")
    value, unit = normalize(2.0, "megawatt_hour")
    assert (value, unit) == (0.002, "gigawatt_hour")
    with pytest.raises(ConversionError):
        pint_unit_name("flux capacitor")


_PHYSICAL = [
    "kilometer",
    "mile",
    "hectare",
    "acre",
    "metric_ton",
    "pound",
    "barrel",
    "barrel / day",
    "liter",
    "gallon",
    "megawatt",
    "gigawatt_hour",
    "kilometer / hour",
    "mile / hour",
    "kilometer ** 2",
    "mile ** 2",
    "foot",
    "degree_Fahrenheit",
    "degree_Celsius",
]


@settings(max_examples=150, deadline=None)
@given(
    unit=st.sampled_from(_PHYSICAL),
    value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
)
def test_physical_normalization_round_trips(unit: str, value: float) -> None:
    canonical_value, canonical_unit = normalize(value, unit)
    back = convert(canonical_value, canonical_unit, unit)
    assert math.isclose(back, value, rel_tol=1e-9, abs_tol=1e-6)
    # the canonical unit is a fixed point
    assert normalize(canonical_value, canonical_unit)[1] == canonical_unit


@settings(max_examples=100, deadline=None)
@given(
    a=st.sampled_from(currency_codes()),
    b=st.sampled_from(currency_codes()),
    rate=st.floats(min_value=1e-4, max_value=1e4),
    value=st.floats(min_value=0, max_value=1e12),
)
def test_currency_conversion_only_through_rates(a: str, b: str, rate: float, value: float) -> None:
    if a == b:
        assert convert(value, a, b) == value
        return
    with pytest.raises(ConversionError):
        convert(value, a, b)
    there = convert(value, a, b, {(a, b): rate})
    assert math.isclose(convert(there, b, a, {(a, b): rate}), value, rel_tol=1e-9, abs_tol=1e-9)


def test_module_exports() -> None:
    for name in units.__all__:
        assert hasattr(units, name)


def test_counts_never_collide_with_pint_units() -> None:
    points = to_quantity(extract_quantities("the index lost 300 points")[0])
    assert dict(points.dimensionality) == {"[count_point]": 1}  # not typographic points
    with pytest.raises(ConversionError):
        convert(3.0, "point", "chip")
    assert normalize(300.0, "point") == (300.0, "point")
    phones = to_quantity(extract_quantities("50.1 million iPhones")[0])
    assert dict(phones.dimensionality) == {"[count_iphone]": 1}
    assert count_unit("iphone") == count_unit("iPhone")
    # durations stay pint's time units
    assert to_quantity(extract_quantities("over the next five years")[0]).to(
        "month"
    ).magnitude == pytest.approx(60.0)
