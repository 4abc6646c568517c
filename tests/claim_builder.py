"""One builder of hand-made claims for comparison tests: a claim and its mention, with the
same figure, span and interval (tests that need no extraction, only a verdict)."""

from __future__ import annotations

from reconcile.claims.models import Claim, Mention


def built_claim(
    doc: str,
    surface: str,
    value: float,
    unit: str,
    low: float | None,
    high: float | None,
    *,
    start: int = 0,
    kind: str = "money",
    subject: str | None = None,
    metric: str | None = None,
    when: str | None = None,
    qualifier: str | None = None,
    scale: str | None = None,
    sentence: str = "",
    role: str = "level",
    direction: str | None = None,
) -> Claim:
    """A claim of ``surface`` at ``start`` in ``doc`` (id ``doc#start-end``)."""
    span = (start, start + len(surface))
    mention = Mention(
        surface=surface,
        span=span,
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=low,
        high=high,
        qualifier=qualifier,
        scale=scale,
    )
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=surface,
        value=value,
        unit=unit,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,  # type: ignore[arg-type]
        subject=subject,
        metric=metric,
        when=when,
        sentence=sentence,
        role=role,  # type: ignore[arg-type]
        direction=direction,  # type: ignore[arg-type]
        mention=mention,
    )
