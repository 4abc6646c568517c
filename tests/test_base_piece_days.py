"""A day in a piece set off after a figure that opens with the base it is compared with ("52
lorries are now queued, up from the 31 counted on Sunday") is the base's day, not the figure's;
and "now" beside such a figure is its article's day (class: a count of today was dated by the
day of the earlier count it is compared with and set against another source's figure of that
day). Controls: the base keeps its day; a day in the figure's own piece still dates it; a day in
a later piece that is no base still dates it ("..., the authority said on Sunday"), also over
"now"; "now" with no dated base ("the shares are now down 4.8%": a live blog's moment), "now
that", "from now" and an undated article give no day."""

from __future__ import annotations

import datetime as dt

from reconcile.documents import parse_document
from reconcile.pipeline import reconcile
from reconcile.time.read import resolve_when


def _when(text: str, figure: str) -> str | None:
    at = text.index(figure)
    return resolve_when(text, None, None, at=at, end=at + len(figure))


def test_a_base_piece_day_does_not_date_the_figure() -> None:
    text = "Some 52 lorries are now queued at the port, up from 31 on Sunday."
    assert _when(text, "52") is None
    down = "The reservoir holds 47 percent, down from 55 percent on Monday."
    assert _when(down, "47") is None
    against = "Arrivals reached 8,200, compared with 6,900 on Friday."
    assert _when(against, "8,200") is None
    # a piece that opens with "from" and a figure: the figure it is compared with
    bare = "Palm oil ended 3.2% higher at 4,410 ringgit a tonne, from 4,273 ringgit on Friday."
    assert _when(bare, "4,410") is None
    assert _when(bare, "4,273") == "weekday:Friday"


def test_the_base_keeps_its_day_and_the_figure_its_own() -> None:
    text = "The toll rose to 40 on Tuesday, up from 32 on Monday."
    assert _when(text, "40") == "weekday:Tuesday"
    assert _when(text, "32") == "weekday:Monday"
    assert _when("The toll rose to 40, up from 32 on Monday.", "32") == "weekday:Monday"


def test_control_a_later_piece_that_is_no_base_still_dates() -> None:
    text = "Some 52 lorries were queued at the port, the authority said on Sunday."
    assert _when(text, "52") == "weekday:Sunday"
    start = "Some 52 lorries were queued at the port, from early on Sunday."  # no figure
    assert _when(start, "52") == "weekday:Sunday"


def test_the_claim_of_today_is_not_dated_by_its_base() -> None:
    text = (
        "Port queue grows\n\nPublished: 8 June 2027\n\n"
        "Some 52 lorries are now queued at the Tarnby ferry port, up from 31 on Sunday, the port "
        "authority said.\n"
    )
    claims = reconcile([parse_document("a.txt", "a.txt", text)]).claims
    [lorries] = [c for c in claims if c.text.startswith("52")]
    assert lorries.when != "2027-06-06"


WEDNESDAY = dt.date(2027, 6, 16)


def test_now_is_the_articles_day_unless_a_day_is_stated() -> None:
    text = "Some 400 lorries wait at the crossing now, compared with 230 on Thursday."
    at = text.index("400")
    assert resolve_when(text, WEDNESDAY, None, at=at, end=at + 3) == "2027-06-16"
    assert resolve_when(text, None, "16 June", at=at, end=at + 3) == "--06-16"
    said = "The queue now stands at 400 lorries, the customs office said on Tuesday."
    at = said.index("400")
    assert resolve_when(said, WEDNESDAY, None, at=at, end=at + 3) == "2027-06-15"


def test_control_now_that_from_now_and_no_anchor() -> None:
    for text in (
        "The queue at the crossing is now 400 lorries long.",
        "Two weeks from now, 400 lorries will cross each day.",
        "The queue reached 400 lorries, now that the crossing has shut.",
    ):
        at = text.index("400")
        assert resolve_when(text, WEDNESDAY, None, at=at, end=at + 3) is None
    assert _when("Some 400 lorries wait at the crossing now.", "400") is None


def test_counts_now_and_on_an_earlier_day_are_no_conflict() -> None:
    a = (
        "Border queue builds\n\nPublished: 12 June 2027\n\n"
        "As of Thursday, 230 lorries were stuck at the Tarnby border crossing, the customs "
        "office said.\n"
    )
    b = (
        "Tarnby crossing backlog\n\nPublished: 16 June 2027\n\n"
        "Close to 400 lorries now sit in the queue at the Tarnby border crossing, compared "
        "with the tally taken as the gates shut on Thursday.\n"
    )
    docs = [parse_document(n, n, t) for n, t in (("a.txt", a), ("b.txt", b))]
    findings = reconcile(docs).findings
    assert not [f for f in findings if f.severity == "error"]
    assert any("Wed 16 Jun 2027" in f.message for f in findings)


def test_a_base_piece_before_the_figure_dates_the_base_only() -> None:
    """The class seen after the figure holds before it too: "Against a 2019 forecast of 40,000
    visitors, attendance reached 52,300" is no figure of 2019."""
    text = "Against a 2019 forecast of 40,000 visitors, attendance reached 52,300."
    assert _when(text, "52,300") is None
    assert _when(text, "40,000") == "year:2019"
    compared = "Compared with a £310m plan in 2021, the bill came to £395m."
    assert _when(compared, "£395m") is None
    assert _when("In 2019, attendance reached 52,300.", "52,300") == "year:2019"
