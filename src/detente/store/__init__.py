"""The DuckDB event store."""

from detente.store.store import Store

__all__ = ["Store"]
