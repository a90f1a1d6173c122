"""Property-based fuzzing of every reader: no exception escapes, every input is accounted for."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.ingest import read_paths
from detente.ingest.decode import decode
from detente.ingest.feeds import read_feed
from detente.ingest.html import read_fragment, read_html
from detente.ingest.jsonl import read_jsonl
from detente.ingest.textdump import read_textdump
from detente.ingest.warc import read_warc
from detente.records import Article, Skipped

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = ["<p>", "</p>", "<html>", "<body>", "<article>", "<figure>", "<figcaption>", "<h2>",
        "<script>", "<!--", "-->", "<rss>", "<item>", "<title>", "</title>", "<![CDATA[",
        "WARC/1.0\r\n", "Content-Length: 99\r\n", "\r\n\r\n", "{", "}", '"text":', "\n",
        "Image: AFP", "fb/aw (AFP, AP)", "Read more: x", "###", "\x00", "\ufeff"]  # fmt: skip
WORDS = st.sampled_from(TAGS) | st.text(max_size=30)
MARKUP = st.lists(WORDS, max_size=30).map("".join)
BLOBS = st.binary(max_size=2000) | MARKUP.map(lambda s: s.encode("utf-8", "surrogatepass"))


def _records(found: object) -> list[object]:
    records = list(found) if not isinstance(found, Article | Skipped) else [found]  # type: ignore[call-overload]
    assert records and all(isinstance(r, Article | Skipped) for r in records)
    return records


@FAST
@given(MARKUP)
def test_html_and_text_readers(text: str) -> None:
    _records(read_html(text, "x", url="https://a.example/1", published=date(2021, 5, 1)))
    assert isinstance(read_fragment(text), list)
    _records(read_textdump(text, "x", "x"))


@FAST
@given(BLOBS)
def test_feed_warc_and_decode(data: bytes) -> None:
    _records(read_feed(b"<rss><channel>" + data, "x"))
    _records(read_warc(io.BytesIO(b"WARC/1.0\r\n" + data), "x"))
    assert isinstance(decode(data), str | Skipped)


@FAST
@given(st.lists(BLOBS | st.dictionaries(st.sampled_from(["url", "title", "text", "html",
       "published"]), st.text(max_size=50) | st.integers()).map(lambda d: json.dumps(d).encode()),
       max_size=5))  # fmt: skip
def test_jsonl(lines: list[bytes]) -> None:
    records = _records(read_jsonl(lines, "x"))
    assert len(records) == max(1, sum(1 for line in lines if line.strip()))


@FAST
@given(BLOBS, st.sampled_from([".txt", ".html", ".xml", ".jsonl", ".warc", ".gz", ".bin", ""]))
def test_any_file_is_accounted_for(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix == ".gz" else data)
        records = _records(read_paths([str(path)]))
        assert all(str(r.source).startswith(str(path)) for r in records)  # type: ignore[attr-defined]


def test_a_bare_html_tag_is_a_fragment_too() -> None:
    """lxml asserts on "<html>" with no body; the reader answers, it does not crash."""
    assert isinstance(read_fragment("<html>"), list)
    assert isinstance(read_html("<html>", "x"), Article | Skipped)
