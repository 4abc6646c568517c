"""Amounts of one quantity in two currencies are weighed against each other through a reference
rate with the band of an unstated rate (issue 11, currencies apart)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile.claims import money
from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import compare_groups, conflict_pairs
from reconcile.config import Settings


def amount(name: str, value: float, unit: str, sentence: str, figure: str) -> Claim:
    start = sentence.index(figure)
    span = (start, start + len(figure))
    half = 0.5 * 10 ** (len(str(int(value))) - 2)  # two significant figures written
    low, high = value - half, value + half
    mention = Mention(
        surface=figure, span=span, value=value, unit=unit, kind="money", low=low, high=high
    )
    return Claim(
        id=f"{name}#{span[0]}-{span[1]}",
        document=name,
        span=span,
        text=figure,
        value=value,
        unit=unit,
        low=low,
        high=high,
        kind="money",
        subject="Harwick Rovers",
        metric="transfer fee",
        sentence=sentence,
        mention=mention,
    )


def judge(
    *pairs: tuple[str, Claim], published: str = "2025-08-20", settings: Settings | None = None
) -> list[Finding]:
    """Each (text, claim) is one document; claims are grouped by currency, as grouping does."""
    docs = [Document(id=c.document, path=c.document, text=t, published=published) for t, c in pairs]
    claims = [c for _t, c in pairs]
    by_unit: dict[str, list[str]] = {}
    for c in claims:
        by_unit.setdefault(c.unit, []).append(c.id)
    groups = [
        Group(
            id=f"g{n}",
            label=f"Harwick Rovers: transfer fee ({unit}, level)",
            claims=ids,
            subject="Harwick Rovers",
            metric="transfer fee",
            role="level",
            unit=unit,
        )
        for n, (unit, ids) in enumerate(sorted(by_unit.items()), start=1)
    ]
    return compare_groups(groups, claims, settings=settings, documents=docs)


def one(name: str, sentence: str, figure: str, value: float, unit: str) -> tuple[str, Claim]:
    return sentence, amount(name, value, unit, sentence, figure)


EURO = one("a.txt", "Harwick Rovers will pay €85m for the winger.", "€85m", 85e6, "EUR")
EURO_2 = one(
    "a.txt", "The winger cost Harwick Rovers a fee of €85 million.", "€85 million", 85e6, "EUR"
)


@pytest.mark.parametrize("euro", [EURO, EURO_2])
def test_amounts_within_the_band_of_the_reference_rate_agree(euro: tuple[str, Claim]) -> None:
    # about 0.84 GBP per EUR at the start of 2025: €85m is about £71m; £72m is within 10%
    pounds = one("b.txt", "The club agreed a £72m fee for the winger.", "£72m", 72e6, "GBP")
    assert judge(euro, pounds) == []
    dollars = one("b.txt", "Rovers paid $96 million for the winger.", "$96 million", 96e6, "USD")
    assert judge(euro, dollars) == []


@pytest.mark.parametrize("euro", [EURO, EURO_2])
def test_amounts_beyond_the_band_conflict_and_the_rate_is_named(euro: tuple[str, Claim]) -> None:
    pounds = one("b.txt", "Rovers handed over £55m for the winger.", "£55m", 55e6, "GBP")
    [f] = judge(euro, pounds)
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    assert "ECB reference rate of 2025-01-02" in f.message and "10%" in f.message
    assert sorted(f.claims) == sorted([euro[1].id, pounds[1].id])
    yen = one("b.txt", "The fee came to ¥9.9bn, the club said.", "¥9.9bn", 9.9e9, "JPY")
    [f] = judge(euro, yen)  # about ¥13.8bn at 162 yen per euro
    assert f.kind == "value_mismatch" and "JPY" in f.message


def test_the_rate_of_the_articles_year_is_used() -> None:
    # USD per EUR: 1.43 at the start of 2010, 1.03 at the start of 2025
    dollars = one("b.txt", "Rovers paid $120 million for the winger.", "$120 million", 120e6, "USD")
    assert judge(EURO, dollars, published="2010-03-01") == []
    [f] = judge(EURO, dollars, published="2025-03-01")
    assert "2025-01-02" in f.message


def test_a_configured_rate_replaces_the_reference() -> None:
    pounds = one("b.txt", "Rovers handed over £55m for the winger.", "£55m", 55e6, "GBP")
    rate = [{"base": "EUR", "quote": "GBP", "rate": 0.65, "date": "2025-08-19"}]
    assert judge(EURO, pounds, settings=Settings(exchange_rates=rate)) == []
    assert judge(EURO, pounds) != []


def test_a_bracketed_conversion_and_a_source_giving_both_are_not_weighed_again() -> None:
    text = "Rovers will pay £55m (€85m) for the winger."
    pounds = amount("b.txt", 55e6, "GBP", text, "£55m")
    euros = amount("b.txt", 85e6, "EUR", text, "€85m")
    other = one("c.txt", "Reports put the fee at €86 million.", "€86 million", 86e6, "EUR")
    docs = [
        Document(id="b.txt", path="b.txt", text=text, published="2025-08-20"),
        Document(id="c.txt", path="c.txt", text=other[0], published="2025-08-20"),
    ]
    groups = [
        Group(id="g1", label="fee (EUR)", claims=[euros.id, other[1].id], subject="Harwick Rovers",
              metric="transfer fee", role="level", unit="EUR"),
        Group(id="g2", label="fee (GBP)", claims=[pounds.id], subject="Harwick Rovers",
              metric="transfer fee", role="level", unit="GBP"),
    ]  # fmt: skip
    found = compare_groups(groups, [pounds, euros, other[1]], documents=docs)
    # the only disagreement is the rate b.txt implies (0.65 GBP per EUR): no currency finding
    assert all("ECB" not in f.message for f in found)


def test_currencies_outside_the_table_are_never_converted() -> None:
    assert not money.weighable("ETH") and money.weighable("GBP") and money.weighable("EUR")
    assert money.rate("ETH", "USD", 2025) is None
    assert money.rate("USD", "USD", 2025) is None


@given(
    st.sampled_from(sorted(money.table().currencies)),
    st.sampled_from(sorted(money.table().currencies)),
    st.integers(1990, 2040),
    st.floats(1, 1e12),
)
def test_rates_invert_and_a_conversion_holds_the_mid_rate(
    a: str, b: str, year: int, value: float
) -> None:
    there, back = money.rate(a, b, year), money.rate(b, a, year)
    if a == b:
        assert there is None and back is None
        return
    assert there is not None and back is not None
    assert there.mid * back.mid == pytest.approx(1.0)
    lo, hi = money.convert((value, value), there)
    assert lo <= value * there.mid <= hi
    assert hi / lo == pytest.approx((1 + money.table().band) / (1 - money.table().band))


def test_the_reference_table_names_its_source_and_dates() -> None:
    t = money.table()
    assert "ECB" in t.source and 0 < t.band < 0.5
    assert all(dt.date.fromisoformat(d).year == y for y, d in t.dates.items())


def test_two_articles_in_two_currencies_meet_in_a_report() -> None:
    a = Document(
        id="a.txt",
        path="a.txt",
        published="2025-08-20",
        text="Harwick Rovers sign Dario Lenk\n\nHarwick Rovers agreed a transfer fee of €85m "
        "for the Danish winger, the club confirmed.\n",
    )
    b = Document(
        id="b.txt",
        path="b.txt",
        published="2025-08-20",
        text="Lenk joins Harwick Rovers\n\nHarwick Rovers agreed a transfer fee of £55m for the "
        "Danish winger, the club confirmed.\n",
    )
    report = reconcile.reconcile([a, b])
    [f] = [f for f in report.findings if f.severity != "info"]
    assert f.kind == "value_mismatch" and "ECB" in f.message
    fair = b.model_copy(update={"text": b.text.replace("£55m", "£72m")})
    assert [f for f in reconcile.reconcile([a, fair]).findings if f.severity != "info"] == []


def test_a_check_finds_the_same_currency_conflicts_as_a_report() -> None:
    euro = EURO
    pounds = one("b.txt", "Rovers handed over £55m for the winger.", "£55m", 55e6, "GBP")
    dollars = one("c.txt", "Rovers paid $50 million for the winger.", "$50 million", 50e6, "USD")
    pairs = (euro, pounds, dollars)
    docs = [
        Document(id=c.document, path=c.document, text=t, published="2025-08-20") for t, c in pairs
    ]
    claims = [c for _t, c in pairs]
    groups = [
        Group(id=f"g{n}", label=f"fee ({c.unit})", claims=[c.id], subject="Harwick Rovers",
              metric="transfer fee", role="level", unit=c.unit)
        for n, c in enumerate(claims, start=1)
    ]  # fmt: skip
    report = conflict_pairs(compare_groups(groups, claims, documents=docs))
    assert len(report) == 3  # every pair of the three sources disagrees beyond the band
    for focus in ("a.txt", "b.txt", "c.txt"):
        checked = conflict_pairs(compare_groups(groups, claims, documents=docs, focus={focus}))
        assert checked == {p for p in report if focus in p[2]}, focus


def test_two_conversions_of_one_amount_name_the_conversions_in_dispute() -> None:
    """Both sources restate the same amount in another currency and disagree on the rate: the
    finding names the two conversions (the figures an editor must look at), not the agreeing
    originals; when neither side agrees, all four."""
    from reconcile.pipeline import reconcile

    docs = [
        Document(
            id="a.txt", path="a.txt", text="Brisco valued Orlend at £2.35 billion ($3.1 billion)."
        ),
        Document(
            id="b.txt", path="b.txt", text="Brisco valued Orlend at £2.35 billion ($3.9 billion)."
        ),
    ]
    report = reconcile(docs)
    by_id = {c.id: c for c in report.claims}
    [rate] = [f for f in report.findings if f.kind == "arithmetic" and "rate" in f.message]
    assert sorted(by_id[i].text for i in rate.claims) == ["$3.1 billion", "$3.9 billion"]


def _rate_findings(*texts: str) -> list[tuple[str, str]]:
    from reconcile.pipeline import reconcile

    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in zip("ab", texts, strict=True)
    ]
    report = reconcile(docs)
    return [(f.severity, f.message) for f in report.findings if " rate: " in f.message]


def test_one_amount_converted_at_rates_a_few_weeks_apart_is_a_note() -> None:
    # 1.139 against 1.125 euros per pound: within a few weeks' drift and the rounding of "£160m"
    [(severity, message)] = _rate_findings(
        "Harlow Town signed the forward for €180m (£158m) on Friday.",
        "The €180m (£160m) fee is a record for the club.",
    )
    assert severity == "info" and "one amount" in message


def test_control_one_amount_converted_a_fifth_apart_is_a_warning() -> None:
    [(severity, _message)] = _rate_findings(
        "Harlow Town signed the forward for €180m (£158m) on Friday.",
        "The €180m (£190m) fee is a record for the club.",
    )
    assert severity == "warning"
