"""Ingest: read sources into ``Article`` records, or ``Skipped`` ones with the reason."""

from detente.ingest.detect import read_paths

__all__ = ["read_paths"]
