"""A share move with no listing takes the listing of the price it is linked to."""

from __future__ import annotations

from test_group import claim, together

from reconcile.claims.group import group_claims


def test_an_unlisted_change_takes_its_linked_levels_listing() -> None:
    seoul_move = claim("b.txt#1", "Korvel", "share-price change", scope="KRX")
    ny_move = claim("d.txt#1", "Korvel", "share-price change", scope="NYSE")
    ny_move_a = claim("a.txt#1", "Korvel", "share-price change", scope="NYSE")
    seoul_move_a = claim("a.txt#2", "Korvel", "share-price change", scope="KRX")
    level = claim(
        "c.txt#2", "Korvel", "share price", unit="KRW", kind="money", role="level", scope="KRX"
    )
    loose = claim("c.txt#1", "Korvel", "share-price change").model_copy(
        update={"linked": [level.id]}
    )
    unlinked = claim("e.txt#1", "Korvel", "share-price change")
    cs = [seoul_move, ny_move, ny_move_a, seoul_move_a, level, loose, unlinked]
    groups = group_claims(cs)
    assert together(groups, loose.id, seoul_move.id)
    assert not together(groups, loose.id, ny_move.id)
    # two listings, each named by as many sources, and no link: the move stays apart
    assert not together(groups, unlinked.id, seoul_move.id)
    assert not together(groups, unlinked.id, ny_move.id)


def test_a_public_body_named_after_a_place_is_not_the_place() -> None:
    from reconcile.claims.group import cluster_names

    names = {
        "Marrowfield": 3,
        "Marrowfield Unified School District": 1,
        "Corvane Systems": 1,
        "Corvane": 2,
    }
    got = cluster_names(names)
    assert got["Marrowfield Unified School District"] != got["Marrowfield"]
    assert got["Corvane Systems"] == got["Corvane"]
