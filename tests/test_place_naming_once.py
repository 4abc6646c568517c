"""Whether another source names a place (``scope.a_places_figure``) is searched in that
source's text once per run and place, not once per pair weighed: the answer is kept in the
comparison's context, and a pair asks it again from there."""

from __future__ import annotations

from reconcile.compare.context import Ctx
from reconcile.compare.scope import a_places_figure
from reconcile.config import Settings
from tests.reported import claims_of

DEPOT = "Halden Rail employs nearly 240 fitters in Port Ellery, a manager said.\n"
FLEET = "Halden Rail employs 610 fitters across the network, its annual report shows.\n"


def _pair(depot: str, fleet: str) -> tuple[Ctx, object, object]:
    a = next(c for c in claims_of("depot.txt", depot) if c.text.startswith("240"))
    b = next(c for c in claims_of("fleet.txt", fleet) if c.text.startswith("610"))
    texts = {"depot.txt": depot, "fleet.txt": fleet}
    return Ctx(Settings(), {a.id: a, b.id: b}, texts, set()), a, b


def test_the_places_naming_is_kept_and_read_back() -> None:
    ctx, a, b = _pair(DEPOT, FLEET)
    assert a_places_figure(a, b, ctx) is not None  # type: ignore[arg-type]
    assert ctx.places_named == {("fleet.txt", "Port Ellery"): False}
    ctx.places_named[("fleet.txt", "Port Ellery")] = True  # read back, not searched again
    assert a_places_figure(a, b, ctx) is None  # type: ignore[arg-type]


def test_control_a_source_naming_the_place_is_answered_so() -> None:
    ctx, a, b = _pair(DEPOT, FLEET + "Its works in Port Ellery also build carriages.\n")
    assert a_places_figure(a, b, ctx) is None  # type: ignore[arg-type]
    assert a_places_figure(a, b, ctx) is None  # type: ignore[arg-type]  # (and again)
