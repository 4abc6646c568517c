"""Stage 4: groups -> findings. (Thin first version: interval overlap only.)"""

from __future__ import annotations

from reconcile.claims.models import Claim, Finding, Group
from reconcile.config import Settings


def compare_groups(
    groups: list[Group], claims: list[Claim], settings: Settings | None = None
) -> list[Finding]:
    settings = settings or Settings()
    by_id = {c.id: c for c in claims}
    findings: list[Finding] = []
    for g in groups:
        members = [by_id[i] for i in g.claims]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.document == b.document:
                    continue
                tol_a = abs(a.value) * settings.tolerance
                tol_b = abs(b.value) * settings.tolerance
                if a.high + tol_a < b.low - tol_b or b.high + tol_b < a.low - tol_a:
                    findings.append(
                        Finding(
                            id=f"f{len(findings) + 1}",
                            kind="value_mismatch",
                            severity=settings.severity.get("value_mismatch", "error"),
                            group=g.id,
                            claims=[a.id, b.id],
                            message=(
                                f'{a.document} says "{a.text}" but {b.document} says "{b.text}" '
                                f"for {g.label}."
                            ),
                        )
                    )
    return findings
