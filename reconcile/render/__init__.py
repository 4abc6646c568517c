"""Renderers: each a small function Report -> str."""
