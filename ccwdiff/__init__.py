"""ccwdiff: compare two successive reports of a multilateral meeting."""

__version__ = "0.1.0"
