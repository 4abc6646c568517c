"""A currency name several countries share ("dinars", "pesos", "kroner") is the story's own
currency when a source of the same run writes amounts with letters of its own and names the
currency by that word ("VRD 221 billion ... the dinar weakened"): the two sources' figures are
then weighed against each other, in one unit (class: a shared currency name against a story's
own code). Sentences written afresh, with invented names."""

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
