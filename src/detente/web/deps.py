"""What every route needs: the app's configuration, a read-only store per request, the
policy phases a request names, and the pipeline that ``POST /api/code`` loads on first use."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from detente.analysis.phases import BUILTIN, Phase, load_phases
from detente.pipeline import Pipeline
from detente.records import Article, Result
from detente.settings import Settings
from detente.store import Store

DEFAULT_MAX_BYTES = 1_000_000
NO_PHASES = "none"


@dataclass(frozen=True, slots=True)
class AppConfig:
    """How the app was started: the store, the token for ``POST /api/code``, its size limit,
    and phase files named by the user beside the built-in ones."""

    db: str
    token: str | None = None
    max_code_bytes: int = DEFAULT_MAX_BYTES
    phases: dict[str, str] = field(default_factory=dict)
    settings: Settings | None = None

    def phase_names(self) -> list[str]:
        return [*BUILTIN, *sorted(self.phases)]


class Coder:
    """The pipeline behind ``POST /api/code``: built on the first request (the spaCy model
    is slow to load) and used by one request at a time."""

    def __init__(self, settings: Settings | None) -> None:
        self._settings = settings
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def __call__(self, article: Article) -> Result:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline(self._settings)
            return self._pipeline.code_article(article)


def get_config(request: Request) -> AppConfig:
    config: AppConfig = request.app.state.config
    return config


def get_coder(request: Request) -> Coder:
    coder: Coder = request.app.state.coder
    return coder


class Stores:
    """Read-only stores for requests, one each. The first request also opens one that is
    kept until the app stops: while DuckDB holds a file open, opening it again costs about
    2 ms instead of 25 (and the file stays locked against writers until the server stops)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._kept: Store | None = None
        self._lock = threading.Lock()

    def open(self) -> Store:
        with self._lock:
            if self._kept is None:
                self._kept = Store(self.path, read_only=True)
        return Store(self.path, read_only=True)

    def close(self) -> None:
        with self._lock:
            if self._kept is not None:
                self._kept.close()
                self._kept = None


def open_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request (DuckDB allows many read-only connections)."""
    stores: Stores = request.app.state.stores
    with stores.open() as store:
        yield store


ConfigDep = Annotated[AppConfig, Depends(get_config)]
StoreDep = Annotated[Store, Depends(open_store)]


def phases_for(name: str | None, a: str, b: str, config: AppConfig) -> list[Phase]:
    """The phases a request names; by default the US presidents' terms when one side is the
    USA, none otherwise. ValueError for a name that is neither built in nor configured."""
    if name is None or name == "":
        return load_phases("us-presidents") if "USA" in (a[:3], b[:3]) else []
    if name == NO_PHASES:
        return []
    if name in BUILTIN:
        return load_phases(name)
    if name in config.phases:
        return load_phases(config.phases[name])
    names = ", ".join([NO_PHASES, *config.phase_names()])
    raise ValueError(f"phases must be one of {names} (got {name!r})")


def phases_name(path: str) -> str:
    """The name a phases file is served under: its file name without the extension."""
    return Path(path).stem
