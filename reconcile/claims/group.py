"""Stage 3: claims -> groups of claims about the same quantity.

(Thin first version: exact key on subject, metric, role, unit and scope.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from reconcile.claims.models import Claim, Group


def _key(c: Claim) -> tuple[str | None, ...]:
    return (c.subject, c.metric, c.role, c.unit, c.scope)


def group_claims(claims: Iterable[Claim]) -> list[Group]:
    buckets: dict[tuple[str | None, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.subject is None or c.metric is None:
            continue  # a figure with no known subject or metric cannot be compared
        buckets[_key(c)].append(c)
    groups = []
    for i, (key, members) in enumerate(sorted(buckets.items(), key=lambda kv: str(kv[0]))):
        subject, metric, role, unit, scope = key
        label = f"{subject}: {metric}" + (f", {scope}" if scope else "")
        groups.append(
            Group(
                id=f"g{i + 1}",
                label=label,
                claims=sorted(c.id for c in members),
                subject=subject,
                metric=metric,
                role=role,  # type: ignore[arg-type]
                unit=unit,
                scope=scope,
            )
        )
    return groups
