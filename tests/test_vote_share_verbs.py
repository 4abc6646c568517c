"""A share a side or a candidate wins is its vote share, however the sentence words it (issue
11, class "a metric told by its verb"): "Yes won 52.4%", "Koll polled 41 per cent", "the Greens
captured 18%"; and a share of the votes is a vote share whatever qualifies the votes ("52.4% of
valid votes", "18% of all votes cast"). Controls: a share the sentence says is of something
else ("take 40% of the profits"), a percentage a verb outside the list governs ("members will
get 4%", "take 10% each"), and a share won in a relative clause, which is a share of what
that clause names ("districts where they won more than 60%"). Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _claim(text: str, figure: str) -> Claim:
    claims = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In the end, No won 55.1% nationwide.", "55.1%"),
        ("Ilse Varga polled 38 per cent in the run-off.", "38 per cent"),
        ("The Greens captured 18% in the city, up from 11% last time.", "18%"),
        ("The Farmers' League secured 12.6% on Sunday.", "12.6%"),
        ("The Yes camp won 50.8% of valid ballots.", "50.8%"),
        ("The Coastal Party won 21% of all votes cast.", "21%"),
        ("In the capital, the Liberals garnered 9.4% on Sunday.", "9.4%"),
    ],
)
def test_a_share_a_side_wins_is_its_vote_share(text: str, figure: str) -> None:
    c = _claim(text, figure)
    assert (c.metric, c.role) == ("vote share", "share"), (c.metric, c.role)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The treasury will take 40% of the profits from the mine.", "40%"),
        ("Members will get 4% this year under the offer.", "4%"),
        ("The owner and the rider usually take 10% each of the purse.", "10%"),
        ("They held on in districts where they won more than 60%.", "60%"),
    ],
)
def test_control_other_shares_are_no_vote_share(text: str, figure: str) -> None:
    assert _claim(text, figure).metric != "vote share"
