"""``parse.quick_attribute_ruler``: the pipeline's attribute ruler finds where its rules apply
by looking them up per token instead of running spaCy's Matcher over some 180 patterns; the
matches, and so every parse, must be the Matcher's exactly."""

from __future__ import annotations

import pytest

from reconcile.claims import parse

# sentences that reach the ruler's several kinds of rule: a tag alone, a word and its tag, a
# word and its dependency ("it" as subject and as object), two-word rules ("gonna", "y'all",
# "let's", "c'mon", "ain't"), an auxiliary, "there is", runs of spaces
SENTENCES = [
    "The Harwick ferry carried 212 passengers when it ran aground near the quay.",
    "We're gonna need 14 more pumps, y'all, before the levee gives way.",
    "Let's say it plainly: the council ain't got 3.5 million to spare.",
    "C'mon, they had been warned twice that there is no budget left.",
    "Did the board approve it?  It did, by seven votes to four.",
    "Nothin' was said of the 40 jobs that she gets back, and he got none.",
    "Which plant closed first?\n\nThat one, in Orlby, with 96 staff.",
    "I told you it would cost them more than they had planned for the bridge.",
]


def _spacy_match(ruler: object, doc: object) -> list[tuple[int, int, int, int]]:
    return type(ruler).match(ruler, doc)  # type: ignore[attr-defined,no-any-return]


def test_the_loaded_pipeline_uses_the_quick_match() -> None:
    ruler = parse.nlp().get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the instance's own, not the class's Matcher run


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_quick_match_finds_what_the_matcher_finds(sentence: str) -> None:
    nlp = parse.nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(sentence)
    expected = _spacy_match(ruler, doc)
    assert expected  # the sentence reaches some rule
    assert ruler.match(doc) == expected


def test_a_parse_is_the_same_as_with_the_matcher() -> None:
    nlp = parse.nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    quick = [d.to_bytes(exclude=["tensor", "user_data"]) for d in nlp.pipe(SENTENCES)]
    del ruler.match  # the class's own again: spaCy's Matcher
    try:
        plain = [d.to_bytes(exclude=["tensor", "user_data"]) for d in nlp.pipe(SENTENCES)]
    finally:
        parse.quick_attribute_ruler(nlp)
    assert quick == plain


def test_a_pattern_beyond_the_quick_tests_leaves_the_matcher() -> None:
    assert parse._ruler_rules([{"patterns": [[{"LOWER": "a", "OP": "+"}]]}]) is None
    assert parse._ruler_rules([{"patterns": [[{"LEMMA": "be"}]]}]) is None
    assert parse._ruler_rules([{"patterns": [[{"TAG": {"IN": ["NN", "NNS"]}}]]}]) is not None
