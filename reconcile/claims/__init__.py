"""Claim models, extraction, grouping, comparison."""
