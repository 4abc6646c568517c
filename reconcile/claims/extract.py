"""Stage 1 lives in ``reconcile.quantities`` (one module per kind); this name stays for the
modules and scripts that import it from here."""

from reconcile.quantities import extract_quantities, normalize_text

__all__ = ["extract_quantities", "normalize_text"]
