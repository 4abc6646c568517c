"""Stage 1: text -> mentions. (Thin first version: $/HK$ amounts and percentages.)"""

from __future__ import annotations

import re

from reconcile.claims.models import Mention

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_CURRENCY = {"HK$": "HKD", "US$": "USD", "$": "USD"}
_RX = re.compile(
    r"(?P<cur>HK\$|US\$|\$)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s*(?P<pct>%|percent\b)|\s+(?P<scale>thousand|million|billion|trillion)\b)?"
)


def _half_step(num: str) -> float:
    decimals = len(num.split(".")[1]) if "." in num else 0
    return 0.5 * 10.0**-decimals


def extract_quantities(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _RX.finditer(text):
        if not (m["cur"] or m["pct"]):
            continue
        num = float(m["num"].replace(",", ""))
        scale = _SCALES.get(m["scale"] or "", 1.0)
        half = _half_step(m["num"]) * scale
        value = num * scale
        unit, kind = ("percent", "percent") if m["pct"] else (_CURRENCY[m["cur"]], "money")
        out.append(
            Mention(
                surface=m.group(0),
                span=(m.start(), m.end()),
                value=value,
                unit=unit,
                kind=kind,
                low=value - half,
                high=value + half,
                scale=m["scale"],
            )
        )
    return out
