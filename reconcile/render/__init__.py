"""Renderers: each a small pure function over a :class:`~reconcile.claims.models.Report`.

=============  ============================================================  ===============
module         function                                                      output
=============  ============================================================  ===============
text           ``render_text(report, *, color=False)``                       terminal report
markdown       ``render_markdown(report)``                                   Markdown
json           ``render_json(report)``                                       the Report model
html           ``render_html(report)``                                       one HTML page
sarif          ``render_sarif(report, draft=None)``                          SARIF 2.1.0
github         ``render_github(report, draft=None)``                         Actions commands
check_text     ``render_check_text(report, draft)``                          path:line:col
=============  ============================================================  ===============

``svg.interval_chart(claims)`` draws the intervals of claims on one axis (used by html);
``location.line_col(text, offset)`` turns an offset into a 1-based line and column.
Where a ``draft`` is named (by document id, or else path) and no such document exists,
the renderer raises ``ValueError``.
"""
