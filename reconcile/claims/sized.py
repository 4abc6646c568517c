"""Whether a mention is an order of magnitude ("hundreds of households"): read by
``quantities.magnitudes``, grouped apart by ``claims.group`` and compared with nothing by
``compare.run``. A light module: the grouping and the comparison ask it without loading
extraction's code."""

from __future__ import annotations

from reconcile.claims.models import Mention

# the first word of an order of magnitude's qualifier text ("tens of thousands", "several
# hundred", "a few"): the plural scale words and the words of a few
SIZE_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "billions", "tens", "several", "a"}
)


def stated_by_size(mention: Mention) -> bool:
    """Whether ``mention`` is an order of magnitude (``quantities.magnitudes``): qualifier
    'about', its text the magnitude's words opening the surface. Its interval admits many
    figures without giving any of them."""
    said = mention.qualifier_text
    return (
        mention.qualifier == "about"
        and said is not None
        and said.split(" ", 1)[0].lower() in SIZE_WORDS
        and mention.surface.lower().startswith(said.lower())
    )
