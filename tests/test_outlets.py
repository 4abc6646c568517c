"""An outlet's name is never what a figure is about.

A document often opens with the name of the paper, wire, broadcaster or newsletter that
publishes it (a masthead), names a wire in its dateline, or cites itself in the body ("told the
Gazette"). Such a name is read from the shape and place of the line (short, written as a name,
no verb, a date or a byline below it, a word naming a kind of outlet), kept on the document as
``Document.outlet``, and never offered as a subject. Each class is tested in two wordings, with
controls where a headline or a real organisation on the first line stays a subject.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim
from reconcile.documents import parse_document, read_outlets


def claims_of(text: str) -> list[Claim]:
    return extract_claims(parse_document("t.txt", "t.txt", text))


def subject_of(text: str, surface: str) -> str | None:
    found = [c for c in claims_of(text) if surface in c.text]
    assert found, [c.text for c in claims_of(text)]
    return found[0].subject


# --- reading the masthead -------------------------------------------------------------------


def test_a_masthead_above_a_date_line_names_the_outlet() -> None:
    text = (
        "Daily Post\n4 December 2026\n\nCarriages derail near the junction\n\n"
        "Four carriages left the rails on Tuesday."
    )
    assert read_outlets(text).masthead == "Daily Post"
    assert parse_document("t.txt", "t.txt", text).outlet == "Daily Post"


def test_a_masthead_beside_a_date_after_a_bar_names_the_outlet() -> None:
    text = (
        "Ferry grounded off the headland\nThe Quillon Courier | Monday, 3 August 2026\n\n"
        "Some 212 passengers were taken off the ferry by lifeboat."
    )
    assert read_outlets(text).masthead == "The Quillon Courier"


def test_a_broadcaster_with_a_section_after_a_dash_names_the_outlet() -> None:
    text = "Eastmoor Radio - Live\n9 May 2026\n\nFlood updates as the river rises\n\nText."
    assert read_outlets(text).masthead == "Eastmoor Radio"


def test_a_newsletter_with_a_tagline_names_the_outlet() -> None:
    text = (
        "Quillpoint - a fortnightly letter on farming and the weather\n"
        "Harvest notes: a wet August\n\nHello again.\n"
    )
    assert read_outlets(text).masthead == "Quillpoint"


def test_a_place_after_a_media_word_stays_a_place_of_the_story() -> None:
    text = (
        "RADIO HOLMWICK | Published: 9 March 2026\n\n"
        "At least 61 people died in Holmwick, where old houses collapsed."
    )
    assert read_outlets(text).masthead == "RADIO HOLMWICK"
    from reconcile.claims.entities import _outlet_names

    assert "holmwick" not in _outlet_names(text).keys


def test_a_wire_in_the_dateline_is_one_of_the_outlet_names() -> None:
    text = (
        "Lenmark lifts its forecast\n\n"
        "ORVILLE, May 2 (Tessaly Newswire) - Lenmark raised its outlook on Friday."
    )
    assert "Tessaly Newswire" in read_outlets(text).names


def test_a_headline_in_title_case_above_a_date_is_no_masthead() -> None:
    text = "Ravensby Unveils Flood Plan\n3 March 2026\n\nRavensby set out a $2 billion plan."
    assert read_outlets(text).masthead is None


def test_an_issuer_whose_name_recurs_below_is_no_outlet() -> None:
    text = (
        "GRANTHAM MOTORS\n12 June 2026\n\nRecall of older saloons\n\n"
        "Grantham Motors said it would recall 41,000 saloons built before 2022."
    )
    assert read_outlets(text).masthead is None


def test_a_press_release_names_its_issuer_not_an_outlet() -> None:
    text = "Pellow Water News - Press Release\n8 July 2026\n\nPellow Water raised 30 pipes."
    assert read_outlets(text).masthead is None


def test_a_plain_headline_is_no_masthead() -> None:
    text = "Quenby posts higher sales as prices rise\n\nQuenby Foods said sales rose 4%."
    assert read_outlets(text).masthead is None


# --- never a subject ------------------------------------------------------------------------


def test_a_masthead_is_never_the_subject_of_a_figure_with_no_name() -> None:
    text = (
        "Daily Post\n4 December 2026\n\nCarriages derail near the junction\n\n"
        "Four carriages left the rails on Tuesday."
    )
    assert subject_of(text, "Four carriages") != "Daily Post"


def test_a_masthead_gives_way_to_the_story_subject() -> None:
    text = (
        "The Wexley Gazette\n21 October 2026\n\nHarlan Dairies to shut creamery\n\n"
        "Harlan Dairies will close its creamery at the end of the year.\n\n"
        "The closure puts 140 jobs at risk, the union estimates."
    )
    assert subject_of(text, "140 jobs") == "Harlan Dairies"


def test_the_outlet_named_in_its_own_body_is_no_subject() -> None:
    text = (
        "The Northfold Chronicle - Live\n2 April 2026\n\nStorm over the coast: latest\n\n"
        "A coastguard officer told the Chronicle that 35 boats had broken their moorings."
    )
    assert subject_of(text, "35 boats") != "Chronicle"


def test_a_wire_in_the_body_is_no_subject() -> None:
    text = (
        "Lenmark hiring slows\n\n"
        "ORVILLE, May 2 (Tessaly Newswire) - Lenmark added staff slowly this spring. "
        "Economists polled by Tessaly Newswire had expected 2,000 new jobs."
    )
    assert subject_of(text, "2,000") != "Tessaly Newswire"


def test_a_company_in_the_first_line_stays_the_subject() -> None:
    text = (
        "GRANTHAM MOTORS\n12 June 2026\n\nRecall of older saloons\n\n"
        "Grantham Motors said it would recall 41,000 saloons built before 2022."
    )
    assert (subject_of(text, "41,000") or "").lower() == "grantham motors"


def test_a_company_in_a_headline_stays_the_subject() -> None:
    text = (
        "Orbridge Post Office sales up\n\nPublished: 2026-05-02\n\n"
        "Sales at Orbridge rose 6% in April from a year earlier."
    )
    assert subject_of(text, "6%") == "Orbridge"


_NAMES = st.sampled_from(["Hollin", "Carrow", "Westby", "Marlen", "Tessaly", "Ormond"])
_KINDS = st.sampled_from(["Gazette", "Herald", "Courier", "News", "Wire", "Echo", "Post"])


@settings(max_examples=15, deadline=None)
@given(place=_NAMES, kind=_KINDS, number=st.integers(min_value=12, max_value=9000))
def test_no_masthead_of_this_shape_is_ever_a_subject(place: str, kind: str, number: int) -> None:
    masthead = f"{place} {kind}"
    text = (
        f"{masthead}\n14 March 2026\n\nWater mains burst across the valley\n\n"
        f"Engineers said {number:,} homes were left without water overnight."
    )
    assert read_outlets(text).masthead == masthead
    subjects = {c.subject for c in claims_of(text)}
    assert masthead not in subjects and kind not in subjects
