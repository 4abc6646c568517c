"""A figure told of a record holder ("the biggest nugget ever dug up weighed 72 kilograms",
"the heaviest pumpkin on record weighed ...") is the record's, not the story's own thing: a
superlative that picks the subject out of all time (:func:`reconcile.claims.parse._record_holder`,
``extreme`` "record" in :func:`reconcile.claims.separate.contradiction`). A superlative alone
("the largest nugget from the mine this year") may be the story's own thing."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.claims.parse import Narrowing, narrowing_of, parse_sentences
from reconcile.claims.separate import contradiction
from reconcile.pipeline import reconcile


def _findings(*texts: str) -> list[str]:
    """Every finding's kind, of any severity (the record against the find is a scope note
    before the change, weighing two figures of different things)."""
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    return [f.kind for f in reconcile(docs).findings]


def _extreme(sentence: str, figure: str, metric: str) -> str | None:
    (doc,) = parse_sentences([sentence])
    at = sentence.find(figure)
    r = narrowing_of(doc, at, at + len(figure), metric)
    assert r is not None
    return r.extreme


def test_a_superlative_subject_with_ever_is_a_record_holder() -> None:
    sentence = "The biggest gold nugget ever dug up weighed about 72 kilograms, the museum said."
    assert _extreme(sentence, "72 kilograms", "weight") == "record"


def test_a_superlative_subject_on_record_is_a_record_holder() -> None:
    sentence = "The heaviest pumpkin on record weighed 1,247 kilograms."
    assert _extreme(sentence, "1,247 kilograms", "weight") == "record"


def test_control_a_superlative_of_this_year_is_no_record_holder() -> None:
    sentence = "The largest nugget from the mine this year weighed 12 kilograms."
    assert _extreme(sentence, "12 kilograms", "weight") is None


def test_control_the_story_s_own_thing_is_no_record_holder() -> None:
    sentence = "The miners at Quellbrook pulled out a nugget weighing 9 kilograms on Monday."
    assert _extreme(sentence, "9 kilograms", "weight") is None


def test_the_record_s_weight_is_not_compared_with_the_new_find() -> None:
    assert not _findings(
        "Brantholt Gems found a 212-carat sapphire at Hollin Ridge on Tuesday, the company said.",
        "Brantholt Gems found a large sapphire at Hollin Ridge on Tuesday. The largest sapphire "
        "ever mined weighed 1,460 carats.",
    )


def test_control_an_earlier_find_of_the_company_is_still_weighed_against_it() -> None:
    assert _findings(
        "Brantholt Gems found a 212-carat sapphire at Hollin Ridge on Tuesday, the company said.",
        "Brantholt Gems found a large sapphire at Hollin Ridge on Tuesday. Its biggest sapphire "
        "before this one weighed 1,400 carats.",
    )


def test_a_record_reading_contradicts_a_plain_one_but_not_another_record() -> None:
    assert contradiction(Narrowing(extreme="record"), Narrowing()) == "extreme"
    assert contradiction(Narrowing(extreme="record"), Narrowing(extreme="record")) is None
