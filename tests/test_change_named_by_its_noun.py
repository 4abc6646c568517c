"""A change noun with a noun before it ("a tuition increase of 7%", "a 6% rent hike", "an 11%
list-price rise") is the change of that noun, as "tuition rose 7%" is: its measured thing is the
noun (or the change of the vocabulary metric the noun names), not "increase", "hike" or "rise"
(session 32, helper "metric"; ``parse.changed_compound``, ``context._compound_change``). A
percentage with such a pair after it is a change, not a level (``context._RX_NAMED_CHANGE``).

Controls: a noun that says how the change is reckoned ("a compound increase") names no thing;
a change noun with its own "in" phrase keeps that phrase's noun; a level stays a level.
"""

from __future__ import annotations

from reconcile.claims.evidence import measured_thing
from reconcile.claims.models import Claim
from tests.reported import claims_of


def _claim(text: str, surface: str) -> Claim:
    found = [c for c in claims_of("t.txt", f"College notes\n\n{text}\n") if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0]


def test_a_noun_before_the_change_noun_is_what_changes() -> None:
    c = _claim("Trustees approved a tuition increase of 7% for the autumn term.", "7%")
    assert c.role == "change"
    assert c.metric is not None and measured_thing(c.metric) == "tuition"


def test_a_percentage_before_noun_and_change_noun_is_a_change() -> None:
    c = _claim("Tenants were told to expect a 6% rent hike next spring.", "6%")
    assert c.role == "change"
    assert c.metric is not None and measured_thing(c.metric) == "rent"


def test_a_vocabulary_noun_gives_its_metrics_change() -> None:
    c = _claim("The brewer has pencilled in an 11% list-price rise for its lagers.", "11%")
    assert c.role == "change" and c.metric == "price change"


def test_a_noun_of_how_the_change_is_reckoned_names_nothing() -> None:
    c = _claim("Two steps of 4% and 3% make a compound increase of 7.1% over two years.", "7.1%")
    assert c.metric is None or measured_thing(c.metric) != "compound"


def test_a_change_noun_with_its_own_in_phrase_keeps_it() -> None:
    c = _claim("The 9% jump in enrolments pleased the governors.", "9%")
    assert c.metric == "enrolments"


def test_a_level_stays_a_level() -> None:
    c = _claim("The pass rate was 84% this summer.", "84%")
    assert c.role != "change"
