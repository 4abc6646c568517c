"""A storm's category is a class of storms, not what a figure is about (entities.toml
``not_entities``): "grew into a Category 4 storm, with winds of 150 mph" gives the
wind speed to the storm the sentence names, so two sources' wind speeds for one storm meet
whether or not one of them names its category."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

A = (
    "Storm update\n\nHurricane Mirela grew into a Category 4 storm overnight, with "
    "winds of 150 mph, forecasters said."
)
B = (
    "Mirela nears the coast\n\nHurricane Mirela is bringing winds of 135 mph to the islands, "
    "forecasters said."
)


def test_the_category_is_not_the_subject() -> None:
    [speed] = [c for c in extract_claims(Document(id="a.txt", path="a.txt", text=A))]
    assert speed.subject == "Mirela"


def test_two_sources_wind_speeds_for_one_storm_meet() -> None:
    docs = [
        Document(id="a.txt", path="a.txt", text=A),
        Document(id="b.txt", path="b.txt", text=B),
    ]
    report = reconcile(docs)
    [group] = [g for g in report.groups if len(g.claims) == 2]
    assert group.subject == "Mirela"


def test_control_a_named_storm_still_owns_its_figure() -> None:
    text = "Storm update\n\nHurricane Tavo brought winds of 90 mph to the islands."
    [speed] = extract_claims(Document(id="c.txt", path="c.txt", text=text))
    assert speed.subject == "Tavo"
