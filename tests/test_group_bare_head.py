"""A figure named by a bare measured thing ("duration") whose sentence's structure ties it to
the noun another source's name narrows that thing by ("dock strike duration") is that
quantity (class: one quantity, one subject, a bare head and a narrowed name; the parse named
the figure from words that did not say what lasts). The noun is read from the parse
(:func:`reconcile.claims.parse.bearing_nouns`), never from a word merely present in the
sentence: a figure tied to another noun, one a labelled line gives, or one that lies far from
the narrowed group's figures keeps its own group. Sentences written afresh, with invented
names."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.claims.parse import bearing_nouns, parse_sentences
from reconcile.pipeline import reconcile


def _bearing(sentence: str, figure: str) -> frozenset[str]:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    return bearing_nouns(doc, at, at + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        # a pronoun subject of a clause under the main verb: the main verb's subject
        (
            "The Tollbridge dock strike ended on Friday, nine days after it began.",
            "nine days",
            "strike",
        ),
        # a participle on a noun: that noun
        ("Pellworth lost trade to a stoppage lasting nearly 30 hours.", "30 hours", "stoppage"),
        # a relative clause: the noun it hangs on
        ("The closure, which lasted 12 weeks, hurt shops in Amberley.", "12 weeks", "closure"),
        # the noun the figure modifies
        ("A 14-day walkout by Gransholm porters ended on Monday.", "14-day", "walkout"),
    ],
)
def test_the_noun_a_figure_measures(sentence: str, figure: str, noun: str) -> None:
    assert noun in _bearing(sentence, figure)


def test_a_subject_that_is_a_person_or_place_is_no_strike() -> None:
    # control: the rider's remaining distance is tied to the rider, not to the climb
    found = _bearing("Orlanda attacked alone with three kilometres to go.", "three kilometres")
    assert "climb" not in found


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


NAMED = "The Tollbridge dock strike lasted 11 days, the port authority said."


def test_a_bare_duration_joins_the_strike_its_sentence_is_about() -> None:
    found = _alarms(NAMED, "The Tollbridge dock strike ended on Friday, nine days after it began.")
    assert any("11 days" in m and "nine days" in m for m in found), found


def test_a_duration_of_another_thing_stays_apart() -> None:
    # control: the sentence's structure ties the nine days to the ferry service
    found = _alarms(
        NAMED,
        "The Tollbridge ferry service was suspended on Friday, nine days after it began.",
    )
    assert not any("11 days" in m and "nine days" in m for m in found), found
