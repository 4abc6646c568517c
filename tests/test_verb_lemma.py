"""A verb's lemma as the thing a figure measures (issue 11: a metric named from the parse): the
small English pipeline reads some verb forms without their stem's final "e" ("fined" -> "fin",
"taped" -> "tap"), a stem English spelling rules out (a one-syllable stem ending in one vowel
and one consonant doubles it: "finned", "tapped"). The mended lemma names the metric; other
lemmas are the pipeline's own."""

from __future__ import annotations

import pytest

from reconcile.claims.parse import parse_sentences, word_lemma
from tests.reported import metric_of


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("fined", "fine"), ("taped", "tape"), ("dined", "dine"), ("planned", "plan"),
     ("opened", "open"), ("fixed", "fix")],
)  # fmt: skip
def test_a_verb_form_keeps_its_stem(word: str, lemma: str) -> None:
    sentence = f"Last week the crew {word} the hall."
    tok = next(t for t in parse_sentences([sentence])[0] if t.lower_ == word)
    assert word_lemma(tok) == lemma


def test_a_figure_of_a_fine_is_named_by_the_fine() -> None:
    metric = metric_of("The tribunal has fined Orvel 4.4 million marks.", "4.4 million")
    assert metric is not None and metric.split()[0] == "fine"
