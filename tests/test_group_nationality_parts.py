"""A nationality adjective on a count of people names a part of them ("18 Chinese workers",
"384 American climbers"): never set against the count of all of them ("the blaze killed 23
workers"), while two counts of all the workers still meet (class: a part of a counted group
read as the whole). Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.test_group_scales import _claims, _group_of, _one


def test_a_nationality_part_is_not_the_whole_count() -> None:
    a = _claims("a.txt", "The blaze at the Tessaro plant killed 23 workers on Monday.")
    b = _claims("b.txt", "Nineteen Polish workers died in the blaze at the Tessaro plant.")
    group = _group_of([*a, *b])
    assert group[_one(a, "23").id] != group[_one(b, "Nineteen").id]


def test_an_origin_part_is_not_the_whole_count() -> None:
    a = _claims("a.txt", "The ministry issued permits to 520 climbers on Kessa Peak this spring.")
    b = _claims("b.txt", "Permits went to 384 American climbers on Kessa Peak this spring.")
    group = _group_of([*a, *b])
    assert group[_one(a, "520").id] != group[_one(b, "384").id]


def test_control_two_counts_of_all_the_workers_disagree() -> None:
    docs = [
        Document(
            id="a.txt", path="a.txt", text="The blaze at the Tessaro plant killed 23 workers."
        ),
        Document(
            id="b.txt", path="b.txt", text="The blaze at the Tessaro plant killed 32 workers."
        ),
    ]
    report = reconcile(docs)
    assert any(f.severity != "info" for f in report.findings)
