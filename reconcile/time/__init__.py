"""Time in the text: clock times (:mod:`reconcile.time.clock`)."""
