"""Parameter counts of AI models, read from their names ("Qwen3-235B-A22B").

* **Model sizes.** In a hyphenated name starting with letters ("Qwen3-235B", "Llama-3-70B",
  "Qwen3-Next-80B-A3B"), each "<n>B/M/T" part is a parameter count (unit 'parameter'); an
  "A<n>B" part is the active count (modifier 'active') and then the size is 'total'. "8x7B" is
  one mention of 7e9 parameters with modifier 'per_expert' (the name says 8 experts of 7B; the
  shared layers make any total a guess). The span covers only the size part. In prose, "a 480B
  model", "671B parameters", "37B activated" (modifier 'active') and "Llama 3.1 405B" are
  parameter counts too; a bare "7B" is not. A scale word alone before "-parameter" is one of
  that scale: "the trillion-parameter model" (1e12 parameters, the precision of "one
  trillion"); after a number or article ("1.5 trillion-parameter", "a trillion-parameter")
  the scan reads it as usual.
"""

from __future__ import annotations

import re

from reconcile.claims.models import Mention
from reconcile.claims.numbers import (
    half_step,
)
from reconcile.quantities.state import Scan, round12

HYPHEN_NAME = re.compile(r"(?<![\w$])[A-Za-z][A-Za-z0-9._]*(?:-[A-Za-z0-9._]*[A-Za-z0-9])+")
# what every HYPHEN_NAME holds: a hyphen between two of its characters (one cheap look first)
HYPHEN_JOIN = re.compile(r"[A-Za-z0-9._]-[A-Za-z0-9._]")


MODEL_PART = re.compile(r"(?<=-)(?:(?P<x>\d+)x)?(?P<a>A)?(?P<n>\d+(?:\.\d+)?)(?P<s>[BbMT])(?=-|$)")


HYPHEN_OK = frozenset({"magnitude"})  # "magnitude-7.2": a word, not a product name


MODEL_SCALE = {"B": 1e9, "b": 1e9, "M": 1e6, "T": 1e12}


ACTIVE_AFTER = re.compile(r"[ \t]+(?:activated|active)\b", re.IGNORECASE)


MODEL_VERSION_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Za-z]+[ \t-]?[0-9]+(?:\.[0-9]+)*[ \t]+$")


# "a trillion-parameter model": a scale word with no number before it
SCALE_PARAMETER = re.compile(
    r"(?<![\w.,-])(?P<w>trillion|billion|million)[ \t-]parameters?\b", re.IGNORECASE
)
SCALE_WORD = {"trillion": 1e12, "billion": 1e9, "million": 1e6}
# a number or an article before the scale word: the scan reads "1.5 trillion", "a trillion"
NUMBER_BEFORE = re.compile(
    r"(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten))[ \t]*$", re.IGNORECASE
)


def scan_scale_parameters(s: Scan) -> None:
    """ "this trillion-parameter model": 1e12 parameters, to half the scale (as "one trillion"
    is); a number or an article before the scale word ("1.5 trillion-parameter", "a
    trillion-parameter") is left to the scan, which reads it already."""
    if "parameter" not in s.low:
        return
    for m in SCALE_PARAMETER.finditer(s.n):
        a, b = m.span()
        if NUMBER_BEFORE.search(s.n, max(0, a - 12), a) or s.blocked_span(a) is not None:
            continue
        value = SCALE_WORD[m["w"].lower()]
        s.found_first(
            Mention(
                surface=s.text[a:b],
                span=(a, b),
                value=value,
                unit="parameter",
                kind="count",
                low=value / 2,
                high=value * 1.5,
                scale=m["w"].lower(),
            )
        )


def scan_model_names(s: Scan) -> None:
    n = s.n
    if "-" not in n or HYPHEN_JOIN.search(n) is None:
        return
    for tok in HYPHEN_NAME.finditer(n):
        word = tok.group(0)
        has_digit = any(ch.isdigit() for ch in word)
        if not has_digit:
            continue
        first = word.split("-", 1)[0]
        if first.lower() in HYPHEN_OK or s.in_address(tok.start()):
            continue  # "magnitude-7.2" is a word; ".../hacked-for-1-5b" is an address
        s.blocked.append(tok.span())
        if sum(ch.isalpha() for ch in first) < 2:
            continue
        parts = list(MODEL_PART.finditer(word))
        has_active = any(p["a"] for p in parts)
        for p in parts:
            value = float(p["n"]) * MODEL_SCALE[p["s"]]
            half = half_step(p["n"]) * MODEL_SCALE[p["s"]]
            if p["a"]:
                modifier: str | None = "active"
            elif p["x"]:
                modifier = "per_expert"
            else:
                modifier = "total" if has_active else None
            a, b = tok.start() + p.start(), tok.start() + p.end()
            lo, hi = value - half, value + half
            s.models.append(
                (
                    a,
                    b,
                    Mention(
                        surface=s.text[a:b],
                        span=(a, b),
                        value=value,
                        unit="parameter",
                        kind="count",
                        low=round12(lo),
                        high=round12(hi),
                        scale=p["s"],
                        modifier=modifier,
                    ),
                )
            )
