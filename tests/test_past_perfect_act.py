"""A figure after "had been" and the verb it is the auxiliary of ("had been held for 212 days",
"had been carrying about 340 tonnes") is told in a narrative's past perfect: what had gone on up
to the story's moment, not an earlier value of the figure, so it is weighed against another
source's figure. "had been" as the verb itself ("the rate had been 4.5%") still gives an
earlier value (class: a past perfect of an act read as an earlier value). Sentences written
afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import alarms

HELD = "The two surveyors freed on Sunday had been held for 212 days, their employer said.\n"
HELD_OTHER = "The two surveyors freed on Sunday were held for 221 days, the ministry said.\n"
CARRIED = "The barge had been carrying about 340 tonnes of grain when it sank on Sunday.\n"
CARRIED_OTHER = "The barge was carrying about 430 tonnes of grain when it sank on Sunday.\n"


def test_a_past_perfect_passive_is_weighed() -> None:
    assert len(alarms(HELD, HELD_OTHER)) == 1


def test_a_past_perfect_progressive_is_weighed() -> None:
    assert len(alarms(CARRIED, CARRIED_OTHER)) == 1


def test_control_had_been_as_the_verb_is_an_earlier_value() -> None:
    one = "The regional jobless rate had been 6.2% before the plant closed, the office said.\n"
    other = "The regional jobless rate is 7.9% after the plant closed, the office said.\n"
    docs = [Document(id=n, path=n, text=t) for n, t in (("a.txt", one), ("b.txt", other))]
    findings = reconcile(docs).findings
    assert [f.severity for f in findings] == ["info"]
    assert "earlier value" in findings[0].message
