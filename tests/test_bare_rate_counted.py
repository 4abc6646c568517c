"""A rate written with its base alone ("6.2 per 1,000") in a document that gave a rate of that
base with its counted thing and population earlier ("8.4 readmissions per 1,000 patients")
counts the same thing per the same population: the earlier rate names it, not a nearer count
of something else ("its 14 wards"), not the word before "rate" ("its readmission rate"), and
the population the document named once is its population."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms, report_of

DAY = dt.date(2026, 3, 17)

TRUST = (
    "Hospital readmissions\n\nAcross its sites, the Wendmoor Health Trust logged 8.4 "
    "readmissions per 1,000 patients in 2025, the regulator said on Tuesday. Northgate "
    "Infirmary, which opened 14 wards last year, fared worst at {rate} per 1,000.\n"
)
OTHER = (
    "Hospital readmissions\n\nNorthgate Infirmary had 11.9 readmissions per 1,000 patients "
    "in 2025, the worst in the trust, the regulator said on Tuesday.\n"
)


def _rates(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        c.text: (c.metric, c.unit)
        for c in report_of(text, day=DAY).claims
        if (c.unit or "").startswith("per ")
    }


def test_bare_rate_counts_what_the_earlier_rate_counts() -> None:
    rates = _rates(TRUST.format(rate="11.9"))
    assert rates["11.9 per 1,000"] == ("readmissions per 1,000 patient", "per 1,000 patient")


def test_bare_rate_meets_another_sources_written_rate() -> None:
    found = alarms(TRUST.format(rate="9.1"), OTHER, day=DAY)
    assert any("9.1" in m and "11.9" in m for m in found)


def test_control_bare_rate_agreeing_raises_nothing() -> None:
    assert alarms(TRUST.format(rate="11.9"), OTHER, day=DAY) == []


def test_control_two_populations_keep_their_bare_base() -> None:
    text = (
        "Crime survey\n\nThe survey found 31 thefts per 1,000 households and 12 frauds "
        "per 1,000 firms in 2025, the statistics office said. In the capital it was 44 per "
        "1,000.\n"
    )
    assert _rates(text)["44 per 1,000"][1] == "per 1,000"
