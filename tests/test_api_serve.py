"""``detente serve``: its options, its refusal of a missing store, and a light import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detente.cli_serve import DEFAULT_MAX_BYTES, serve
from detente.web import deps


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0
    assert "run 'detente ingest' first" in str(result.exception)


def test_serve_refuses_a_store_from_an_older_detente(tmp_path: Path) -> None:
    import duckdb

    duckdb.connect(str(tmp_path / "old.duckdb")).close()
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "old.duckdb")])
    assert result.exit_code != 0
    assert "older detente" in str(result.exception)


def test_serve_builds_the_app_and_runs_uvicorn(tmp_path: Path, monkeypatch: Any) -> None:
    from tests.test_web_parts import build_store

    db = build_store(tmp_path / "s.duckdb")
    phases = tmp_path / "sunshine.tsv"
    phases.write_text("name\tstart\tend\nSunshine\t1998-02-25\t2008-02-25\n", "utf-8")
    seen: dict[str, Any] = {}
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    args = ["--db", str(db), "--port", "8123", "--token", "t", "--phases", str(phases)]
    result = CliRunner().invoke(serve, args)
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    config = seen["app"].state.config
    assert config.token == "t" and config.phases == {"sunshine": str(phases)}
    assert config.max_code_bytes == DEFAULT_MAX_BYTES == deps.DEFAULT_MAX_BYTES


@pytest.mark.parametrize("port", ["-1", "70000", "http"])
def test_serve_checks_the_port(port: str) -> None:
    assert CliRunner().invoke(serve, ["--port", port]).exit_code == 2


def test_the_serve_command_imports_no_web_framework() -> None:
    code = (
        "import sys, detente.cli_serve; print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('fastapi', 'uvicorn', 'starlette', 'duckdb', 'spacy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
