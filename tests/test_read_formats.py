"""Every way news arrives: feeds, JSON Lines, web archives, gzip, globs, stdin, duplicates."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.ingest import Reader, Seen, count_inputs, read_paths, url_key
from detente.records import Article, Skipped
from tests.conftest import run_cli

DATA = Path(__file__).parent / "data"
PAGE = DATA / "html" / "04_broadcaster.html"


def _records(*paths: str | Path) -> list[Article | Skipped]:
    return list(read_paths([str(p) for p in paths]))


def _articles(records: list[Article | Skipped]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def test_rss_reads_full_content_else_the_summary_and_skips_broken_entries() -> None:
    records = _records(DATA / "feeds" / "world.rss")
    assert len(records) == 4
    full, summary, broken, undated = records
    assert isinstance(full, Article) and not full.summary_only
    assert full.published is not None and full.published.isoformat() == "2021-05-03"
    assert full.subheads == ("Quotas for herring",)
    assert [(c.text, c.credit) for c in full.captions] == [
        ("Trawlers in the harbour of Reykjavik.", "Sigrun Olafs/AFP")
    ]
    assert full.agencies == ("AFP", "Reuters") and "Kari Holm" in full.authors
    assert "Read more" not in full.body and "kh/ts" not in full.body
    assert full.publisher == "Harbour Herald World"
    assert isinstance(summary, Article) and summary.summary_only
    assert broken == Skipped(f"{DATA / 'feeds' / 'world.rss'}#3", "feed entry with no text")
    assert isinstance(undated, Article) and undated.published is None


def test_atom_entries_and_organisations_are_not_authors() -> None:
    (entry,) = _records(DATA / "feeds" / "world.atom")
    assert isinstance(entry, Article)
    assert entry.url == "https://lakeside.example.org/news/1"
    assert entry.authors == ()
    assert entry.body.startswith("Japan and South Korea held")


def test_a_broken_feed_is_one_skipped_record() -> None:
    (record,) = _records(DATA / "feeds" / "broken.xml")
    assert isinstance(record, Skipped) and record.reason.startswith("not a readable feed")


def test_json_lines_text_html_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "url": "https://a.example/1",
                "title": "Poland and Lithuania discuss rail links",
                "text": "Poland and Lithuania discussed rail links to the Baltic ports on "
                "Monday, officials said.\n\nab/cd (dpa)",
                "published": "2021-05-03T08:00:00Z",
            }
        ),
        json.dumps({"url": "https://a.example/2", "html": PAGE.read_text(encoding="utf-8")}),
        "{not json",
        "[1, 2]",
        "",
        json.dumps({"title": "no text"}),
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    first, page, bad, array, empty = _records(path)
    assert isinstance(first, Article) and first.agencies == ("dpa",)
    assert first.title == "Poland and Lithuania discuss rail links"
    assert first.url == "https://a.example/1" and str(first.published) == "2021-05-03"
    assert isinstance(page, Article) and page.url == "https://a.example/2"
    assert isinstance(bad, Skipped) and bad.source.endswith("#3") and "not a JSON" in bad.reason
    assert isinstance(array, Skipped) and "a list" in array.reason
    assert isinstance(empty, Skipped) and empty.reason == 'no "text" or "html" field'


def _warc(path: Path, pages: list[tuple[str, str, bytes]], gz: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, status, body in pages:
            kind = "image/png" if url.endswith(".png") else "text/html; charset=utf-8"
            http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http
            )
            writer.write_record(record)
            record.payload_stream().close() if hasattr(record, "payload_stream") else None
            record.raw_stream.close()


def test_warc_gives_one_record_per_html_response(tmp_path: Path) -> None:
    html = PAGE.read_bytes()
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            ("https://x.example/a", "200 OK", html),
            ("https://x.example/logo.png", "200 OK", b"\x89PNG\r\n"),
            ("https://x.example/gone", "404 Not Found", b"<html><body>gone</body></html>"),
        ],
    )
    records = _records(path)
    assert len(records) == 2 and count_inputs([str(path)]) == 2
    page, gone = records
    assert isinstance(page, Article) and page.url == "https://x.example/a"
    assert isinstance(gone, Skipped) and gone.reason.startswith("HTTP status 404")


def test_truncated_warc_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    html = PAGE.read_bytes()
    _warc(path, [("https://x.example/a", "200 OK", html)] * 2, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 500])
    first, cut = _records(path)
    assert isinstance(first, Article)
    assert isinstance(cut, Skipped) and "damaged archive" in cut.reason


def test_gzip_globs_and_truncated_gzip(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE.read_bytes()))
    whole = gzip.compress(PAGE.read_bytes())
    (tmp_path / "cut.html.gz").write_bytes(whole[: len(whole) // 2])
    cut, page = _records(tmp_path / "*.gz")
    assert isinstance(page, Article) and page.title
    assert isinstance(cut, Skipped) and "truncated or damaged gzip" in cut.reason
    assert _records(tmp_path / "*.nothing") == [
        Skipped(str(tmp_path / "*.nothing"), "no file matches this pattern")
    ]


def test_stdin_is_read_with_a_dash() -> None:
    out = run_cli("read", "-", "--format", "jsonl", stdin=PAGE.read_text(encoding="utf-8"))
    assert out.returncode == 0, out.stderr
    (record,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert list(record) == [
        "title", "published", "url", "short_url", "authors", "agencies", "standfirst",
        "subheads", "captions", "body", "language", "content_hash",
    ]  # fmt: skip
    assert record["agencies"] == ["AFP", "dpa", "Reuters"]


def test_read_command_names_skipped_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    out = run_cli("read", str(tmp_path), "--format", "jsonl")
    assert out.returncode == 3
    assert json.loads(out.stdout) == {
        "skipped": "empty file",
        "source": str(tmp_path / "empty.html"),
    }
    assert "1 inputs: 0 articles read, 1 skipped" in out.stderr


def test_duplicates_by_content_or_canonical_url(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (tmp_path / "b.html").write_text(html.replace("cookies", "biscuits"), encoding="utf-8")
    moved = html.replace("Negotiators from", "Diplomats from")
    (tmp_path / "c.html").write_text(moved, encoding="utf-8")
    a, b, c = Reader(unique=True)([str(tmp_path)])
    assert isinstance(a, Article)
    assert b == Skipped(str(tmp_path / "b.html"), f"duplicate of {tmp_path / 'a.html'}")
    assert isinstance(c, Skipped)  # other text, same canonical URL
    assert url_key("https://www.nbcw.example/en/story/a-5004/?utm_source=x#top") == (
        "nbcw.example/en/story/a-5004"
    )
    assert Seen().first(a) is None


def test_non_english_articles_are_skipped_with_the_language(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(
        "Norwegen und Island haben am Montag in Oslo über Fangquoten im Nordatlantik "
        "verhandelt, teilten beide Regierungen mit. Die Gespräche sollen im Juni "
        "fortgesetzt werden.",
        encoding="utf-8",
    )
    assert _records(tmp_path / "de.txt") == [Skipped(str(tmp_path / "de.txt"), "language: de")]
