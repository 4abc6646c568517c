"""Two names the parse gives one measured thing, each narrowed by a noun of its own ("old world
record" / "old meeting record"), stay two quantities even when a third, plainer name ("old
record") would join each of them (issue 11: grouping by weighed evidence). The veto is weighed
between every name of the two merged groups, not only the pair being merged, so a chain through
the plain name no longer makes one group of the two."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import alarms

PLAIN = (
    "Long jump\n\nMara Lind of Oskar won with 8.97 metres. The old record of 8.95 metres belonged "
    "to Kallio's Ida Sten.\n"
)
WORLD = (
    "Record night\n\nMara Lind jumped 8.97 metres. The old world record, 8.95 metres, belonged to "
    "Kallio's Ida Sten.\n"
)
MEETING = (
    "Stadium blog\n\nMara Lind jumps 8.97 metres, a championship best; the old meeting record "
    "stood at {old} metres.\n"
)


def test_a_plain_name_does_not_chain_two_narrowed_names() -> None:
    found = alarms(PLAIN, WORLD, MEETING.format(old="8.71"))
    assert not [m for m in found if "8.71" in m]


def test_control_the_plain_name_still_joins_a_narrowed_one() -> None:
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t)
        for n, t in (("a", PLAIN), ("b", WORLD), ("c", MEETING.format(old="8.71")))
    ]
    groups = reconcile(docs).groups
    old = [
        g for g in groups if any(i.startswith("a.txt") for i in g.claims) and "record" in g.label
    ]
    assert old and any(i.startswith("b.txt") for i in old[0].claims)
