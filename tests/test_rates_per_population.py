"""A rate per a round number of a population ("52.3 burglaries per 1,000 households", "the
burglary rate was 58.1 per 1,000 households") is one figure that measures what it counts per
whom: two sources' rates of one thing are weighed against each other, whether the counted noun
is written before "per" or named by "<thing> rate"; a rate never meets a count of the thing it
counts (17 disputes per 10,000 lines are no 17 disputes against a total of 17,240), nor a rate
of another population ("per 10,000 prepaid lines" against "per 10,000 contract lines")."""

from __future__ import annotations

import datetime as dt

from tests.reported import findings_of

DAY = dt.date(2026, 5, 12)


def alarms(*texts: str) -> list[str]:
    return [f.message for f in findings_of(*texts, day=DAY) if f.severity in ("warning", "error")]


def test_two_rates_of_one_thing_are_weighed() -> None:
    found = alarms(
        "Burglary figures\n\nThe county recorded 52.3 burglaries per 1,000 households in "
        "2025, the police board said on Tuesday.\n",
        "Burglary figures\n\nIn 2025 the county's burglary rate was 58.1 per 1,000 households, "
        "the police board said on Tuesday.\n",
    )
    assert any("52.3" in m and "58.1" in m for m in found)


def test_control_one_rate_twice_agrees() -> None:
    found = alarms(
        "Burglary figures\n\nThe county recorded 52.3 burglaries per 1,000 households in "
        "2025, the police board said on Tuesday.\n",
        "Burglary figures\n\nIn 2025 the county's burglary rate was 52.3 per 1,000 households, "
        "the police board said on Tuesday.\n",
    )
    assert found == []


def test_a_rate_is_no_count_of_what_it_counts() -> None:
    found = alarms(
        "Telecoms disputes\n\nThe ombudsman handled 17,240 disputes in 2025, it said on Tuesday.\n",
        "Telecoms disputes\n\nWith 10.1 million prepaid lines in use in 2025, that is about "
        "17 disputes per 10,000 prepaid lines, the ombudsman said on Tuesday.\n",
    )
    assert found == []


def test_rates_of_two_populations_are_not_weighed() -> None:
    found = alarms(
        "Telecoms disputes\n\nIn 2025 the ombudsman logged about 17 disputes per 10,000 "
        "prepaid lines, it said on Tuesday.\n",
        "Telecoms disputes\n\nIn 2025 the ombudsman logged about 41 disputes per 10,000 "
        "contract lines, it said on Tuesday.\n",
    )
    assert found == []
