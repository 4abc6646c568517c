"""``parse.may_hold_lemma``: whether a token of a text could carry a lemma, told from the
pipeline's lemmatizer tables without parsing; comparison asks it before parsing a sentence for
a poll noun (``scope.is_polled``)."""

from __future__ import annotations

import pytest

from reconcile.claims import parse
from reconcile.compare import scope
from tests.claim_builder import built_claim

SENTENCES = [
    "Three geese and two wolves crossed the Tarnley road before 40 children arrived.",
    "A poll of 1,200 voters put the Fenwick plan at 41%.",
    "POLLS OPEN AT 7AM IN ALL 12 WARDS.",
    "The mice in the Barrowby depot chewed through 15 cables.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_lemma_the_parse_gives_is_one_the_gate_lets_through(sentence: str) -> None:
    for token in parse.nlp()(sentence):
        lemma = token.lemma_.lower()
        if lemma:
            assert parse.may_hold_lemma(sentence, frozenset({lemma})), (token.text, lemma)


def test_irregular_forms_are_let_through_and_absent_lemmas_are_not() -> None:
    text = SENTENCES[0]
    assert parse.may_hold_lemma(text, frozenset({"goose"}))  # an exception of the tables
    assert parse.may_hold_lemma(text, frozenset({"wolf"}))  # a rule: "ves" -> "f"
    assert parse.may_hold_lemma(text, frozenset({"child"}))
    assert not parse.may_hold_lemma(text, frozenset({"poll"}))
    assert not parse.may_hold_lemma(SENTENCES[3], frozenset({"goose", "duck"}))


def _claim(sentence: str, surface: str) -> object:
    at = sentence.index(surface)
    return built_claim(
        "a", surface, 41.0, "%", 41.0, 41.0, start=at, kind="percent", sentence=sentence
    )


def test_a_sentence_no_word_of_which_can_be_a_poll_noun_is_not_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    polled = "A poll of 1,200 voters put the Fenwick plan at 41%."
    assert scope.is_polled(_claim(polled, "41%"))  # type: ignore[arg-type]

    def refuse(texts: object) -> object:
        raise AssertionError(f"parsed {texts}")

    monkeypatch.setattr(parse, "parse_sentences", refuse)
    assert not scope.is_polled(_claim("The Fenwick plan won 41% of the seats.", "41%"))  # type: ignore[arg-type]
    with pytest.raises(AssertionError):
        scope.is_polled(_claim(polled, "41%"))  # type: ignore[arg-type]


def test_a_lemma_the_attribute_ruler_sets_is_let_through_by_the_token_it_names() -> None:
    # the pipeline's attribute ruler gives "shall" to the "sha" of "shan't"
    text = "You shan't pay more than 40 crowns for the Grellan pass."
    assert "shall" in {t.lemma_.lower() for t in parse.nlp()(text)}
    assert parse.may_hold_lemma(text, frozenset({"shall"}))
    assert parse.may_hold_lemma("Fees shall not pass 40 crowns.", frozenset({"shall"}))
    # "sha" within a word is no such token: the gate holds ("shares" is no "shall")
    assert not parse.may_hold_lemma("Orvik shares fell 4.2% on Monday.", frozenset({"shall"}))


def test_a_sentence_no_word_of_which_can_set_a_rule_is_not_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ruled = "Lenders must hold at least 80% of the Dellin fund in bonds."
    assert scope.is_rule(_claim(ruled, "80%"))  # type: ignore[arg-type]

    def refuse(texts: object) -> object:
        raise AssertionError(f"parsed {texts}")

    monkeypatch.setattr(parse, "parse_sentences", refuse)
    plain = "Orvik shares fell 41% to 3.20 crowns in Tallby trading."
    assert not scope.is_rule(_claim(plain, "41%"))  # type: ignore[arg-type]
    with pytest.raises(AssertionError):
        scope.is_rule(_claim(ruled, "80%"))  # type: ignore[arg-type]
