"""Versions a run records: of detente, and of the data it codes with (dictionaries, lexicon,
codebook, and the user's own files), so stored events can be traced to what made them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

DATA_PACKAGES = ("detente.actors", "detente.events", "detente.ontology")


def data_version(extra: Iterable[str | Path] = ()) -> str:
    """A short digest of every packaged data file and of the user files named in ``extra``."""
    digest = hashlib.sha256()
    for package in DATA_PACKAGES:
        folder = resources.files(package).joinpath("data")
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file():
                digest.update(item.name.encode())
                digest.update(item.read_bytes())
    for path in extra:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]
