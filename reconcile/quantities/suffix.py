"""The unit written right after a number: each kind is asked in turn."""

from __future__ import annotations

from reconcile.quantities.money import currency_suffix
from reconcile.quantities.physical import MAGNITUDE_AFTER, phys_name
from reconcile.quantities.state import Unit
from reconcile.quantities.vocab import vocab


def unit_suffix(n: str, pos: int) -> Unit | None:
    """The unit written right after the number (and scale), if any."""
    v = vocab()
    m = v.bp_rx.match(n, pos)
    if m:
        return Unit(m.end(), "basis_point", "percent")
    m = v.pp_rx.match(n, pos)
    if m:
        return Unit(m.end(), "percentage_point", "percent")
    m = v.pct_rx.match(n, pos)
    if m:
        return Unit(m.end(), "percent", "percent")
    cs = currency_suffix(n, pos)
    if cs:
        end, c, mult = cs
        return Unit(end, c.code, "money", c.factor * mult, c.alternatives)
    m = v.mult_rx.match(n, pos)
    if m:
        modifier = m["c"] or m["f"]
        return Unit(
            m.end(),
            "times",
            "multiplier",
            modifier=" ".join(modifier.lower().split()) if modifier else None,
        )
    m = v.phys_sym_rx.match(n, pos) or v.phys_word_rx.match(n, pos)
    if m is None and pos > 0 and n[pos - 1].isdigit():
        m = v.phys_att_rx.match(n, pos)  # "1.5C": only touching the number
    if m:
        token = m["u"]
        expr = v.phys.get(token) or v.phys.get(" ".join(token.lower().split()))
        if expr is None:
            return None
        end = m.end()
        pm = v.per_rx.match(n, end)
        if pm and "/" not in expr:
            expr = f"({expr}) / {v.per[pm['t'].lower()]}"
            end = pm.end()
        name = phys_name(expr)
        return Unit(end, name, "physical") if name else None
    m = MAGNITUDE_AFTER.match(n, pos)
    if m:
        return Unit(m.end(), "magnitude", "number")
    return None
