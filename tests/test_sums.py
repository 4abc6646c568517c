"""Class: a total against the sum of its parts, where one source marks the figures as its parts
("of which", "Of that," at the start of the next sentence, "made up of", a list after a colon,
"... in all"). Parts that exceed their total are a conflict; parts that fall short only when the
text says they are all of it. Sentences are invented for these tests."""

from __future__ import annotations

from reconcile.claims.models import Document, Finding
from reconcile.pipeline import reconcile


def _sums(*texts: str) -> list[Finding]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    return [
        f
        for f in reconcile(docs).findings
        if f.kind == "arithmetic" and "does not add up" in f.message
    ]


def test_parts_after_of_which_that_exceed_the_total_conflict() -> None:
    [f] = _sums(
        "Quillon Freight owes £520m to its creditors, of which £330m is owed to its lenders "
        "and £240m to hauliers and landlords."
    )
    assert "more than the whole" in f.message
    assert len(f.claims) == 3


def test_parts_in_the_next_sentence_after_of_that_conflict() -> None:
    [f] = _sums(
        "The Darrow group has run up debts of $96 million. Of that, $61 million is due to "
        "bondholders, who hold security, and $44 million to unsecured suppliers."
    )
    assert len(f.claims) == 3


def test_a_colon_list_that_falls_short_of_its_total_conflicts() -> None:
    [f] = _sums("The outage cost Fennick Stores £42m of lost trade: £23m online and £11m in shops.")
    assert "less than the whole" in f.message


def test_parts_before_a_total_in_all_conflict() -> None:
    [f] = _sums(
        "Ostrava Rovers won 17 corners in the first half and 12 corners in the second, "
        "35 corners in all."
    )
    assert "less than the whole" in f.message
    [f] = _sums(
        "The Harlow museum drew 4,100 visitors on Saturday and 3,900 visitors on Sunday, "
        "a combined 9,500 visitors."
    )
    assert len(f.claims) == 3
    [f] = _sums(
        "The sequel took $61.3m in North America and $48.2m abroad, for a worldwide total of "
        "$119.5m, its studio said."
    )
    assert "less than the whole" in f.message


def test_control_parts_that_add_up_are_no_finding() -> None:
    assert not _sums(
        "Quillon Freight owes £520m to its creditors, of which £330m is owed to its lenders "
        "and £190m to hauliers and landlords.",
        "The outage cost Fennick Stores £42m of lost trade: £31m online and £11m in shops.",
    )


def test_control_of_which_parts_that_fall_short_may_leave_a_part_unnamed() -> None:
    assert not _sums(
        "The Darrow group has run up debts of $96 million, of which $40 million is due to "
        "bondholders and $30 million to its banks."
    )


def test_control_a_comparison_is_no_list_of_parts() -> None:
    assert not _sums(
        "Revenue at Pellard reached £80m, including £50m from retail, up from £45m a year earlier."
    )


def test_control_a_figure_of_a_new_clause_is_no_part_of_the_list() -> None:
    # the parts ($90m and $40m) make the total; the estimate in the clause between them and the
    # total is no third part
    assert not _sums(
        "Set against a $90m budget and $40m of advertising, we expect box-office income of "
        "about $100m-$120m, which on its own would not cover the $130m combined cost."
    )
