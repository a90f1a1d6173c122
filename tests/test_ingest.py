"""Bad input becomes a Skipped record with a reason; the good inputs still come through."""

from __future__ import annotations

from pathlib import Path

from detente.ingest import read_paths
from detente.records import Article, Skipped

GOOD = "Japan and South Korea held talks in Seoul on Monday.\n"


def _by_name(paths: list[str]) -> dict[str, Article | Skipped]:
    return {Path(item.source).name: item for item in read_paths(paths)}


def test_bad_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Le président a visité Séoul.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    found = _by_name([str(tmp_path), str(tmp_path / "missing.txt")])
    assert isinstance(found["good.txt"], Article)
    assert isinstance(found["utf16.txt"], Article)
    reasons = {name: item.reason for name, item in found.items() if isinstance(item, Skipped)}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["latin1.txt"] == "language: fr"  # Latin-1 is decoded now, and it is French
    assert reasons["missing.txt"] == "no such file or directory"
    assert len(found) == 6


def test_same_text_gets_the_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace(" ", "  "), encoding="utf-8")
    a, b = read_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.doc_id == b.doc_id
