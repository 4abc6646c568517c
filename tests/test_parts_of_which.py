"""A figure named after its whole by "of which" or "of whom" ("supports 2,900 jobs, of which
1,500 at the dock and 1,400 with suppliers") is a part of that whole, as "eight of their shots"
is (``scope.is_part``), also when the part is a bare number its words count; against another
source's figure not written so it may count the part or the whole (``scope.part_and_whole``).
Control: a figure in a sentence of its own after the whole is no part by these words."""

from __future__ import annotations

import pytest

from reconcile.compare.context import Ctx
from reconcile.compare.scope import is_part, part_and_whole
from reconcile.config import Settings
from tests.test_scope import fig

LISTED = (
    "Officials say the contract supports 2,900 jobs, of which 1,500 at Kelvin Dock and 1,400 "
    "with suppliers."
)
WHOM = "The group has 5,200 staff, of whom about 3,100 work in its home market."
APART = "Officials say the contract supports 2,900 jobs. Some 1,500 are at Kelvin Dock."
STAFF = "Kelvin Dock employs 2,200 people, the firm said."

JOBS = {"unit": "", "kind": "number", "metric": "jobs"}


def ctx_of(*claims: object) -> Ctx:
    cs = list(claims)
    by_id = {c.id: c for c in cs}  # type: ignore[attr-defined]
    return Ctx(Settings(), by_id, {c.document: c.sentence for c in by_id.values()}, set())


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [(LISTED, "1,500", 1500), (LISTED, "1,400", 1400), (WHOM, "3,100", 3100)],
)
def test_a_figure_after_of_which_is_a_part(text: str, written: str, value: float) -> None:
    c = fig("b.txt", text, written, value, **JOBS)  # type: ignore[arg-type]
    assert is_part(c, ctx_of(c))


def test_control_a_figure_of_its_own_sentence_is_no_part() -> None:
    c = fig("b.txt", APART, "1,500", 1500, **JOBS)  # type: ignore[arg-type]
    assert not is_part(c, ctx_of(c))


def test_a_bare_part_against_a_count_is_part_and_whole() -> None:
    part = fig("b.txt", LISTED, "1,500", 1500, **JOBS)  # type: ignore[arg-type]
    staff = fig("a.txt", STAFF, "2,200 people", 2200, unit="person", kind="count", metric="jobs")
    assert part_and_whole(staff, part, ctx_of(staff, part)) is not None
