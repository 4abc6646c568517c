"""A person the article only quotes is not the story's main subject (issue 11, class: the main
subject is a person quoted). When a figure's sentence names no candidate, its subject is the
story's main subject, the most-mentioned name; a researcher quoted three times ("X, an
epidemiologist at Y and lead author of the study, told reporters", "said X") or the writer of a
standfirst (", writes health correspondent X") speaks about the story, so the unattributed
figures fall to the next name. Read from the parse: every mention of the name is the subject
(past an apposition) or the object of a verb of speech. Sentences written afresh, with invented
names."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_a_researcher_quoted_past_an_apposition_is_no_main_subject() -> None:
    text = (
        "Summer heat deaths higher than first counted\n\n"
        "\u2018It is a sobering number,\u2019 Marta Oyelaran, an epidemiologist at the "
        "Quillborough Institute and lead author of the study, told reporters on Monday.\n\n"
        "Kellavon Water said reservoirs held less than half of their usual volume.\n\n"
        "The toll of the hot months rose 40% on the previous summer.\n\n"
        "\u201cWe expect the count to rise further,\u201d said Marta Oyelaran.\n\n"
        "\u201cOlder people living alone were the most exposed,\u201d said Marta Oyelaran, who "
        "leads the institute's climate unit.\n\n"
        "Kellavon Water has asked households to cut their use.\n"
    )
    subjects = _subjects(text)
    assert "Marta Oyelaran" not in subjects.values()
    assert subjects["40%"] == "Kellavon Water"


def test_the_writer_of_a_standfirst_is_no_main_subject() -> None:
    text = (
        "Clinic queues lengthen as nurses leave, writes health correspondent Piet Olawunmi\n\n"
        "Hip and knee operations put off past their due date rose 12% over the winter.\n\n"
        "Brenmoor Health Trust said it had hired 40 nurses since March.\n\n"
        "Brenmoor Health Trust expects the queues to shorten by the summer.\n"
    )
    subjects = _subjects(text)
    assert subjects["12%"] == "Brenmoor Health Trust"
    assert subjects["40 nurses"] == "Brenmoor Health Trust"


def test_a_company_that_speaks_of_its_own_figures_stays_the_main_subject() -> None:
    # control: every mention of the company is a speaker's, but it is no person
    text = (
        "Tessavane Foods, the snack maker, said on Monday that it expected a quieter spring.\n\n"
        "Like-for-like sales rose 4% in the quarter.\n\n"
        "Tessavane Foods said it would open stores in Dorrel Park.\n\n"
        "\u201cShoppers are careful,\u201d Tessavane Foods told investors.\n"
    )
    assert _subjects(text)["4%"] == "Tessavane Foods"


def test_a_person_who_acts_and_speaks_stays_the_main_subject() -> None:
    # control: the runner is quoted, but she also won the race
    text = (
        "Ilsa Brandvik won the Harnmouth marathon in 2 hours 21 minutes on Sunday.\n\n"
        "The course record fell by 40 seconds.\n\n"
        "\u201cThe last mile was hard,\u201d said Ilsa Brandvik.\n\n"
        "\u201cI will be back,\u201d said Ilsa Brandvik, who trains with the Osterby club.\n"
    )
    assert _subjects(text)["40 seconds"] == "Ilsa Brandvik"
