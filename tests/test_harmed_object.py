"""A count of people that is the object of a verb of harm ("the blast killed nine workers"),
under a metric that is not that harm's own (the workers, not the toll), counts the people
harmed: a part of the workers, not the workforce the story counts elsewhere ("60 workers had
been inside the plant"). Under the toll's own metric it stays the story's count
(:func:`reconcile.claims.parse.count_act`, parse.toml [acts] harm)."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.claims.parse import count_act, parse_sentences
from reconcile.pipeline import reconcile


def _findings(*texts: str) -> list[str]:
    """Every finding's kind, of any severity (the victims against the workforce are a scope
    note before the change)."""
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    return [f.kind for f in reconcile(docs).findings]


def _act(sentence: str, noun: str, metric: str) -> str | None:
    (doc,) = parse_sentences([sentence])
    root = next(t for t in doc if t.text == noun)
    return count_act(root, metric)


def test_the_object_of_a_verb_of_harm_counted_as_workers_is_the_victims() -> None:
    sentence = "A gas leak at the Brennick mill poisoned the air and injured 14 labourers."
    assert _act(sentence, "labourers", "jobs") == "injure"


def test_control_the_object_of_a_verb_of_harm_counted_as_the_toll_is_the_toll() -> None:
    sentence = "The landslide near Oszterk killed 31 villagers, the governor said."
    assert _act(sentence, "villagers", "death toll") is None


def test_control_the_object_of_another_active_verb_does_nothing_to_it() -> None:
    sentence = "The ferry was carrying 230 passengers when its engine failed."
    assert _act(sentence, "passengers", "passengers") is None


def test_the_victims_are_not_weighed_against_the_workforce_inside() -> None:
    assert not _findings(
        "Explosion at Norvale Coatings plant kills 9 workers",
        "Norvale Coatings said 60 workers had been inside its plant when the blast happened.",
    )


def test_control_two_tolls_of_the_same_blast_still_conflict() -> None:
    assert "value_mismatch" in _findings(
        "Explosion at Norvale Coatings plant kills 9 workers",
        "The explosion at the Norvale Coatings plant killed 11 workers, police said.",
    )
