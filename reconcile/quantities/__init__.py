"""Stage 1: text -> mentions of quantities, one module per kind of quantity.

The layout follows Duckling: ``scan`` runs one compiled master pattern over the text and
hands each match to the reader of its kind; the kinds share the vocabulary (``vocab``, built
once from ``reconcile/data/*.toml``) and the state of the scan (``state.Scan``).

==================  ==========================================================================
``text``            length-preserving normalization (spans index the original text)
``vocab``           the data files compiled to patterns and tables
``numerals``        numbers in digits and words, scale words, written precision
``money``           currencies before and after the number, sub-units, ambiguous symbols
``percent``         percent, percentage points, basis points, shares ("one in five")
``counts``          counted nouns after the number ("300 models", "14 howitzers")
``bare_counts``     counts named by the words around a bare number ("the death toll rose to 94")
``physical``        physical units (pint names) and magnitudes
``multipliers``     "13 times smaller", "tenfold", "doubled"
``tallies``         votes and scores: "voted 5-2", "a four-to-three vote", "won 3-1"
``model_sizes``     parameter counts in model names ("Qwen3-235B-A22B")
``suffix``          which kind's unit stands after a number
``amounts``         one figure: sign, currency, number, unit, range, qualifier
``scan``            the loop: find a start, dispatch to a kind, emit
==================  ==========================================================================

The corpus files ``tests/corpus/*.toml`` are the specification, one per kind.
"""

from reconcile.quantities.scan import extract_quantities
from reconcile.quantities.text import normalize_text

__all__ = ["extract_quantities", "normalize_text"]
