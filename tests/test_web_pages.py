"""The pages as HTML from a real server: what they show, that they escape what the store
holds, that they load nothing from elsewhere, and that bad input is named, not a crash."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from detente.api import STATIC, create_app
from detente.records import Article, Paragraph, Result, Trigger
from detente.store import Store
from tests.test_web_parts import build_store, make_event, serving

TEMPLATES = STATIC.parent / "templates"
HOSTILE = '<script>alert("x")</script> & "quotes"'


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("pages")
    db = build_store(folder / "pages.duckdb")
    bad = make_event(50, "2020-01-01", sentence=HOSTILE, source_span=(0, 8), target_span=None,
                     target=None, trigger=Trigger("alert", 8, 13), url="javascript:alert(1)",
                     event_id="evil", doc_id="evil-doc")  # fmt: skip
    with Store(db) as store:
        store.add(Result(Article("evil-doc", "evil", HOSTILE, (Paragraph("x"),),
                                 url="javascript:alert(1)"), (bad,)))  # fmt: skip
    summits = folder / "summits.tsv"
    summits.write_text("name\tstart\tend\nSummitry\t2018-01-01\t2019-03-01\n", "utf-8")
    app = create_app(db, phases={"summits": str(summits)})
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


def test_pages_answer_with_a_strict_content_policy(client: httpx.Client) -> None:
    for path in ("/", "/dyad", "/dyad?a=USA&b=PRK&by=week", "/search", "/events/ev007", "/docs"):
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert "default-src 'self'" in answer.headers["content-security-policy"]
        assert "<svg" in answer.text or path in ("/search", "/docs")


def test_nothing_is_loaded_from_elsewhere() -> None:
    pattern = re.compile(r"""(src|href)\s*=\s*["']?(https?:)?//|@import|url\(\s*["']?https?:""")
    for path in [*STATIC.iterdir(), *TEMPLATES.iterdir()]:
        text = path.read_text("utf-8")
        assert not pattern.search(text), path
        assert "cdn" not in text.lower(), path


def test_static_files_are_served(client: httpx.Client) -> None:
    for name in ("app.js", "style.css", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


def test_the_store_is_escaped(client: httpx.Client) -> None:
    page = client.get("/events/evil").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    listed = client.get("/search", params={"q": "alert"}).text
    assert "<script>alert" not in listed and "&lt;script&gt;" in listed


def test_relationship_page(client: httpx.Client) -> None:
    page = client.get("/dyad").text  # no pair asked: the busiest one
    assert "Relationship: PRK – USA" in page
    page = client.get("/dyad", params={"a": "usa", "b": "prk"}).text
    assert page.count('class="period"') == 10
    assert 'data-period="2019-10"' in page and ">Trump</text>" in page
    assert "<td>Clinton</td>" not in page  # only the phases the series reaches
    weekly = client.get("/dyad", params={"a": "USA", "b": "PRK", "by": "week"}).text
    assert 'data-period="2019-W40"' in weekly
    custom = client.get("/dyad", params={"a": "USA", "b": "PRK", "phases": "summits"}).text
    assert ">Summitry</text>" in custom
    api = client.get("/api/dyads/KOR/PRK/series", params={"phases": "summits"}).json()
    assert [p["name"] for p in api["phases"]] == ["Summitry"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/dyad?a=USA", "pick two actors"),
        ("/dyad?a=U%3BSA&b=PRK", "letters and digits"),
        ("/dyad?a=USA&b=PRK&phases=%2Fetc%2Fpasswd", "phases must be one of"),
        ("/search?since=yesterday", "From must be a date"),
        ("/search?root=abc", "root must be a CAMEO code"),
        ("/search?dyad=USA", "a dyad is two actors"),
    ],
)
def test_bad_input_is_named(client: httpx.Client, path: str, message: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 400
    assert message in answer.text


def test_search(client: httpx.Client) -> None:
    page = client.get(
        "/search", params={"q": "stockholm", "actor": "PRK", "since": "2019-10-01"}
    ).text
    assert '<strong id="total">4</strong>' in page
    page = client.get("/search", params={"root": "04", "actor": "USA"}).text
    assert '<strong id="total">9</strong>' in page
    first = client.get("/search").text
    assert 'rel="next"' not in first  # 20 events: one page


def test_missing_event_page(client: httpx.Client) -> None:
    answer = client.get("/events/none")
    assert answer.status_code == 404 and "No event" in answer.text


def test_api_docs_page_lists_every_route(client: httpx.Client) -> None:
    page = client.get("/docs").text
    for path in ("/api/events", "/api/dyads/{a}/{b}/series", "/api/code", "/api/health"):
        assert f"<code>{path}</code>" in page


def test_a_store_from_an_older_detente_is_a_503(tmp_path: Path) -> None:
    import duckdb

    old = tmp_path / "old.duckdb"
    duckdb.connect(str(old)).close()
    with serving(create_app(old)) as url:
        assert httpx.get(f"{url}/api/health").status_code == 503
        page = httpx.get(f"{url}/")
    assert page.status_code == 503 and "older detente" in page.text
