"""Bad input: each becomes a Skipped with a clear reason, the batch goes on, nothing is lost."""

from __future__ import annotations

import gzip
from pathlib import Path

from detente.ingest import count_inputs, read_paths
from detente.ingest.decode import decode
from detente.ingest.detect import MAX_BYTES
from detente.records import Article, Skipped

GOOD = "Japan and South Korea held talks in Seoul on Monday, officials said.\n"
PAGE = (
    "<html><head><meta charset='{charset}'><title>Talks in Seoul</title></head><body><article>"
    "<h1>Talks in Seoul</h1><p>Japan and South Korea held talks in Seoul on Monday about a "
    "joint coast guard exercise, officials said. The café near the ministry was closed.</p>"
    "<p>The two governments said they would meet again next month in Tokyo to finish a "
    "draft agreement on the exercise.</p></article></body></html>"
)


def _by_name(folder: Path) -> dict[str, Article | Skipped]:
    return {Path(r.source).name: r for r in read_paths([str(folder)])}


def _reason(record: Article | Skipped) -> str:
    assert isinstance(record, Skipped), record
    return record.reason


def test_every_bad_input_is_named_and_counted(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"  \n")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 8)
    with (tmp_path / "huge.txt").open("wb") as huge:  # 100 MB, sparse: never read
        huge.truncate(100 * 1024 * 1024)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"talks " * (MAX_BYTES // 5)))
    (tmp_path / "nobody.html").write_text("<html><head><title>x</title></head></html>")
    (tmp_path / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    found = _by_name(tmp_path)
    assert isinstance(found["good.txt"], Article)
    assert _reason(found["empty.html"]) == "empty file"
    assert _reason(found["binary.html"]) == "binary file, not text"
    assert _reason(found["huge.txt"]).startswith("file too large")
    assert _reason(found["bomb.txt.gz"]).startswith("file too large")
    assert _reason(found["nobody.html"]) == "HTML page with no article text"
    assert _reason(found["table.csv"]) == "unsupported file type '.csv'"
    assert len(found) == 7 == count_inputs([str(tmp_path)])


def test_legacy_and_wide_encodings_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "cp1252.html").write_bytes(PAGE.format(charset="windows-1252").encode("cp1252"))
    (tmp_path / "latin1.html").write_bytes(PAGE.format(charset="iso-8859-1").encode("latin-1"))
    (tmp_path / "utf16.html").write_bytes(PAGE.format(charset="utf-16").encode("utf-16"))
    mixed = GOOD.encode("utf-8") + "The café – “closed”.\n".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes("Ölpreis fällt.\n".encode() + mixed)
    found = _by_name(tmp_path)
    for name in ("cp1252.html", "latin1.html", "utf16.html"):
        article = found[name]
        assert isinstance(article, Article), (name, article)
        assert "The café near the ministry" in article.body, name
    mixed_article = found["mixed.txt"]
    assert isinstance(mixed_article, Article)
    text = "\n".join(p.text for p in mixed_article.paragraphs)
    assert "Ölpreis fällt." in text and "The café – “closed”." in text


def test_decode_says_why() -> None:
    assert decode(b"") == Skipped("", "empty file")
    assert decode(b"\xff\xfe\x00") == Skipped("", "broken UTF-16 text")
    assert decode("talks".encode("utf-16-le")) == "talks"
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00") == Skipped("", "binary file, not text")


def test_missing_paths_and_empty_directories(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    records = list(read_paths([str(tmp_path / "empty"), str(tmp_path / "nope.html")]))
    assert [_reason(r) for r in records] == ["empty directory", "no such file or directory"]
