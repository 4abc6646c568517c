"""Physical quantities (named by pint) and earthquake magnitudes.

* **Attached symbols** (``[attached]`` in ``physical_units.toml``): "1.5C", "41.2C", "106F" are
  temperatures only when the letter touches the number ("grade 3 C" is nothing).
* **Magnitude.** "magnitude-7.2 earthquake", "a 7.2-magnitude quake": unit 'magnitude', kind
  'number' (a logarithmic scale, dimensionless in units.py). A bare number below 10 after a
  cue ("the strongest of them measuring 5.1") or before "on the Richter scale" is one too when
  its sentence names a quake (``[magnitude]`` in physical_units.toml).
"""

from __future__ import annotations

import functools
import re

from reconcile.quantities.numerals import Num
from reconcile.quantities.state import SENTENCE_BREAK, Amount, Scan
from reconcile.units import (
    ConversionError,
    pint_unit_name,
)

MAGNITUDE_BEFORE = re.compile(r"(?<![\w])magnitude[ \t]*-?[ \t]*$", re.IGNORECASE)


MAGNITUDE_AFTER = re.compile(r"[ \t]?-?[ \t]?magnitude\b", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def phys_name(expr: str) -> str | None:
    try:
        return pint_unit_name(expr)
    except ConversionError:  # a data entry pint does not know: skip it, never crash
        return None


def magnitude_cue(s: Scan, amt: Amount, num: Num) -> int | None:
    """End of a magnitude stated by a cue ("the strongest of them measuring 5.1", "5.4 on
    the Richter scale") in a sentence that speaks of a quake (``[magnitude]`` in
    physical_units.toml); None if it is not one."""
    n, v = s.n, s.v
    if num.word or num.scale or not (0 < num.value < v.mag_below):
        return None
    if s.quake is None:
        s.quake = any(word in s.low for word in v.mag_needs)
    if not s.quake:
        return None
    end = num.end
    am = v.mag_after_rx.match(n, end)
    if am is not None:
        end = am.end()
    elif v.mag_cue_rx.search(n, max(0, amt.start - 30), amt.start) is None:
        qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
        if qm is None or not qm["q"]:
            return None
        if v.mag_cue_rx.search(n, max(0, qm.start() - 30), qm.start()) is None:
            return None
    begin = max(0, amt.start - 300)
    for br in SENTENCE_BREAK.finditer(n, begin, amt.start):
        begin = br.end()
    stop = SENTENCE_BREAK.search(n, end)
    if v.mag_needs_rx.search(n, begin, stop.start() if stop else len(n)) is None:
        return None
    return end
