"""A count of people is named by what befell them ("persons (evacuate)"), never by a verb of
speech the parse hangs it on ("58,900 people filed past ..., the palace said" can come out
"persons (say)", apart from every other source's count of the same people). Class: who says a
count named as what it counts. The parse's mistake is rare and depends on the sentence, so the
rule is tested on a parse built by hand: a count that is the object of "say" relates to nothing,
while the object of another verb keeps that verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from reconcile.claims.parse import _relation


def _count_under(verb: str, lemma: str) -> str | None:
    words = ["officials", verb, "3,000", "people"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj"],
        pos=["NOUN", "VERB", "NUM", "NOUN"],
        lemmas=["official", lemma, "3,000", "people"],
    )
    return _relation(doc[3])


@pytest.mark.parametrize(("verb", "lemma"), [("said", "say"), ("told", "tell"), ("added", "add")])
def test_a_verb_of_speech_names_nothing(verb: str, lemma: str) -> None:
    assert _count_under(verb, lemma) is None


@pytest.mark.parametrize(
    ("verb", "lemma"), [("evacuated", "evacuate"), ("rescued", "rescue"), ("hired", "hire")]
)
def test_control_another_verb_names_the_count(verb: str, lemma: str) -> None:
    assert _count_under(verb, lemma) == lemma
