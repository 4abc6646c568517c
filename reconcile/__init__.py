"""reconcile: check whether news sources agree on their numbers.

>>> import reconcile
>>> [m.value for m in reconcile.extract_quantities("Shares rose 2.4% to HK$140.60.")]
[2.4, 140.6]

``reconcile.reconcile(documents)`` reports on a set of sources; ``reconcile.check_draft(draft,
sources)`` checks one draft against them (paths or Documents), as ``reconcile check`` does.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reconcile.check import check_draft
    from reconcile.claims.context import extract_claims
    from reconcile.claims.extract import extract_quantities
    from reconcile.claims.group import group_claims
    from reconcile.claims.models import Claim, Document, Finding, Group, Mention, Report
    from reconcile.config import Settings
    from reconcile.io import load_documents
    from reconcile.pipeline import reconcile

# every name loads on first use: the console command imports this package before it knows
# whether the warm process will run the check (reconcile.entry), and a check whose claims are
# all cached never needs extraction's code
_LAZY = {
    "Claim": "reconcile.claims.models",
    "Document": "reconcile.claims.models",
    "Finding": "reconcile.claims.models",
    "Group": "reconcile.claims.models",
    "Mention": "reconcile.claims.models",
    "Report": "reconcile.claims.models",
    "Settings": "reconcile.config",
    "check_draft": "reconcile.check",
    "extract_claims": "reconcile.claims.context",
    "extract_quantities": "reconcile.claims.extract",
    "group_claims": "reconcile.claims.group",
    "load_documents": "reconcile.io",
    "reconcile": "reconcile.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'reconcile' has no attribute {name!r}")


__all__ = [
    "Claim",
    "Document",
    "Finding",
    "Group",
    "Mention",
    "Report",
    "Settings",
    "check_draft",
    "extract_claims",
    "extract_quantities",
    "group_claims",
    "load_documents",
    "reconcile",
]
__version__ = "0.1.0"
