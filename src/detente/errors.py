"""One exception tree for the library.

::

    DetenteError
     ├── SettingsError        a setting is missing or malformed
     ├── ModelError           the spaCy pipeline named in the settings cannot be loaded
     ├── DataError            a packaged or user data file (lexicon, dictionary) is invalid
     ├── InputError           an input cannot be read at all (missing path); bad *content*
     │                        becomes a ``Skipped`` record instead, never an exception
     ├── StoreError           the DuckDB store cannot be opened or written
     └── GoldError            a gold file for ``eval`` is malformed

The library raises these and never prints or exits; the CLI turns them into one-line
messages and exit codes.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error detente raises on purpose."""


class SettingsError(DetenteError):
    """A setting is missing or malformed."""


class ModelError(DetenteError):
    """The spaCy pipeline cannot be loaded."""


class DataError(DetenteError):
    """A data file (ontology, dictionary, lexicon) is invalid."""


class InputError(DetenteError):
    """An input path cannot be read at all."""


class StoreError(DetenteError):
    """The event store cannot be opened or written."""


class GoldError(DetenteError):
    """A gold-standard file is malformed."""
