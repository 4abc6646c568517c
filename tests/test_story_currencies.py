"""Currencies a story writes as letters of its own ("Wd61m", "BX 270m"): read as money, and a
currency of every process that groups or compares their claims, which may never have run the
extraction that found them (claims come back from the cache or from worker processes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reconcile.io import load_documents
from reconcile.pipeline import reconcile
from reconcile.quantities import extract_quantities
from reconcile.quantities.story_codes import story_codes
from reconcile.units import ensure_story_currencies, is_currency, normalize

ROOT = Path(__file__).resolve().parent.parent


def test_letters_used_twice_before_amounts_are_the_story_currency() -> None:
    text = "The board set aside Wd61m; each nurse gets Wd1,500 and the union wanted Wd2,000."
    assert story_codes(text) == {"Wd": "WD"}
    found = [(m.value, m.unit, m.kind) for m in extract_quantities(text)]
    assert found == [(61e6, "WD", "money"), (1500.0, "WD", "money"), (2000.0, "WD", "money")]


def test_words_and_abbreviations_before_numbers_are_no_currency() -> None:
    for text in (
        "At 212m the tower tops the skyline; at 190m it narrows.",
        "The UK 2m figure and the UK 3m estimate differ.",
        "KP 31 seats, LD 20; KP 33 seats later.",
    ):
        assert story_codes(text) == {}, text
        assert not any(m.kind == "money" for m in extract_quantities(text)), text


def test_a_story_currency_is_registered_where_claims_are_grouped() -> None:
    # a fresh process has never extracted the letters: the hook makes them a currency there
    code = (
        "from reconcile.units import ensure_story_currencies, is_currency, normalize\n"
        "assert not is_currency('QWD')\n"
        "ensure_story_currencies(['QWD', 'QWD per hour', 'USD', 'kilometer'])\n"
        "assert is_currency('QWD')\n"
        "assert normalize(5.0, 'QWD') == (5.0, 'QWD')\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_lowercase_and_long_units_are_left_alone() -> None:
    ensure_story_currencies(["kilometer", "tonne per day", "ABCD"])
    assert not is_currency("ABCD")
    assert normalize(1.0, "kilometer") == (1.0, "kilometer")


def test_two_articles_in_a_story_currency_are_compared(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Strike bill\n\nThe six-day strike cost the Orvel rail operator Vx48m, it said. "
        "The operator also set aside Vx12m for compensation.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Rail strike\n\nThe six-day strike cost the Orvel rail operator Vx63m, it said. "
        "Fares will rise by Vx2 next spring.\n"
    )
    report = reconcile(load_documents(sorted(tmp_path.iterdir())))
    units = {c.unit for c in report.claims if c.kind == "money"}
    assert units == {"VX"}
    assert is_currency("VX")
    groups = [
        g
        for g in report.groups
        if {c for c in g.claims} >= {c.id for c in report.claims if c.value in (48e6, 63e6)}
    ]
    assert groups, "the two strike bills are one quantity"
