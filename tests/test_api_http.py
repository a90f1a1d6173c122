"""The HTTP API against a real uvicorn server on a free localhost port: filters, pages,
missing ids, bad input, the size limit and the token of ``POST /api/code``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from detente.api import create_app
from tests.test_web_parts import build_store, serving

TOKEN = "s3cret-token"
HOSTILE = (
    "' OR 1=1 --",
    "USA'; DROP TABLE events; --",
    '" OR ""="',
    "1) UNION SELECT * FROM articles --",
    "%' OR '%'='",
    "\\x00",
    "𝕌𝕊𝔸",
)
FILTERS = ("dyad", "actor", "since", "until", "root", "plover", "origin", "q", "period", "by")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[httpx.Client]:
    app = create_app(db, token=TOKEN, max_code_bytes=20_000)
    with serving(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        yield c


def _events(client: httpx.Client, **params: Any) -> dict[str, Any]:
    answer = client.get("/api/events", params=params)
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


def test_health(client: httpx.Client) -> None:
    data = client.get("/api/health").json()
    assert data["status"] == "ok"
    assert data["events"] == 19
    assert data["schema_version"] >= 2


def test_events_filters(client: httpx.Client) -> None:
    assert _events(client)["total"] == 19
    assert _events(client, dyad="USA-PRK")["total"] == 14
    assert _events(client, dyad="USA-PRK", directed="true")["total"] == 9
    assert _events(client, actor="RUS")["total"] == 4
    assert _events(client, actor="KORGOV")["total"] == 1
    assert _events(client, root="16")["total"] == 4
    assert _events(client, root="164", since="2019-10-02", until="2019-10-15")["total"] == 2
    assert _events(client, plover="sanction", dyad="PRK-USA")["total"] == 4
    assert _events(client, origin="gdelt")["total"] == 0
    assert _events(client, q="SINGAPORE")["total"] == 9
    assert _events(client, dyad="USA-PRK", period="2019-10")["total"] == 4
    assert _events(client, dyad="USA-PRK", period="2019-W40", by="week")["total"] == 1


def test_event_json_carries_its_evidence(client: httpx.Client) -> None:
    event = _events(client, dyad="PRK-USA", directed="true", root="164", limit=1)["events"][0]
    sentence = event["sentence"]
    for side in ("source", "target"):
        assert sentence[event[side]["start"] : event[side]["end"]] == event[side]["text"]
    assert (
        sentence[event["trigger"]["start"] : event["trigger"]["end"]]
        == "walked away from the talks"
    )
    assert event["location"] == {"name": "Stockholm", "country": "SWE", "lat": 59.33, "lon": 18.07}
    assert event["date_text"] == "on Saturday"


def test_pagination(client: httpx.Client) -> None:
    pages = [_events(client, limit=7, offset=o) for o in (0, 7, 14)]
    ids = [e["event_id"] for p in pages for e in p["events"]]
    assert [len(p["events"]) for p in pages] == [7, 7, 5]
    assert len(set(ids)) == 19
    assert all(p["total"] == 19 for p in pages)
    assert _events(client, offset=100)["events"] == []
    dates = [e["date"] for e in _events(client, limit=20)["events"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 501},
        {"offset": -1},
        {"since": "2019-13-01"},
        {"until": "soon"},
        {"by": "year"},
        {"limit": "ten"},
        {"root": "16; --"},
        {"dyad": "USA"},
        {"period": "2019-13"},
        {"since": "2020-01-02", "until": "2020-01-01"},
        {"q": "x" * 300},
    ],
)
def test_bad_filters_are_the_clients_fault(client: httpx.Client, params: dict[str, Any]) -> None:
    assert client.get("/api/events", params=params).status_code in (400, 422)


def test_event_with_reports_and_article(client: httpx.Client) -> None:
    first = _events(client, dyad="PRK-USA", directed="true", root="164", limit=1)["events"][0]
    assert first["event_id"] == "ev007" and first["num_mentions"] == 2
    data = client.get("/api/events/ev007").json()
    assert data["event"]["event_id"] == "ev007"
    assert data["article"]["title"] == "Story doc007"
    assert [r["doc_id"] for r in data["reports"]] == ["doc007", "doc099"]
    assert data["reports"][1]["url"] == "https://second.example/walkout"
    assert data["reports"][1]["trigger"]["text"] == "walked away from the talks"


def test_missing_ids_are_404(client: httpx.Client) -> None:
    for path in ("/api/events/nope", "/api/articles/nope", "/api/events/' OR 1=1 --"):
        assert client.get(path).status_code == 404
    assert client.get("/events/nope").status_code == 404


def test_article(client: httpx.Client) -> None:
    data = client.get("/api/articles/doc099").json()
    assert data["article"]["publisher"] == "Second"
    assert [e["event_id"] for e in data["events"]] == ["ev007"]


def test_series(client: httpx.Client) -> None:
    data = client.get("/api/dyads/usa/prk/series", params={"by": "month"}).json()
    assert data["a"] == "USA" and [p["name"] for p in data["phases"]][:3] == [
        "Clinton",
        "Bush",
        "Obama",
    ]
    october = next(b for b in data["series"] if b["period"] == "2019-10")
    assert october["material_conflict"] == 4 and october["goldstein_mean"] == -7.0
    assert october["phase"] == "Trump"
    trump = next(p for p in data["phase_summary"] if p["period"] == "Trump")
    assert trump["events"] == 11
    weekly = client.get("/api/dyads/USA/PRK/series", params={"by": "week", "phases": "none"})
    assert weekly.json()["phases"] == [] and weekly.json()["series"][0]["period"] == "2016-W09"
    assert client.get("/api/dyads/USA/PRK/series", params={"by": "day"}).status_code == 422
    assert (
        client.get("/api/dyads/USA/PRK/series", params={"phases": "/etc/passwd"}).status_code == 400
    )


def test_actors(client: httpx.Client) -> None:
    data = client.get("/api/actors", params={"top": 2}).json()
    assert [a["code"] for a in data] == ["USAGOV", "PRKGOV"]
    assert client.get("/api/actors", params={"top": 0}).status_code == 422


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_in_every_filter(client: httpx.Client, name: str) -> None:
    for value in HOSTILE:
        answer = client.get("/api/events", params={name: value})
        assert answer.status_code < 500, (name, value, answer.text)
        if answer.status_code == 200:
            assert answer.json()["total"] in (0, 19), (name, value)
    for value in HOSTILE:
        for path in (f"/api/dyads/{value}/PRK/series", f"/search?{name}={value}",
                     f"/dyad?a={value}&b=PRK"):  # fmt: skip
            assert client.get(path.replace("#", "%23")).status_code < 500, (path, value)
    assert _events(client)["total"] == 19  # nothing was dropped


def test_openapi_documents_the_routes(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}/series",
                 "/api/actors", "/api/articles/{doc_id}", "/api/health", "/api/code"):  # fmt: skip
        assert path in spec["paths"]
        assert all(op.get("summary") for op in spec["paths"][path].values())
    assert "EventsPage" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 200


def test_code_needs_the_token(client: httpx.Client) -> None:
    body = {"text": "Russia attacked Ukraine.", "published": "2022-02-24"}
    answer = client.post("/api/code", json=body)
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/code", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_code_refuses_oversized_bodies(client: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "Russia attacked Ukraine. " * 2000}
    assert client.post("/api/code", json=big, headers=auth).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(50):
            yield b"x" * 1000

    streamed = client.post("/api/code", content=chunks(),
                           headers={**auth, "Content-Type": "text/plain"})  # fmt: skip
    assert streamed.status_code == 413


def test_code_refuses_empty_or_ambiguous_input(client: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for body in ({}, {"text": "a", "html": "<p>a</p>"}, {"text": "   "}, {"published": "x"}):
        assert client.post("/api/code", json=body, headers=auth).status_code == 422, body
    raw = client.post(
        "/api/code",
        content=b"\x00\x01\x02\x03binary\x00",
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert raw.status_code == 422


@pytest.mark.model
def test_code_text_and_html(client: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = (
        "EU imposes new sanctions on Iran\n\n"
        "The European Union imposed new sanctions on Iran on Friday."
    )
    answer = client.post("/api/code", json={"text": text, "published": "2022-07-08"}, headers=auth)
    assert answer.status_code == 200, answer.text
    events = answer.json()["events"]
    assert any(e["cameo"].startswith("163") and e["target"]["code"] == "IRN" for e in events)
    html = ("<html><head><title>Sanctions</title></head><body><article><h1>EU sanctions Iran</h1>"
            "<p>The European Union imposed new sanctions on Iran on Friday, diplomats said.</p>"
            "<p>Iran threatened to respond.</p></article></body></html>")  # fmt: skip
    page = client.post("/api/code", content=html.encode(), params={"published": "2022-07-08"},
                       headers={**auth, "Content-Type": "text/html"})  # fmt: skip
    assert page.status_code == 200, page.text
    assert any(e["plover"]["type"] == "COERCE" for e in page.json()["events"])


def test_code_without_a_token_configured(db: Path) -> None:
    with serving(create_app(db, max_code_bytes=100)) as url:
        answer = httpx.post(f"{url}/api/code", json={"text": "x" * 200})
    assert answer.status_code == 413  # no 401: no token is set


def test_concurrent_requests(client: httpx.Client) -> None:
    from concurrent.futures import ThreadPoolExecutor

    paths = ["/api/events?dyad=USA-PRK", "/api/dyads/USA/PRK/series", "/", "/events/ev007"] * 8
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda p: httpx.get(f"{client.base_url}{p}").status_code, paths))
    assert codes == [200] * len(paths)
