"""A currency name several countries share ("dinars", "pesos", "kroner") is the story's own
currency when a source of the same run writes amounts with letters of its own and names the
currency by that word ("VRD 221 billion ... the dinar weakened"): the two sources' figures are
then weighed against each other, in one unit (class: a shared currency name against a story's
own code), or when the same amounts are written under the name in one source and under the
code in another. Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import alarms

NAMED = "The Orvane sovereign fund was worth 212 billion dinars at the end of June.\n"
CODED = (
    "The Orvane sovereign fund was worth VRD 221 billion at the end of June. It paid VRD 6 "
    "billion to the budget. The dinar fell 3% against the euro over the half.\n"
)


def _units(*texts: str) -> dict[str, str]:
    docs = [Document(id=f"{i}.txt", path=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    return {c.text: c.unit for c in reconcile(docs).claims if c.kind == "money"}


def test_the_shared_name_takes_the_code_a_source_writes_beside_it() -> None:
    units = _units(NAMED, CODED)
    assert units["212 billion dinars"] == "VRD"
    assert units["VRD 221 billion"] == "VRD"


def test_the_two_figures_are_weighed() -> None:
    assert len(alarms(NAMED, CODED)) == 1


def test_control_a_code_never_named_by_the_word_changes_nothing() -> None:
    coded = CODED.replace(" The dinar fell", " The currency fell")
    assert _units(NAMED, coded)["212 billion dinars"] != "VRD"


def test_control_a_real_currency_of_the_name_written_by_its_code_keeps_the_name() -> None:
    other = "Its Serbian unit holds RSD 40 billion of local bonds.\n"
    assert _units(NAMED, CODED, other)["212 billion dinars"] != "VRD"


def test_control_two_codes_in_one_source_say_nothing() -> None:
    two = CODED + "A rival fund holds KDR 90 billion and paid out KDR 2 billion.\n"
    assert _units(NAMED, two)["212 billion dinars"] != "VRD"


# The same amounts under the name in one source and under the code in another (class: a shared
# name and a story's code that carry the same figures), with no source writing both.
NAMED_AMOUNTS = (
    "Telvar's half-year sales reached 7.4 billion dinars. It will charge 35 dinars for each "
    "parcel sent back, and a 12-dinar fee for a late collection.\n"
)
CODED_AMOUNTS = (
    "Telvar's half-year sales were VRD 7.4bn. Returns will cost shoppers VRD 35 each, and "
    "its brand outlay grew to VRD 610m.\n"
)


def test_two_amounts_written_both_ways_make_the_name_the_code() -> None:
    units = _units(NAMED_AMOUNTS, CODED_AMOUNTS)
    assert units["7.4 billion dinars"] == "VRD"
    assert units["12-dinar"] == "VRD"


def test_control_one_amount_written_both_ways_says_nothing() -> None:
    coded = CODED_AMOUNTS.replace("VRD 35 each", "VRD 30 each")
    assert _units(NAMED_AMOUNTS, coded)["7.4 billion dinars"] != "VRD"


# "florins" is a name two real currencies share (Aruba's, the Caribbean guilder): a source that
# writes it beside the story's own code means that code (the class above, with another name).
FLORINS = (
    "The Halvic tobacco duty brought in 512 million florins last year, short of the OKF 600 "
    "million the treasury had pencilled in; OKF 150 million of it pays for clinics.\n"
)
CODED_DUTY = "The Halvic tobacco duty brought in OKF 521 million last year, OKF 9.40 a pack.\n"


def test_florins_beside_a_story_code_are_that_code() -> None:
    assert _units(FLORINS, CODED_DUTY)["512 million florins"] == "OKF"
    assert len(alarms(FLORINS, CODED_DUTY)) == 1


def test_control_florins_with_no_code_are_aruban() -> None:
    plain = "The Halvic tobacco duty brought in 512 million florins last year.\n"
    assert _units(plain)["512 million florins"] == "AWG"
