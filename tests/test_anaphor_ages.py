"""An age written as "The N-year-old" stands for someone named before it; a name its own
sentence gives only after it ("The eight-year-old, ridden by X, won") is someone else (here the
rider of a horse), so the age is not set against X's age from another source. Sentences written
afresh with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _age_alarms(a: str, b: str) -> list:
    docs = [Document(id="a.txt", path="x", text=a), Document(id="b.txt", path="x", text=b)]
    report = reconcile(docs)
    ages = {c.id for c in report.claims if c.metric == "age"}
    assert len(ages) == 2
    return [f for f in report.findings if f.severity != "info" and any(c in ages for c in f.claims)]


def test_a_name_after_the_anaphor_is_someone_else() -> None:
    a = "Jem Tolliver, 31, rode the winner at Farrowby on Saturday."
    b = (
        "Rain fell all afternoon at Farrowby. The eight-year-old, ridden by Jem Tolliver and "
        "trained by Ada Pell, cleared the last fence in front."
    )
    assert _age_alarms(a, b) == []


def test_control_a_name_before_the_anaphor_is_who_it_stands_for() -> None:
    a = "Jem Tolliver, 31, rode the winner at Farrowby on Saturday."
    b = (
        "Jem Tolliver rode the winner at Farrowby on Saturday. The 33-year-old said the "
        "ground was soft."
    )
    [f] = _age_alarms(a, b)
    assert f.kind == "value_mismatch"
