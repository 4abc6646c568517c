"""Stage 4: groups of claims -> findings, each explained in one sentence.

Claims are compared on the intervals they admit (written precision plus qualifier), widened by
the user's relative tolerance. Within a group (same subject, metric, role, unit dimension, scope):

- disjoint intervals at the same (or an unknown) time: ``value_mismatch``; when they agree but for
  a factor of a thousand, a million or a billion: ``scale_mismatch``;
- disjoint intervals at known different times, or intraday against close: ``different_scope``
  (a warning when the days are consecutive, an info note otherwise), and for metrics that move
  daily (share prices) an info note when one side gives no time at all, unless the news day
  settles it: an undated market figure belongs to its article's news day (the last trading
  session on or before the article's day), so two articles of one news day are compared as one
  session's and articles days apart as different days;
- intervals that meet only through a strict qualifier ("beyond 380 billion" against a precise
  "380 billion"): ``qualifier_conflict``.

Arithmetic links are checked too: a change and its level imply a base (shown in explanations);
an amount restated in another currency implies a rate, and the rates implied by different
sources, or a user's rate table, must agree (``arithmetic``); a measurement restated in another
unit beside itself must convert (:mod:`.conversions`). Groups of one quantity in two
major currencies are weighed against each other through a reference rate (the ECB's, of the
article's year, ``data/exchange_rates.toml``) or the user's, within the band of an unstated rate
(:mod:`reconcile.claims.money`): beyond it, ``value_mismatch``.

Modules, each with one job: :mod:`.rules` (the rules and what they say of a metric),
:mod:`.intervals` (how two figures' intervals meet), :mod:`.camps`, :mod:`.judge` (one pair's
verdict), :mod:`.revisions` (one source's two figures), :mod:`.news_day` (documents' days),
:mod:`.currencies`, :mod:`.arithmetic` and :mod:`.sentences` (figures linked by arithmetic),
:mod:`.selection` (which pairs are judged), :mod:`.summary` and :mod:`.verdicts` (findings
merged and worded), :mod:`.wording`, and :mod:`.run` (the entry point).
"""

from reconcile.compare.camps import camps
from reconcile.compare.currencies import rate_findings, restatements
from reconcile.compare.intervals import interval, overlaps, qualifier_collision, scale_slip
from reconcile.compare.news_day import anchor_times, news_days, references
from reconcile.compare.rules import Rules, rules
from reconcile.compare.run import compare_groups
from reconcile.compare.selection import EXACT_MAX, ODD_MAX
from reconcile.compare.sentences import sentence_findings
from reconcile.compare.summary import conflict_pairs
from reconcile.compare.wording import quote, when_words

__all__ = [
    "EXACT_MAX",
    "ODD_MAX",
    "Rules",
    "anchor_times",
    "camps",
    "compare_groups",
    "conflict_pairs",
    "interval",
    "news_days",
    "overlaps",
    "qualifier_collision",
    "quote",
    "rate_findings",
    "references",
    "restatements",
    "rules",
    "scale_slip",
    "sentence_findings",
    "when_words",
]
