"""Money in a currency written as a word the vocabulary does not know ("N taviks"): the story
shows the word to be a currency (a bracket converts it to a known currency, it is priced
against one, the text names it a currency or devalues it, it stands for a currency in a price
per share), and from then on the word reads as money wherever it follows a number, in that
text and in the other sources of the same run. Plain nouns after numbers stay counts."""

from __future__ import annotations

from pathlib import Path

from reconcile.cache import ClaimCache
from reconcile.config import Settings
from reconcile.io import load_documents
from reconcile.pipeline import reconcile
from reconcile.quantities import extract_quantities


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(m.value, m.unit, m.kind) for m in extract_quantities(text)]


def test_a_bracket_converting_the_amount_makes_the_word_money_everywhere() -> None:
    text = (
        "The ferry upgrade will cost 3.4 million taviks (roughly 410,000 euros), the port said. "
        "A return crossing now costs 62 taviks."
    )
    assert _read(text) == [
        (3.4e6, "TAV", "money"),
        (410000.0, "EUR", "money"),
        (62.0, "TAV", "money"),
    ]


def test_a_known_amount_converted_into_the_word_makes_it_money() -> None:
    text = "The lender wrote off $8 million (some 95 million ostrins) in bad loans."
    assert (95e6, "OST", "money") in _read(text)


def test_a_word_priced_against_a_known_currency_is_money() -> None:
    text = "Banks in the capital sold the currency at 96 ostrins per dollar; rent is 4,100 ostrins."
    assert _read(text) == [(96.0, "OST", "money"), (4100.0, "OST", "money")]


def test_a_word_the_text_names_or_moves_as_a_currency_is_money() -> None:
    for text in (
        "Prices are set in the national currency, the zeldor. A loaf costs 3.5 zeldors.",
        "The central bank devalued the zeldor by 12% last spring. A loaf costs 3.5 zeldors.",
        "The zeldor slipped 1.5% against the euro on Monday. A loaf costs 3.5 zeldors.",
    ):
        assert (3.5, "ZEL", "money") in _read(text), text


def test_a_word_in_place_of_a_currency_in_a_price_per_share_is_money() -> None:
    text = "The brewer will pay 2.35 morrels a share, after 1.90 morrels last year."
    assert _read(text) == [(2.35, "MOR", "money"), (1.9, "MOR", "money")]


def test_letters_the_text_pairs_with_the_word_are_its_code() -> None:
    text = "Wages are paid in the brunet (BRX). The bonus is 1,200 brunets per worker."
    assert (1200.0, "BRX", "money") in _read(text)


def test_plain_nouns_after_numbers_stay_counts() -> None:
    # a bracket with no money, a price per head, points earned per dollar spent
    assert _read("The fair drew 1.2 million guests (around 30,000 a day) this summer.") == [
        (1.2e6, "guest", "count"),
        (30000.0, "", "number"),
    ]
    assert _read("The charity packed 800 hampers (about $40 each) in May.") == [
        (800.0, "hamper", "count"),
        (40.0, "USD", "money"),
    ]
    assert _read("Members earn 4 stamps per dollar spent at the café.") == [(4.0, "stamp", "count")]
    # the word after an amount already in a known currency is what the money is
    assert _read("The council gave a €6m grant (about $6.5m) in June. It has made 40 grants.") == [
        (6e6, "EUR", "money"),
        (6.5e6, "USD", "money"),
        (40.0, "grant", "count"),
    ]
    # a bracket that gives the value of the things counted: worth far more than a currency
    assert _read(
        "The charity delivered 2,000 hampers (about $80,000). It plans 500 more hampers."
    ) == [
        (2000.0, "hamper", "count"),
        (80000.0, "USD", "money"),
        (500.0, "hamper", "count"),
    ]
    # a brand devalued, an agency's letters: no currency
    assert _read("Critics say the scandal devalued the brand. The group owns 40 brands.") == [
        (40.0, "brand", "count")
    ]
    assert _read("Appeals go to the regulator (FCA), one of 9 regulators.") == [
        (9.0, "regulator", "count")
    ]
    # no evidence at all: the word is no currency
    assert _read("A loaf costs 3.5 zeldors at the market.") == []


def test_the_word_is_money_in_every_source_of_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Harbour levy\n\nThe harbour board will raise 48 million taviks (about 5.8 million "
        "euros) from the new levy, its chairman said on Monday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Harbour levy\n\nThe harbour board will raise 61 million taviks from the new levy, its "
        "chairman said on Monday.\n"
    )
    report = reconcile(load_documents(sorted(tmp_path.iterdir())))
    taviks = [c for c in report.claims if "taviks" in c.text]
    assert [(c.document, c.unit, c.kind) for c in sorted(taviks, key=lambda c: c.document)] == [
        ("a.txt", "TAV", "money"),
        ("b.txt", "TAV", "money"),
    ]


def test_a_source_without_the_word_keeps_its_cached_claims(tmp_path: Path) -> None:
    other = tmp_path / "c.txt"
    other.write_text("Harbour levy\n\nThe levy starts in May, the harbour board said on Monday.\n")
    cache = ClaimCache(tmp_path / "cache")
    reconcile(load_documents([other]), cache=cache)
    (tmp_path / "a.txt").write_text(
        "Harbour levy\n\nThe harbour board will raise 48 million taviks (about 5.8 million "
        "euros) from the new levy.\n"
    )
    cache.hits = cache.misses = 0
    report = reconcile(load_documents([tmp_path / "a.txt", other]), cache=cache)
    assert [c.unit for c in report.claims if "taviks" in c.text] == ["TAV"]
    assert (cache.hits, cache.misses) == (1, 1)  # c.txt from the cache, a.txt read afresh


def test_a_story_code_of_two_letters_is_a_currency_symbol_setting() -> None:
    assert Settings(currency_symbols={"taviks": "TV"}).currency_symbols == {"taviks": "TV"}
