"""JSON report: the Report model itself, the stable machine-readable contract.

Top-level keys: ``documents``, ``claims``, ``groups``, ``findings`` (see
:mod:`reconcile.claims.models`). ``Report.model_validate_json`` reads it back.

The output is lean: one record per line (each document, claim, group and finding on a line of
its own, so that ``grep`` and ``diff`` work on it), no indentation, and each claim's fields
left out where they hold their default (an absent ``when`` is null, an absent ``linked`` is
empty; documents, groups and findings keep every key), and each claim's ``mention`` holds only
the fields that differ from the claim's own (``surface`` against ``text``, ``span``, ``value``,
``unit``, ``kind``, ``low``, ``high``, ``qualifier``; ``{}`` when none does): reading puts
them back. A report over 1,000 sources stays under ten times the size of their text.
"""

from __future__ import annotations

from reconcile.claims.models import MENTION_SHARED, Claim, Mention, Report

_LISTS = ("documents", "claims", "groups", "findings")
# The shared fields that have a default in a mention, and the default (``qualifier``: None).
_DEFAULTED = tuple(
    (m, f.default)
    for m, f in Mention.model_fields.items()
    if m in MENTION_SHARED and not f.is_required()
)


def render_json(report: Report) -> str:
    parts = [
        _rows("documents", [d.model_dump_json() for d in report.documents]),
        _rows("claims", [claim_json(c) for c in report.claims]),
        _rows("groups", [g.model_dump_json() for g in report.groups]),
        _rows("findings", [f.model_dump_json() for f in report.findings]),
    ]
    rest = report.model_dump_json(exclude=set(_LISTS))  # every other key, e.g. ``config``
    if rest != "{}":
        parts.append(rest[1:-1])
    return "{\n" + ",\n".join(parts) + "\n}\n"


def claim_json(claim: Claim) -> str:
    """One claim on one line: its fields without their defaults, and its mention without the
    fields that hold the same value as the claim's (``Claim`` puts them back on reading)."""
    mention = claim.mention
    same = {
        m
        for m, c in MENTION_SHARED.items()
        if type(own := getattr(mention, m)) is type(theirs := getattr(claim, c)) and own == theirs
    }
    # A mention's default that differs from the claim's field must be written: left out, it
    # would read back as the claim's. Rare (an unqualified mention of a qualified claim): that
    # claim keeps all its defaults.
    kept = not any(m not in same and getattr(mention, m) == d for m, d in _DEFAULTED)
    return claim.model_dump_json(exclude_defaults=kept, exclude={"mention": same})


def _rows(key: str, rows: list[str]) -> str:
    return f'"{key}": [\n' + ",\n".join(rows) + "\n]" if rows else f'"{key}": []'
