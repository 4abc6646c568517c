"""The world's currencies: reconcile/data/world_currencies.toml, generated from CLDR by
tools/world_currencies.py, read together with the hand-written currencies.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from reconcile.units import currency_codes, currency_for
from reconcile.vocabulary import load, merged

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data"
GENERATED = DATA / "world_currencies.toml"


def generated() -> dict[str, object]:
    return tomllib.loads(GENERATED.read_text(encoding="utf-8"))


def test_the_generated_file_names_its_source_and_script() -> None:
    head = GENERATED.read_text(encoding="utf-8").splitlines()[0]
    assert "CLDR" in head and "babel" in head and "tools/world_currencies.py" in head


def test_only_current_currencies_no_funds_or_obsolete_codes() -> None:
    codes = [k for k in generated() if re.fullmatch(r"[A-Z]{3}", k)]
    assert len(codes) > 140
    funds = {"XDR", "XAU", "XAG", "XBA", "USN", "CLF", "BOV", "MXV", "COU", "UYI", "CHE", "CHW"}
    obsolete = {"HRK", "LTL", "LVL", "EEK", "VEF", "MRO", "STD", "BYR", "SLL", "ZWL", "FRF"}
    assert not (set(codes) & (funds | obsolete))


def test_the_registry_knows_the_world_currencies() -> None:
    for code in ("HUF", "KZT", "UAH", "EGP", "PKR", "MKD", "XOF"):
        assert code in currency_codes()
    assert currency_for("forints") == ("HUF", 1.0)
    assert currency_for("tanzanian shillings") == ("TZS", 1.0)


def test_hand_entries_win() -> None:
    data = load("currencies")
    assert not data["USD"].get("case_sensitive_code")  # "usd 200" stays a code in any case
    assert data["ambiguous"]["francs"][:2] == ["FRF", "CHF"]  # the hand's order first
    assert "XOF" in data["ambiguous"]["francs"]  # then the generated currencies


def test_merged_keeps_the_hands_fields_and_adds_names_and_keys() -> None:
    hand = {
        "ambiguous": {"crowns": ["AAA", "BBB"]},
        "hints": {"AAA": ["Aland"]},
        "AAA": {"names": ["crown"], "symbols": ["A$"]},
    }
    made = {
        "ambiguous": {"crowns": ["BBB", "CCC"], "marks": ["CCC", "DDD"]},
        "hints": {"AAA": ["Other"], "CCC": ["Cland"]},
        "AAA": {"names": ["crown", "aland crown"], "case_sensitive_code": True},
        "CCC": {"names": ["cland mark"]},
    }
    out = merged(hand, made)
    assert out["AAA"] == {"names": ["crown", "aland crown"], "symbols": ["A$"]}
    assert out["CCC"] == {"names": ["cland mark"]}
    assert out["ambiguous"] == {"crowns": ["AAA", "BBB", "CCC"], "marks": ["CCC", "DDD"]}
    assert out["hints"] == {"AAA": ["Aland"], "CCC": ["Cland"]}


def test_the_generated_file_is_what_the_script_writes() -> None:
    pytest.importorskip("babel")  # the generator's own dependency, no runtime one
    script = Path(__file__).resolve().parent.parent / "tools" / "world_currencies.py"
    run = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
