"""A count the parse relates to no verb, given as the earlier value of a figure just before it
in its sentence ("now runs 64 stores, up from 58"), is a value of that figure's
quantity: when a group of counts is split by what each clause does with the noun (stores run,
stores opened), it goes with the figure it is the earlier value of, so the source is seen to
give both. Control: the counts of another verb stay apart."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from tests.reported import group_ids

TEXTS = {
    # (no time of its own: "up from 58 a year ago" is last year's, as "in 2024" below)
    "a.txt": "Brisvale results\n\nThe chain now runs 64 stores across the region, up from 58.\n",
    "b.txt": "Brisvale results\n\nThe chain opened 9 stores this year and closed 3.\n",
    "c.txt": "Brisvale results\n\nThe chain runs 61 stores across the region.\n",
}


def _groups() -> dict[str, str]:
    claims = [c for d, t in TEXTS.items() for c in extract_claims(Document(id=d, path=d, text=t))]
    return {
        f"{c.document}:{c.text}": gid
        for c in claims
        for cid, gid in group_ids(claims).items()
        if cid == c.id
    }


def test_the_earlier_value_joins_the_figure_it_is_the_earlier_value_of() -> None:
    g = _groups()
    assert g["a.txt:58"] == g["a.txt:64 stores"] == g["c.txt:61 stores"]


def test_control_counts_of_another_verb_stay_apart() -> None:
    g = _groups()
    assert g["b.txt:9 stores"] != g["a.txt:64 stores"]


def test_control_an_earlier_value_with_its_own_year_keeps_its_own_reading() -> None:
    texts = dict(TEXTS)
    texts["a.txt"] = (
        "Brisvale results\n\nThe chain now runs 64 stores across the region, up from 58 in 2024.\n"
    )
    claims = [c for d, t in texts.items() for c in extract_claims(Document(id=d, path=d, text=t))]
    g = group_ids(claims)
    by = {f"{c.document}:{c.text}": g[c.id] for c in claims}
    assert by["a.txt:58"] != by["a.txt:64 stores"]
