"""Comparison parses, before it forks its second process, the sentences that a group of each
process would parse ahead and that both processes hold: each made its own parse of them."""

from __future__ import annotations

import pytest

from reconcile.claims import parse
from tests.claim_builder import built_claim


@pytest.mark.usefixtures("fresh_state")
def test_sentences_both_processes_would_parse_ahead_are_parsed_before_the_fork() -> None:
    from reconcile.compare.run import _parse_shared

    both = "Forecasters expected the Tamsin reservoir to hold 41 gigalitres by May."
    mine = "Forecasters expected the Ardle weir to pass 96 cubic metres a second."
    plain = "The Tamsin reservoir held 38 gigalitres in March."
    a = built_claim("a", "41 gigalitres", 41, "gigalitre", 41, 41, kind="count", sentence=both)
    b = built_claim("b", "41 gigalitres", 41, "gigalitre", 41, 41, kind="count", sentence=both)
    c = built_claim("c", "96 cubic metres", 96, "m3", 96, 96, kind="count", sentence=mine)
    d = built_claim("d", "38 gigalitres", 38, "gigalitre", 38, 38, kind="count", sentence=plain)
    e = built_claim("e", "38 gigalitres", 38, "gigalitre", 38, 38, kind="count", sentence=plain)
    _parse_shared([[a, c, d], [b, e]], {1})
    assert parse.at_hand(both)  # parse-ahead matter in both shares
    assert not parse.at_hand(mine)  # in one share only: that process parses it
    assert not parse.at_hand(plain)  # in both, but no group parses it ahead
