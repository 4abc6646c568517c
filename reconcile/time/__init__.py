"""Time in the text, one reader and one model: :mod:`reconcile.time.read` reads the time
expressions near a figure into canonical strings, :mod:`reconcile.time.values` parses and
relates those strings (``Claim.when``), and :mod:`reconcile.time.clock` reads times of day."""
