"""A masthead beside a date that has no year, and the outlet that then stays out of subjects.

Dailies and broadcasters often date their page with a weekday and a day of a month and no year
("Thursday 14 May", "Saturday, March 7"). Such a line is a date line, so the name beside it or
above it is read as the outlet (``documents.read_outlets``), and an outlet is never what a
figure is about: before, the name stayed an entity and, named twice, became the document's main
subject, the default of every figure whose clause names no bearer. Also: a headline that only
speaks of a press release is no issuer's line (it stopped the search for the masthead below it),
a byline is no masthead, and a broadcaster named by an acronym and a media word ("XBC News") is
that acronym in the body too ("XBC's reporter", "told XBC"). All names are invented.
"""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.documents import _date_line, parse_document, read_outlets


def subject_of(text: str, surface: str) -> str | None:
    claims = extract_claims(parse_document("t.txt", "t.txt", text))
    found = [c for c in claims if surface in c.text]
    assert found, [c.text for c in claims]
    return found[0].subject


def test_a_weekday_with_a_day_and_a_month_is_a_date_line() -> None:
    for line in ("Thursday 14 May", "Saturday, March 7", "Tuesday 3rd November"):
        assert _date_line(line), line


def test_a_weekday_alone_or_in_a_headline_is_no_date_line() -> None:
    for line in ("Sunday trading hours extended", "Friday", "Monday march on the capital"):
        assert not _date_line(line), line


def test_a_broadcaster_beside_a_weekday_date_names_the_outlet() -> None:
    text = (
        "Ferry services cut as storm nears\n\nEastbrook Radio News - Thursday 14 May\n\n"
        "Some 36 sailings were cancelled across the strait on Thursday."
    )
    assert read_outlets(text).masthead == "Eastbrook Radio News"


def test_a_paper_before_a_comma_and_a_weekday_date_names_the_outlet() -> None:
    text = (
        "Library hours cut to save money\n\nBy Petra Vonn, Local Affairs Reporter\n"
        "The Norwell Clarion, Saturday March 7\n\n"
        "The town's libraries will open 12 fewer hours a week from April."
    )
    assert read_outlets(text).masthead == "The Norwell Clarion"


def test_a_date_line_with_a_comma_is_no_outlet() -> None:
    text = "Monday, April 6, 2026\n\nRents rise again\n\nRents rose 4% in March."
    assert read_outlets(text).masthead is None


def test_a_byline_above_a_weekday_date_is_no_masthead() -> None:
    text = (
        "Quarry expansion approved\n\nBy Tomas Reyl\nWednesday 2 September\n\n"
        "Councillors approved the expansion by 7 votes to 4."
    )
    assert read_outlets(text).masthead is None


def test_a_headline_speaking_of_a_press_release_does_not_stop_the_search() -> None:
    text = (
        "What the council's press release did not say\n\n"
        "Tarnby Ledger | 3 March 2026\n\nThe council will borrow $40 million more."
    )
    assert read_outlets(text).masthead == "Tarnby Ledger"


def test_an_issuers_own_line_still_stops_the_search() -> None:
    text = (
        "Grenfold Water - Press Release\n4 June 2026\n\n"
        "Grenfold Water will invest $120 million in new mains."
    )
    assert read_outlets(text).masthead is None


def test_a_broadcasters_acronym_in_the_body_is_no_subject() -> None:
    text = (
        "Ormley Valley roads shut by floods\n\nZTN News - Friday 9 October\n\n"
        "Crews worked through the night, ZTN's correspondent in the town reported. "
        "Footage filmed by ZTN showed cars stranded on the main road. "
        "About 2,300 homes had lost power by the evening."
    )
    assert subject_of(text, "2,300") == "Ormley Valley"


def test_a_firm_named_by_an_acronym_stays_a_subject() -> None:
    # control: an acronym with no media word beside it on a masthead is the story's firm
    text = (
        "Utility raises prices\n\n4 June 2026\n\n"
        "VKT plans higher prices. VKT's board said about 2,300 jobs would go."
    )
    assert subject_of(text, "2,300") == "VKT"
