"""The HTTP API and the dashboard in one FastAPI app: a thin layer over the store, the
analysis functions and the pipeline.

``create_app(db)`` builds the app; ``detente serve`` runs it on uvicorn. The JSON routes live
under ``/api`` (OpenAPI at ``/api/openapi.json``, read as a page at ``/docs``), the pages at
``/``, ``/dyad``, ``/events/{id}`` and ``/search`` (``detente.web.pages``). The store is
opened read-only for each request. ``POST /api/code`` codes text sent to it (nothing is
stored); it takes at most ``max_code_bytes`` and, when a token is set, wants it as
``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError

from detente import __version__
from detente.analysis.dyads import dyad_series, phase_summary, top_actors
from detente.errors import DetenteError
from detente.ingest.decode import decode
from detente.ingest.html import read_html
from detente.ingest.identity import content_id
from detente.ingest.textdump import read_textdump
from detente.records import Article, Skipped
from detente.settings import Settings
from detente.store.queries import EventQuery
from detente.web import pages
from detente.web.deps import (
    DEFAULT_MAX_BYTES,
    AppConfig,
    Coder,
    ConfigDep,
    StoreDep,
    Stores,
    get_coder,
    phases_for,
)
from detente.web.models import (
    ActorCount,
    ArticleDetail,
    CodeRequest,
    CodeResponse,
    EventDetail,
    EventsPage,
    Health,
    SeriesOut,
    article_out,
    bucket_out,
    event_out,
    phase_out,
    report_out,
    stored_out,
)
from detente.web.queries import ArticleInfo, Filters, Period, SearchQuery, article_info

STATIC = Path(__file__).parent / "web" / "static"
MAX_LIMIT = 500
PHASES_HELP = "us-presidents, none or a configured name; default: presidents for the USA"
T = TypeVar("T")

router = APIRouter(prefix="/api", tags=["api"])
bearer = HTTPBearer(auto_error=False, description="Needed by POST /api/code when set.")


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_code_bytes: int = DEFAULT_MAX_BYTES,
    phases: dict[str, str] | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """The API and the dashboard over the store at ``db``, opened read-only (a connection per
    request; one more is kept while the app runs, so the file stays locked against writers)."""
    app = FastAPI(
        title="detente",
        version=__version__,
        summary="Events coded from international news, with the sentence behind each one.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # FastAPI's own docs pages load scripts from a CDN; /docs is ours
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.config = AppConfig(str(db), token or None, max_code_bytes, dict(phases or {}),
                                 settings)  # fmt: skip
    app.state.coder = Coder(settings)
    app.state.stores = Stores(str(db))
    app.include_router(router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(DetenteError, _detente_error)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.stores.close()


async def _detente_error(request: Request, exc: Exception) -> Response:
    """A store that cannot be read is the server's trouble, said in one line."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": str(exc)}, status_code=503)
    return HTMLResponse(pages.error_page(503, str(exc)), status_code=503)


def _bad_request(call: Callable[[], T]) -> T:
    """Run ``call``; a ValueError (a filter that makes no sense) is the client's 400."""
    try:
        return call()
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


def event_filters(
    *,
    dyad: Annotated[str | None, Query(max_length=130, description="Two actors: USA-PRK.")] = None,
    directed: Annotated[bool, Query(description="With dyad: only A acting on B.")] = False,
    actor: Annotated[str | None, Query(max_length=64, description="PRK or PRKGOV.")] = None,
    since: Annotated[date | None, Query(description="Events that reach this day or later.")] = None,
    until: Annotated[date | None, Query(description="Events that begin by this day.")] = None,
    root: Annotated[str | None, Query(max_length=4, description="CAMEO root or prefix.")] = None,
    plover: Annotated[str | None, Query(max_length=32, description="PLOVER type.")] = None,
    origin: Annotated[str | None, Query(max_length=32, description="detente, gdelt …")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words of the sentence.")] = None,
    period: Annotated[str | None, Query(max_length=10, description="2019-10 or 2019-W41: "
                                        "events that start in it (see by).")] = None,
    by: Annotated[Literal["week", "month"], Query(description="What period is.")] = "month",
) -> Filters:  # fmt: skip
    return Filters(dyad, directed, actor, since, until, root, plover, origin, q, period, by)


FiltersDep = Annotated[Filters, Depends(event_filters)]


@router.get("/health", summary="Is the store readable; how many events it holds")
def health(store: StoreDep) -> Health:
    return Health(status="ok", version=__version__, db=store.path,
                  schema_version=store.schema_version(), events=store.count("events"))  # fmt: skip


@router.get("/events", summary="Events matching the filters, a page at a time")
def list_events(
    store: StoreDep,
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> EventsPage:
    query = _bad_request(lambda: filters.query(limit, offset))
    rows = store.select(query)
    return EventsPage(events=[stored_out(s) for s in rows], limit=limit, offset=offset,
                      total=store.count_events(replace(query, limit=None, offset=0)))  # fmt: skip


@router.get("/events/{event_id}", summary="One event with its sentence, article and reports",
            responses={404: {"description": "No such event"}})  # fmt: skip
def get_event(event_id: str, store: StoreDep) -> EventDetail:
    found = store.get(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    info = article_info(store, found.event.doc_id)
    return EventDetail(event=stored_out(found), article=article_out(info) if info else None,
                       reports=[report_out(r) for r in store.reports(event_id)])  # fmt: skip


@router.get("/dyads/{a}/{b}/series", summary="A relationship per week or month, with phases",
            responses={400: {"description": "Unknown phases"}})  # fmt: skip
def series(
    *,
    a: str,
    b: str,
    store: StoreDep,
    config: ConfigDep,
    by: Annotated[Period, Query()] = "month",
    phases: Annotated[str | None, Query(max_length=64, description=PHASES_HELP)] = None,
    directed: bool = False,
) -> SeriesOut:  # fmt: skip
    """Events of A and B (either way round unless directed) per period: counts per quad
    class, the Goldstein sum and mean, the phase each period falls in, and a sum per phase."""
    a, b = a.upper()[:64], b.upper()[:64]
    spans = _bad_request(lambda: phases_for(phases, a, b, config))
    buckets = dyad_series(store, EventQuery(dyad=(a, b), directed=directed), by, spans)
    summary = phase_summary(buckets, spans)
    return SeriesOut(a=a, b=b, by=by, directed=directed, phases=[phase_out(p) for p in spans],
                     series=[bucket_out(x) for x in buckets],
                     phase_summary=[bucket_out(x) for x in summary])  # fmt: skip


@router.get("/actors", summary="The most active actors")
def actors(
    store: StoreDep, top: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20
) -> list[ActorCount]:
    return [ActorCount(code=c, as_source=s, as_target=t, events=n)
            for c, s, t, n in top_actors(store, top)]  # fmt: skip


@router.get("/articles/{doc_id}", summary="An article and the events it reported",
            responses={404: {"description": "No such article"}})  # fmt: skip
def get_article(doc_id: str, store: StoreDep) -> ArticleDetail:
    info = article_info(store, doc_id)
    if info is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    events = store.select(SearchQuery(doc_id=doc_id, limit=MAX_LIMIT))
    return ArticleDetail(article=article_out(info), events=[stored_out(s) for s in events])


CODE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": CodeRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


@router.post(
    "/code",
    summary="Code news text or an HTML page (nothing is stored)",
    openapi_extra=CODE_BODY,
    responses={401: {"description": "A token is set and the request lacks it"},
               413: {"description": "The body is over the size limit"},
               422: {"description": "Nothing to code in the body"}},
)  # fmt: skip
async def code(
    *,
    request: Request,
    config: ConfigDep,
    coder: Annotated[Coder, Depends(get_coder)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    published: Annotated[date | None, Query(description="For a raw body: its day.")] = None,
    url: Annotated[str | None, Query(max_length=2048, description="For a raw body.")] = None,
) -> CodeResponse:
    """Send JSON (``text`` or ``html``, with ``published`` and ``url``), or the page itself as
    ``text/plain`` or ``text/html``; the events come back as ``GET /api/events`` gives them."""
    _check_token(config, credentials)
    body = await _read_limited(request, config.max_code_bytes)
    article = _article(body, request.headers.get("content-type", ""), published, url)
    result = await run_in_threadpool(coder, article)
    return CodeResponse(article=article_out(_info(result.article)),
                        events=[event_out(e) for e in result.events])  # fmt: skip


def _check_token(config: AppConfig, given: HTTPAuthorizationCredentials | None) -> None:
    if config.token is None:
        return
    if given is None or not hmac.compare_digest(given.credentials.encode(), config.token.encode()):
        raise HTTPException(401, "a bearer token is needed", {"WWW-Authenticate": "Bearer"})


async def _read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is over ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is over {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _article(body: bytes, kind: str, published: date | None, url: str | None) -> Article:
    """The article a request carries; 422 when there is nothing to code."""
    if kind.startswith(("text/plain", "text/html")):
        text = decode(body)
        if isinstance(text, Skipped):
            raise HTTPException(422, text.reason)
        html = kind.startswith("text/html")
        request = CodeRequest(text=None if html else text, html=text if html else None,
                              published=published, url=url)  # fmt: skip
    else:
        try:
            request = CodeRequest.model_validate_json(body or b"{}")
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from exc
    return _read(request)


def _read(request: CodeRequest) -> Article:
    if (request.text is None) == (request.html is None):
        raise HTTPException(422, "send either text or html")
    source = request.url or "<request>"
    if request.html is not None:
        read = read_html(request.html, source, url=request.url, published=request.published)
        if isinstance(read, Skipped):
            raise HTTPException(422, read.reason)
        article = read
    else:
        text = request.text or ""
        article = read_textdump(text, source, content_id(text), request.published)
        article = replace(article, url=request.url) if request.url else article
    if not article.paragraphs:
        raise HTTPException(422, "no text to code")
    return article


def _info(article: Article) -> ArticleInfo:
    return ArticleInfo(article.doc_id, article.title or None, article.source, article.url,
                       article.published, getattr(article, "publisher", None))  # fmt: skip
