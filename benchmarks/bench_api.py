"""How fast the dashboard and the API answer over a store of 100,000 events.

Fills a store with synthetic events in bulk (one INSERT … SELECT over ``range(n)``, through a
``Store`` so the schema is the real one: sixteen countries, every CAMEO code of the codebook,
dates over 2009–2025, one article per three events, one report per event), serves it with
uvicorn on a free localhost port and times each page and API route over real HTTP: a few
warm-up requests, then ``--runs`` timed ones; prints the median and the 95th percentile.
The issue's target: every answer in under 300 ms.

    .venv/bin/python benchmarks/bench_api.py [--events 100000] [--runs 20] [--db FILE]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from detente.ontology import load_codebook
from detente.store import Store

COUNTRIES = ["USA", "PRK", "KOR", "CHN", "RUS", "UKR", "JPN", "IRN", "ISR", "DEU", "FRA", "GBR",
             "TUR", "IND", "PAK", "SYR"]  # fmt: skip
TARGET_MS = 300

FILL = """
INSERT INTO events (event_id, doc_id, url, published, sentence, sentence_index,
    source_code, source_country, source_sector, source_name, source_start, source_end,
    target_code, target_country, target_sector, target_name, target_start, target_end,
    cameo, cameo_root, cameo_label, goldstein, quad_class, plover_type, plover_mode,
    plover_context, negated, modality, date, date_precision, date_text, location_name,
    location_country, location_lat, location_lon, trigger_text, trigger_start, trigger_end,
    rule, confidence, run_id, num_mentions, num_sources, num_articles, date_start, date_end,
    origin)
WITH base AS (
    SELECT i, CAST(hash(i) % 1000000007 AS BIGINT) AS h,
        DATE '2009-01-01' + CAST(hash(i + 7) % 6200 AS INTEGER) AS day
    FROM range($n) t(i)
), picked AS (
    SELECT i, day, h,
        $countries[1 + h % 16] AS src,
        $countries[1 + (h // 16 + 1 + (h % 16)) % 16] AS tgt,
        1 + CAST((h // 256) % len($codes) AS INTEGER) AS k
    FROM base
)
SELECT printf('ev%07d', i), printf('doc%06d', i // 3),
    printf('https://news%d.example/%d', i % 40, i // 3),
    day, src || ' ' || $verbs[k] || ' ' || tgt || ' in a synthetic report.', 0,
    src || 'GOV', src, 'GOV', src, 0, 3, tgt, tgt, NULL, tgt, 5 + length($verbs[k]),
    8 + length($verbs[k]), $codes[k], substr($codes[k], 1, 2), $labels[k], $goldstein[k],
    $quads[k], $plover[k], NULL, NULL, h % 20 = 0, 'asserted', strftime(day, '%Y-%m-%d'),
    'day', NULL, CASE WHEN h % 3 = 0 THEN tgt END, CASE WHEN h % 3 = 0 THEN tgt END,
    CASE WHEN h % 3 = 0 THEN (h % 120)::DOUBLE - 60 END,
    CASE WHEN h % 3 = 0 THEN (h % 340)::DOUBLE - 170 END,
    $verbs[k], 4, 4 + length($verbs[k]), 'synthetic', 0.9, 'bench', 1 + h % 3, 1, 1, day, day,
    'detente'
FROM picked
"""

MENTIONS = """
INSERT INTO mentions SELECT event_id, event_id, doc_id, url, 'news', published, 0, source_start,
    source_end, target_start, target_end, trigger_text, trigger_start, trigger_end, confidence,
    date, date_precision, run_id FROM events;
INSERT INTO sentences SELECT DISTINCT ON (doc_id) doc_id, 0, sentence, 'body' FROM events;
INSERT INTO articles (doc_id, source, title, url, published, body, content_hash, run_id,
    publisher, language)
SELECT doc_id, any_value(url), 'Synthetic report ' || doc_id, any_value(url), min(published),
    '', doc_id, 'bench', 'News', 'en' FROM events GROUP BY doc_id;
"""


def fill(path: Path, events: int) -> None:
    """A store with ``events`` synthetic events, written in bulk."""
    book = load_codebook()
    codes = [book[c] for c in book.codes()]
    values: dict[str, Any] = {
        "countries": COUNTRIES, "codes": [c.code for c in codes],
        "labels": [c.name for c in codes], "goldstein": [c.goldstein for c in codes],
        "quads": [c.quad_class for c in codes], "plover": [c.plover_type for c in codes],
        "verbs": [c.name.split(",")[0].split(" ")[0].lower() for c in codes],
    }  # fmt: skip
    with Store(path) as store:
        store.db.execute(FILL, {**values, "n": events})
        store.db.execute(MENTIONS)
        store.db.execute("CHECKPOINT")


@contextmanager
def serving(path: Path) -> Iterator[str]:
    """``detente serve`` in its own process, as a user runs it (a server in a thread of
    this process would share its interpreter lock with the client and slow both)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code = (
        f"from detente.cli_serve import serve; serve(['--db', {str(path)!r}, '--port', '{port}'])"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{url}/api/health").raise_for_status()
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def routes(event_id: str, doc_id: str) -> list[str]:
    return [
        "/api/health",
        "/api/events?limit=50",
        "/api/events?limit=50&offset=90000",
        "/api/events?dyad=USA-PRK&limit=50",
        "/api/events?actor=RUS&root=19&since=2015-01-01&until=2020-12-31",
        "/api/events?q=sanction&limit=50",
        "/api/events?dyad=USA-PRK&period=2019-10&by=month&limit=500",
        f"/api/events/{event_id}",
        "/api/dyads/USA/PRK/series?by=week",
        "/api/dyads/USA/PRK/series?by=month",
        "/api/actors?top=50",
        f"/api/articles/{doc_id}",
        "/",
        "/dyad?a=USA&b=PRK&by=month",
        "/dyad?a=USA&b=PRK&by=week",
        f"/events/{event_id}",
        "/search?q=sanction&actor=PRK&since=2015-01-01",
        "/docs",
    ]


def time_routes(url: str, paths: list[str], runs: int) -> list[tuple[str, float, float, int]]:
    out = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for path in paths:
            for _ in range(3):
                client.get(path).raise_for_status()
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                answer = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                answer.raise_for_status()
            p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
            out.append((path, statistics.median(times), p95, len(answer.content)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path, default=None, help="Keep the store here (reused).")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.duckdb"
    if not path.exists():
        start = time.perf_counter()
        fill(path, args.events)
        print(f"filled {path} with {args.events:,} events in {time.perf_counter() - start:.1f} s")
    with Store(path, read_only=True) as store:
        total = store.count("events")
        first = store.select(store_query())[0].event
    with serving(path) as url:
        results = time_routes(url, routes(first.event_id, first.doc_id), args.runs)
    print(f"{total:,} events; {args.runs} timed requests per route over HTTP (uvicorn)")
    print(f"{'ROUTE':<64}{'MEDIAN ms':>10}{'P95 ms':>9}{'BYTES':>9}")
    for route, median, p95, size in results:
        flag = "" if median < TARGET_MS else "  over target"
        print(f"{route:<64}{median:>10.1f}{p95:>9.1f}{size:>9}{flag}")
    worst = max(r[1] for r in results)
    print(f"slowest median {worst:.1f} ms (target < {TARGET_MS} ms)")
    folder.cleanup()


def store_query() -> Any:
    from detente.store.queries import EventQuery

    return EventQuery(dyad=("USA", "PRK"), limit=1)


if __name__ == "__main__":
    main()
