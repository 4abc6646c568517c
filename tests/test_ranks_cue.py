"""ranks.p_cue finds a grid slot ("p6") as ranks.P_CUE does, without its look-behind (a speed
change: the two must agree on every text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.quantities.ranks import P_CUE, p_cue


@given(st.text(alphabet="p19_- aé²x\n", max_size=20))
def test_p_cue_agrees_with_the_pattern(text: str) -> None:
    assert p_cue(text) == (P_CUE.search(text) is not None)


def test_examples() -> None:
    assert p_cue("started from p6 on the grid")
    assert not p_cue("the ap6 chip")
    assert not p_cue("x-p6")
    assert p_cue("p1")
