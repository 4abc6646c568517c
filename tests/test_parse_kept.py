"""A run parses each text once: the parses are kept by default (see parse.keep_parses), and a
kept parse answers as a fresh one does."""

from __future__ import annotations

from reconcile.claims import parse


def _signature(doc: object) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_)
        for t in doc  # type: ignore[attr-defined]
    ]


def test_by_default_a_text_is_parsed_once_and_its_parse_answers_as_a_fresh_one() -> None:
    text = "Brackenmoor Dairy sold 4,300 crates of cheese to Velsham in March."
    first = parse.parse_sentences([text])[0]
    again = parse.parse_sentences([text, text])
    assert again[0] is first and again[1] is first  # kept, not parsed again
    assert _signature(first) == _signature(parse.nlp()(text))


def test_another_text_gets_its_own_parse() -> None:
    a = "Orlaith Rail carried 18,000 passengers on Friday."
    b = "Orlaith Rail carried 18,500 passengers on Saturday."
    da, db = parse.parse_sentences([a, b])
    assert da is not db
    assert da.text == a and db.text == b
